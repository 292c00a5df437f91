package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.CommonCauses;
import io.meridian.model.DependencyKind;
import io.meridian.model.GlobalChange;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import io.meridian.recovery.RecoveryEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated years keep judged states in a bounded memo (every state of a 300-region design once took 3.8 GB)
 * and keep the regions up, pools up and event masks in step with each failure instead of rebuilding them: neither may
 * change a figure. The oracle for the memo is the same simulation with it emptied at every new state, so that every
 * state is judged afresh; the arrays kept in step are compared with arrays rebuilt from every domain's state at each
 * judgement (an assertion, on under Surefire). The design: six regions with zones and 60 pools, a global change and
 * a third-party dependency on top.
 */
class JudgedStatesMemoTest {
    private static Topology design() {
        Topology t = BenchmarkDesigns.large(6, 5, 7);
        return t.withCommonCauses(new CommonCauses(new GlobalChange(12, 2, 3), List.of(new ThirdPartyDependency(
                "idp", "Identity provider", DependencyKind.OTHER, Reliability.ofSla(0.999), List.of()))));
    }

    @Test
    void aMemoEmptiedAtEveryStateGivesTheSameYearsToTheLastBit() {
        Topology t = design();
        CapacityReport capacity = CapacityEngine.evaluate(t);
        var timings = RecoveryEngine.evaluate(t).failover();
        SimulatedYears kept = DowntimeSimulation.of(t, timings, capacity, RepairTimes.EXPONENTIAL).simulate(300, 11);
        SimulatedYears forgotten = DowntimeSimulation.of(t, timings, capacity, RepairTimes.EXPONENTIAL, 1)
                .simulate(300, 11);
        // The years are eventful (so the memo and the derived arrays are exercised), and identical.
        assertThat(kept.incidents()[0]).isNotEmpty();
        double total = 0;
        for (double[] d : kept.downtimeMinutes()) {
            for (double x : d) {
                total += x;
            }
        }
        assertThat(total).isPositive();
        assertThat(forgotten.downtimeMinutes()).isDeepEqualTo(kept.downtimeMinutes());
        assertThat(forgotten.incidents()).isDeepEqualTo(kept.incidents());
        assertThat(forgotten.worstWindowMinutes()).isDeepEqualTo(kept.worstWindowMinutes());
        assertThat(forgotten.incidentMinutes()).isDeepEqualTo(kept.incidentMinutes());
    }
}
