package io.meridian.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.cost.PriceCatalog;
import io.meridian.model.Design;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges under $.alternatives[k] belong to alternative k; the baseline's stay with the baseline. */
class AlternativeRangesTest {
    @Test
    void eachVariantIsAnalysedWithItsOwnRanges() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(UncertainDesigns.singleRegion(UncertaintyEngineTest.REGION,
                "0.99", "0.02", "{\"availability\": 0.9}"));
        ObjectNode alternative = root.putArray("alternatives").addObject();
        alternative.put("id", "alt");
        alternative.put("name", "Alternative");
        for (String field : List.of("assumptions", "regions", "components", "populations", "providers",
                "commonCauses", "objectives")) {
            alternative.set(field, root.get(field).deepCopy());
        }
        ((ObjectNode) alternative.get("regions").get(0)).put("availability", 0.9995);
        ((ObjectNode) alternative.get("components").get(0)).set("availability",
                json.readTree("{\"low\": 0.98, \"likely\": 0.99, \"high\": 0.995}"));
        Design design = UncertainDesigns.read(root.toString());
        UncertaintySettings settings = UncertaintySettings.DEFAULTS.withSamples(20);

        UncertaintyReport alt = UncertaintyEngine.evaluate(design, "alt", settings, UncertainDesigns.NO_CATALOG,
                PriceCatalog.builtin());
        assertThat(alt.inputs()).extracting(i -> i.path()).containsExactly("$.alternatives[0].components[0].availability");
        // Region fixed at 0.9995: swing 0.9995 × (0.995 − 0.98) = 0.9995 × 0.015 = 0.0149925.
        TornadoBar bar = alt.tornado("availability").orElseThrow().bars().get(0);
        assertThat(bar.swing()).isCloseTo(0.0149925, within(1e-12));
        assertThat(bar.label()).isEqualTo("API · availability");

        UncertaintyReport baseline = UncertaintyEngine.evaluate(design, Design.BASELINE_ID, settings,
                UncertainDesigns.NO_CATALOG, PriceCatalog.builtin());
        assertThat(baseline.inputs()).extracting(i -> i.path()).containsExactly("$.regions[0].availability");
    }
}
