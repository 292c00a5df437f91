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
    }

    @Test
    void anOutcomeThatArrivesAfterANewerRequestIsDropped() {
        whatIf.update(template);
        whatIf.failRegion("use1");
        Runnable first = worker.poll();
        whatIf.restoreRegion("use1");
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
        assertThat(whatIf.outcome().active()).as("clearing needs no engine").isFalse();
        assertThat(worker).isEmpty();
    }
}
