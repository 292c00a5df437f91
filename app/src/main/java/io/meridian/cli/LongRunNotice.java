package io.meridian.cli;

import io.meridian.model.Design;
import io.meridian.model.Quantities;
import io.meridian.risk.RiskEngine;
import io.meridian.uncertainty.UncertaintyEngine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on standard error when an analysis will take long, so that a run of minutes (a design at the engine's
 * limits: two minutes of simulated years for 300 regions, more for its ranges) is not taken for a hang: once some of
 * the work is done, if the rest would take more than {@link #QUIET_SECONDS} at the pace so far, it says how much is
 * done, in what time, and about how long the rest takes. Said once; nothing for a quick run, so standard output and
 * the usual empty standard error are unchanged.
 */
final class LongRunNotice implements RiskEngine.Progress, UncertaintyEngine.Progress {
    /** Projected remaining time below which nothing is said. */
    static final double QUIET_SECONDS = 20;

    private final PrintWriter err;
    private final boolean years;
    private final String variant;
    private final int minYears;
    private final LongSupplier nanoTime;
    private final long start;
    private boolean told;

    private LongRunNotice(PrintWriter err, boolean years, String variantId, int minYears, LongSupplier nanoTime) {
        this.err = err;
        this.years = years;
        this.variant = variantId.equals(Design.BASELINE_ID) ? "the baseline" : "alternative '" + variantId + "'";
        this.minYears = minYears;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** For the simulated years of a variant, which simulate at least {@code minYears}. */
    static LongRunNotice years(PrintWriter err, String variantId, int minYears) {
        return years(err, variantId, minYears, System::nanoTime);
    }

    static LongRunNotice years(PrintWriter err, String variantId, int minYears, LongSupplier nanoTime) {
        return new LongRunNotice(err, true, variantId, minYears, nanoTime);
    }

    /** For the designs an uncertainty analysis of a variant's ranges evaluates. */
    static LongRunNotice ranges(PrintWriter err, String variantId) {
        return ranges(err, variantId, System::nanoTime);
    }

    static LongRunNotice ranges(PrintWriter err, String variantId, LongSupplier nanoTime) {
        return new LongRunNotice(err, false, variantId, 0, nanoTime);
    }

    @Override
    public void yearsDone(int done, int atMost) {
        progressed(done, minYears);
    }

    @Override
    public void designsDone(int done, int total) {
        // The first few designs carry the start-up (compilation, first-use tables): project from ten or a tenth.
        if (done >= Math.min(10, Math.max(1, total / 10))) {
            progressed(done, total);
        }
    }

    private void progressed(int done, int total) {
        if (told || done <= 0 || done >= total) {
            return;
        }
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        double rest = seconds / done * (total - done);
        if (rest <= QUIET_SECONDS) {
            return;
        }
        told = true;
        err.println(years
                ? String.format(Locale.ROOT, "meridian: simulating years of %s: %,d in %s; at least %,d in all, "
                        + "about %s more (fewer with --years N)", variant, done, Quantities.duration(seconds), total,
                        Quantities.duration(rest))
                : String.format(Locale.ROOT, "meridian: sampling the ranges of %s: %,d of %,d designs in %s; about "
                        + "%s more", variant, done, total, Quantities.duration(seconds), Quantities.duration(rest)));
        err.flush();
    }
}
