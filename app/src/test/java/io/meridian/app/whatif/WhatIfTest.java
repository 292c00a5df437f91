package io.meridian.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The what-if works the capacity engine out on its worker and applies the outcome where it is told (the FX thread
 * in the app): nothing changes on the caller's thread until then, and an outcome that arrives after a newer
 * request is dropped. Both threads are queues here, run by hand.
 */
class WhatIfTest {
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> fxThread = new ArrayDeque<>();
    private final WhatIf whatIf = new WhatIf(worker::add, fxThread::add);
    private final Topology template = Templates.load(Templates.DEFAULT_ID).topology();

    @Test
    void theEngineRunsOnTheWorkerAndItsOutcomeIsAppliedOnlyWhereTold() {
        whatIf.update(template);
        runAll();
        whatIf.failRegion("use1");
        // Nothing has run: the caller (the FX thread) returned at once.
        assertThat(whatIf.outcome().active()).isFalse();
        assertThat(worker).hasSize(1);
        worker.poll().run();
        assertThat(whatIf.outcome().active()).as("computed, not yet applied").isFalse();
        fxThread.poll().run();
        // The template's story: us-west-2 takes all 10,500 req/s on 50 × 200 req/s = 105%.
        assertThat(whatIf.outcome().failed()).containsExactly("use1");
        assertThat(whatIf.outcome().overloaded()).containsExactly("usw2");
        assertThat(whatIf.outcome().utilisation().get("usw2")).isCloseTo(105.0, within(0.01));
        // The traffic lines come with it: us-east-1's 5,000 req/s of US East users lost there, re-routed west.
        assertThat(whatIf.outcome().routes()).filteredOn(r -> r.kind() == TrafficRoutes.Kind.REROUTED)
                .extracting(TrafficRoutes.Route::regionId).containsOnly("usw2");
    }

    @Test
    void theTrafficLinesOfEveryEditAreWorkedOutOnTheWorkerToo() {
        whatIf.update(template);
        assertThat(whatIf.outcome().routes()).as("nothing routed on the caller's thread").isEmpty();
        worker.poll().run();
        assertThat(whatIf.outcome().routes()).as("computed, not yet applied").isEmpty();
        fxThread.poll().run();
        // Nothing failed: one serving line per population to its home region, all of its traffic on it.
        assertThat(whatIf.outcome().active()).isFalse();
        assertThat(whatIf.outcome().routes()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(TrafficRoutes.Kind.SERVING);
            assertThat(r.share()).isEqualTo(1.0);
        });
        assertThat(whatIf.outcome().routes()).extracting(TrafficRoutes.Route::populationId)
                .containsExactlyElementsOf(template.populations().stream().map(p -> p.id()).toList());
    }

    private void runAll() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
        }
    }

    @Test
    void anOutcomeThatArrivesAfterANewerRequestIsDropped() {
        whatIf.update(template);
        runAll();
        whatIf.failRegion("use1");
        Runnable first = worker.poll();
        whatIf.restoreRegion("use1");
        worker.poll(); // the traffic of the moment nothing was failed, overtaken at once
        whatIf.failRegion("usw2");
        Runnable second = worker.poll();
        second.run();
        fxThread.poll().run();
        assertThat(whatIf.outcome().failed()).containsExactly("usw2");
        // us-east-1 alone: 10,500 / (50 × 200) = 105% too, but the point is which failure is shown.
        first.run();
        fxThread.poll().run();
        assertThat(whatIf.outcome().failed()).as("the late outcome of the first request").containsExactly("usw2");
        whatIf.clear();
        runAll();
        assertThat(whatIf.outcome().active()).isFalse();
        assertThat(whatIf.outcome().routes()).noneMatch(r -> r.kind() != TrafficRoutes.Kind.SERVING);
    }
}
