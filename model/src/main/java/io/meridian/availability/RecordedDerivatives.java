package io.meridian.availability;

/**
 * The importance ranking's shortcut on the elimination path: each elimination of the run with no element perfect
 * is kept with its derivatives, so that a run with one pool or region made perfect (which changes only that
 * region's own table, and each sum is linear in it) is the recorded result plus the change times the derivatives.
 */
final class RecordedDerivatives {
    /** One elimination of the run with no element perfect: the coupled regions' own tables, sums and gradients. */
    record Recorded(double[][] own, double noneServes, double writable, double writableNoneServes,
                    double[][] gradNone, double[][] gradWritable, double[][] gradWritableNone) {
    }

    private final FailureStructure s;
    /** Per judgement of the unperturbed run (provider states, then two per scenario) and population. */
    private Recorded[][] recorded;
    private RegionBlocks.Distribution[] recordedBlocks;
    private boolean recording;
    /** The region whose own table alone the current run changes, when the recorded derivatives apply; else −1. */
    private int reuseRegion = -1;
    private int judgement;

    RecordedDerivatives(FailureStructure s) {
        this.s = s;
    }

    /** False when no ranking follows: then the run with nothing perfect records nothing. */
    private boolean wanted = true;

    /**
     * Records nothing: without the importance ranking no run reuses the derivatives, and working them out (an
     * elimination with its gradient instead of without) was a fifth of a design-search evaluation.
     */
    void notWanted() {
        wanted = false;
    }

    /** Starts a run: records when nothing is perfect, else finds the one region whose table alone changes. */
    void begin(Element perfect, RegionBlocks.Distribution[] blocks, int judgements, int populations) {
        recording = wanted && perfect == null;
        if (recording) {
            recorded = new Recorded[judgements][populations];
            recordedBlocks = blocks;
        }
        // A perfect pool changes only its region's block, a perfect region only its own probability of being up:
        // either way only that region's own table differs from the recorded run's.
        reuseRegion = perfect == null || recorded == null ? -1
                : perfect.kind() == ElementKind.POOL ? onlyDifference(blocks, s.pool(perfect.index()).regionIndex())
                : perfect.kind() == ElementKind.REGION ? onlyDifference(blocks, perfect.index()) : -1;
    }

    void end() {
        recording = false;
    }

    /** Which judgement (provider state, or scenario's plain or cascaded one) the next eliminations belong to. */
    void judgement(int judgement) {
        this.judgement = judgement;
    }

    boolean recording() {
        return recording;
    }

    void record(int i, Recorded r) {
        recorded[judgement][i] = r;
    }

    /**
     * Population i's P(no coupled region serves), P(writable) and P(writable and none serves) from the recorded
     * ones, when only one of its coupled regions' own tables differs from the recorded run's; else null.
     */
    double[] sums(int i, int[] regions, CompiledSums c, double[] up, RegionBlocks.Distribution[] blocks) {
        int w = c.writes().length;
        Recorded rec = reuseRegion >= 0 ? recorded[judgement][i] : null;
        int j0 = rec == null ? -1 : indexOf(regions, reuseRegion);
        if (j0 < 0) {
            return null;
        }
        // Only this region's own table differs from the recorded run's, and each sum is linear in it.
        double[] own = c.own(reuseRegion, up, blocks);
        double noneServes = rec.noneServes + change(own, rec.own[j0], rec.gradNone[j0]);
        double writable = w == 0 ? 1 : rec.writable + change(own, rec.own[j0], rec.gradWritable[j0]);
        double writableNoneServes = w == 0 ? noneServes
                : rec.writableNoneServes + change(own, rec.own[j0], rec.gradWritableNone[j0]);
        return new double[] {noneServes, writable, writableNoneServes};
    }

    /** Region r when the blocks are the recorded run's but for r's; else −1. */
    private int onlyDifference(RegionBlocks.Distribution[] blocks, int r) {
        for (int x = 0; x < blocks.length; x++) {
            if (x != r && blocks[x] != recordedBlocks[x]) {
                return -1;
            }
        }
        return r;
    }

    private static double change(double[] now, double[] was, double[] grad) {
        double sum = 0;
        for (int k = 0; k < now.length; k++) {
            sum += (now[k] - was[k]) * grad[k];
        }
        return sum;
    }

    private static int indexOf(int[] a, int v) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }
}
