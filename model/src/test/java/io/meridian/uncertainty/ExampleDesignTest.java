package io.meridian.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.io.DesignReader;
import io.meridian.io.DesignWriter;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/examples/two-region-ranges.json: the two-region template with ten ranges. */
class ExampleDesignTest {
    static final Path EXAMPLE = Path.of("../docs/examples/two-region-ranges.json");
    static final Path TEMPLATE = Path.of(
            "../templates/src/main/resources/io/meridian/templates/two-region-active-active.json");

    @Test
    void itReadsWithTenRangesAndItsPointValuesAreTheTemplatesFigures() throws IOException {
        DesignReader reader = new DesignReader(RegionCatalog.builtin());
        Design example = reader.read(EXAMPLE);
        assertThat(example.uncertainties().inputs()).hasSize(10);
        Evaluation ranged = Evaluator.evaluate(example.topology());
        Evaluation template = Evaluator.evaluate(reader.read(TEMPLATE).topology());
        assertThat(ranged.availability().overallWithFailover().value())
                .isCloseTo(template.availability().overallWithFailover().value(), within(1e-12));
        assertThat(ranged.cost().totalAnnualCost().value())
                .isCloseTo(template.cost().totalAnnualCost().value(), within(1e-6));
        // Written back as read.
        assertThat(reader.read(DesignWriter.toJson(example), "saved.json")).isEqualTo(example);
    }

    @Test
    void itsAnalysisRunsOverEveryInput() throws IOException {
        Design example = new DesignReader(RegionCatalog.builtin()).read(EXAMPLE);
        UncertaintyReport r = UncertaintyEngine.evaluate(example, Design.BASELINE_ID,
                UncertaintySettings.DEFAULTS.withSamples(100), RegionCatalog.builtin(), PriceCatalog.builtin());
        assertThat(r.evaluated()).isEqualTo(100);
        FigureInterval availability = r.interval("availability").orElseThrow();
        assertThat(availability.p10()).isLessThan(availability.p90());
        // The template's RTO does not depend on any of the ten inputs: a zero-width interval.
        FigureInterval rto = r.interval("rto").orElseThrow();
        assertThat(rto.p10()).isEqualTo(rto.p90()).isEqualTo(rto.point());
        assertThat(r.tornadoes()).allSatisfy(t -> assertThat(t.bars()).hasSize(10));
    }
}
