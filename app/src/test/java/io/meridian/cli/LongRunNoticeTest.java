package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one line a long analysis says on standard error, and the silence of a quick one. */
class LongRunNoticeTest {
    private long now;

    @Test
    void slowSimulatedYearsSayOnceHowLongTheRestTakes() {
        StringWriter err = new StringWriter();
        LongRunNotice n = LongRunNotice.years(new PrintWriter(err), "baseline", 10_000, () -> now);
        // The 300-region design's pace: 2,000 years in 24 s, so 8,000 more take 96 s.
        now += 24_000_000_000L;
        n.yearsDone(2_000, 100_000);
        now += 24_000_000_000L;
        n.yearsDone(4_000, 100_000);
        assertThat(err.toString()).isEqualTo("meridian: simulating years of the baseline: 2,000 in 24 s; at least "
                + "10,000 in all, about 1.6 min more (fewer with --years N)" + System.lineSeparator());
    }

    @Test
    void quickYearsSayNothing() {
        StringWriter err = new StringWriter();
        LongRunNotice n = LongRunNotice.years(new PrintWriter(err), "n-plus-one", 10_000, () -> now);
        // 2,000 years in 4 s: 16 s to go, under the 20 s below which nothing is said.
        now += 4_000_000_000L;
        n.yearsDone(2_000, 100_000);
        // Nor once the minimum is reached, however slow.
        now += 600_000_000_000L;
        n.yearsDone(10_000, 100_000);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void slowRangesWaitForTenDesignsThenSayHowLongTheRestTakes() {
        StringWriter err = new StringWriter();
        LongRunNotice n = LongRunNotice.ranges(new PrintWriter(err), "n-plus-one", () -> now);
        // 520 designs (500 samples, two per input of ten) at 2 s each: the first nine say nothing however slow.
        for (int done = 1; done <= 9; done++) {
            now += 2_000_000_000L;
            n.designsDone(done, 520);
        }
        assertThat(err.toString()).isEmpty();
        now += 2_000_000_000L;
        n.designsDone(10, 520);
        n.designsDone(11, 520);
        // 10 designs in 20 s: 510 more at 2 s each, 1,020 s = 17 min.
        assertThat(err.toString()).isEqualTo("meridian: sampling the ranges of alternative 'n-plus-one': 10 of 520 "
                + "designs in 20 s; about 17 min more" + System.lineSeparator());
    }
}
