package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.Verdict;
import io.meridian.evaluation.Verdict.State;
import io.meridian.exports.ReportTable.Tone;
import org.junit.jupiter.api.Test;

/** Issue 12: the reports mark a verdict green only when it is a clean pass. */
class VerdictMarksTest {
    @Test
    void onlyACleanPassIsGreen() {
        Verdict clean = new Verdict(State.PASS, true, 0, 2, 0, "PASS: meets all 2 objectives, no error findings");
        Verdict errors = new Verdict(State.PASS_WITH_ERRORS, false, 0, 2, 3, "PASS on objectives, 3 errors: …");
        Verdict fail = new Verdict(State.FAIL, false, 1, 2, 3, "FAIL: misses 1 of 2 objectives (rpo); 3 errors (…)");
        Verdict none = new Verdict(State.NO_OBJECTIVES, true, 0, 0, 0, "NO OBJECTIVES: …");
        Verdict noneWithErrors = new Verdict(State.NO_OBJECTIVES, false, 0, 0, 1, "NO OBJECTIVES, 1 error: …");
        assertThat(VerdictMarks.tone(clean)).isEqualTo(Tone.GOOD);
        assertThat(VerdictMarks.tone(errors)).isEqualTo(Tone.WARN);
        assertThat(VerdictMarks.tone(fail)).isEqualTo(Tone.BAD);
        assertThat(VerdictMarks.tone(none)).isEqualTo(Tone.PLAIN);
        assertThat(VerdictMarks.tone(noneWithErrors)).isEqualTo(Tone.WARN);
        assertThat(VerdictMarks.word(clean)).isEqualTo("PASS");
        assertThat(VerdictMarks.word(errors)).isEqualTo("ERRORS");
        assertThat(VerdictMarks.word(fail)).isEqualTo("FAIL");
        assertThat(VerdictMarks.word(none)).isEqualTo("NONE");
    }
}
