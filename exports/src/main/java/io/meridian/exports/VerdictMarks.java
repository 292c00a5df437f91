package io.meridian.exports;

import io.meridian.evaluation.Verdict;
import io.meridian.exports.ReportTable.Tone;

/**
 * How both reports mark a verdict: green ({@link Tone#GOOD}, "PASS") only when every stated objective passes and no
 * error finding stands; objectives met beside errors is a warning ("ERRORS"), a missed objective bad ("FAIL"), no
 * objectives neutral ("NONE", a warning when errors stand). One rule, so the workbook and the PDF never disagree.
 */
final class VerdictMarks {
    private VerdictMarks() {
    }

    static Tone tone(Verdict v) {
        return switch (v.state()) {
            case PASS -> Tone.GOOD;
            case PASS_WITH_ERRORS -> Tone.WARN;
            case FAIL -> Tone.BAD;
            case NO_OBJECTIVES -> v.errors() > 0 ? Tone.WARN : Tone.PLAIN;
        };
    }

    /** The one word in the verdict box. */
    static String word(Verdict v) {
        return switch (v.state()) {
            case PASS -> "PASS";
            case PASS_WITH_ERRORS -> "ERRORS";
            case FAIL -> "FAIL";
            case NO_OBJECTIVES -> "NONE";
        };
    }
}
