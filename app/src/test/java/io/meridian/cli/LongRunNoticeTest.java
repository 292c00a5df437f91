package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one line a long simulation says on standard error, and the silence of a quick one. */
class LongRunNoticeTest {
    private long now;

    private LongRunNotice notice(StringWriter err, int minYears) {
        return new LongRunNotice(new PrintWriter(err), LongRunNotice.variant("baseline"), minYears, () -> now);
    }

    @Test
    void aSlowFirstRoundSaysOnceHowLongTheRestTakes() {
        StringWriter err = new StringWriter();
        LongRunNotice n = notice(err, 10_000);
        // The 300-region design's pace: 2,000 years in 24 s, so 8,000 more take 96 s.
        now += 24_000_000_000L;
        n.yearsDone(2_000, 100_000);
        now += 24_000_000_000L;
        n.yearsDone(4_000, 100_000);
        assertThat(err.toString()).isEqualTo("meridian: simulating years of the baseline: 2,000 in 24 s; at least "
                + "10,000 in all, about 1.6 min more (fewer with --years N)" + System.lineSeparator());
    }

    @Test
    void aQuickRunSaysNothing() {
        StringWriter err = new StringWriter();
        LongRunNotice n = notice(err, 10_000);
        // 2,000 years in 4 s: 16 s to go, under the 20 s below which nothing is said.
        now += 4_000_000_000L;
        n.yearsDone(2_000, 100_000);
        // Nor once the minimum is reached, however slow.
        now += 600_000_000_000L;
        n.yearsDone(10_000, 100_000);
        assertThat(err.toString()).isEmpty();
        assertThat(LongRunNotice.variant("n-plus-one")).isEqualTo("alternative 'n-plus-one'");
    }
}
