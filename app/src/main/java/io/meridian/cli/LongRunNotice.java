package io.meridian.cli;

import io.meridian.model.Quantities;
import io.meridian.risk.RiskEngine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on standard error when the simulated years will take long, so that a run of minutes (a design at the
 * engine's limits: two minutes for 300 regions) is not taken for a hang: after the first round of years, if the
 * years still to come at the pace so far would take more than {@link #QUIET_SECONDS}, it says how many are done, in
 * what time, and about how long the rest takes. Said once; nothing for a quick run, so standard output and the usual
 * empty standard error are unchanged.
 */
final class LongRunNotice implements RiskEngine.Progress {
    /** Projected remaining time below which nothing is said. */
    static final double QUIET_SECONDS = 20;

    private final PrintWriter err;
    private final String what;
    private final int minYears;
    private final LongSupplier nanoTime;
    private final long start;
    private boolean told;

    /**
     * @param what     what is simulated, for the line ("the baseline", "alternative 'x'")
     * @param minYears the fewest years the run simulates (the settings' minimum, or the exact --years)
     */
    LongRunNotice(PrintWriter err, String what, int minYears) {
        this(err, what, minYears, System::nanoTime);
    }

    LongRunNotice(PrintWriter err, String what, int minYears, LongSupplier nanoTime) {
        this.err = err;
        this.what = what;
        this.minYears = minYears;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** How the line names a variant: the baseline, or an alternative by its id. */
    static String variant(String id) {
        return id.equals(io.meridian.model.Design.BASELINE_ID) ? "the baseline" : "alternative '" + id + "'";
    }

    @Override
    public void yearsDone(int done, int atMost) {
        if (told || done <= 0 || done >= minYears) {
            return;
        }
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        double rest = seconds / done * (minYears - done);
        if (rest <= QUIET_SECONDS) {
            return;
        }
        told = true;
        err.println(String.format(Locale.ROOT, "meridian: simulating years of %s: %,d in %s; at least %,d in all, "
                        + "about %s more (fewer with --years N)", what, done, Quantities.duration(seconds), minYears,
                Quantities.duration(rest)));
        err.flush();
    }
}
