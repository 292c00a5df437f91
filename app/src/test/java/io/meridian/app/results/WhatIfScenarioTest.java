package io.meridian.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.ScenarioKind;
import io.meridian.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which capacity scenario a what-if is, and the one line that says what happens (hand-made reports). */
class WhatIfScenarioTest {
    private static final Function<String, String> NAMES = id -> id.equals("use1") ? "US East" : id;

    /** The hand-made report plus "aws down" (both regions) and the user's own "both" with the same regions. */
    private static CapacityReport report() {
        CapacityReport r = HandMadeReports.capacity();
        CapacityScenario useDown = r.scenario("region:use1").orElseThrow();
        List<CapacityScenario> scenarios = new ArrayList<>(r.scenarios());
        CapacityScenario allDown = new CapacityScenario("provider:aws", "aws down (all its regions)",
                ScenarioKind.PROVIDER, List.of("use1", "euw1"), List.of(Provider.AWS), useDown.result(), List.of(),
                useDown.result());
        scenarios.add(allDown);
        scenarios.add(new CapacityScenario("both", "Both regions", ScenarioKind.USER, List.of("euw1", "use1"),
                List.of(), useDown.result(), List.of(), useDown.result()));
        return new CapacityReport(scenarios, r.anyRegion(), null);
    }

    private static String matched(List<String> regions, List<Provider> providers) {
        return new WhatIfScenario(regions, providers).match(report()).map(CapacityScenario::id).orElse("none");
    }

    @Test
    void findsTheScenarioByIdThenByTheRegionsItTakesDown() {
        assertThat(matched(List.of("euw1"), List.of())).isEqualTo("region:euw1");
        assertThat(matched(List.of(), List.of(Provider.AWS))).isEqualTo("provider:aws");
        // Both regions by hand: the first scenario down to exactly {use1, euw1} is the provider's.
        assertThat(matched(List.of("euw1", "use1"), List.of())).isEqualTo("provider:aws");
        // A region and its own provider: still {use1, euw1}.
        assertThat(matched(List.of("use1"), List.of(Provider.AWS))).isEqualTo("provider:aws");
        assertThat(matched(List.of(), List.of())).isEqualTo("none");
        assertThat(matched(List.of("nowhere"), List.of())).isEqualTo("none");
    }

    @Test
    void saysWhoIsOverloadedWhatCascadesAndWhatIsLeftUnserved() {
        // use1 down: euw1 takes 7,500 rps on 5,000 of capacity = 150%, fails in turn, and all 7,500 rps are lost.
        assertThat(new WhatIfScenario(List.of("use1"), List.of()).banner(report(), NAMES)).isEqualTo(
                "What-if: US East down — euw1 at 150% (overloaded); cascade takes down euw1; 7,500 rps unserved");
        assertThat(new WhatIfScenario(List.of("nowhere"), List.of(Provider.GCP)).banner(report(), NAMES))
                .isEqualTo("What-if: gcp, nowhere down — no listed capacity scenario fails exactly these regions; "
                        + "the map shows the loads.");
        // Before the first evaluation there is no report to look in.
        assertThat(new WhatIfScenario(List.of("use1"), List.of()).banner(null, NAMES))
                .startsWith("What-if: US East down — no listed capacity scenario");
    }
}
