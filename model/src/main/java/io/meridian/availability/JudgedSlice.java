package io.meridian.availability;

/**
 * What one group's capacity slice and provider state sum to ({@link SliceJudgement}): Z_read and Z_write, and per
 * enumerated region j the region's served sum ⟨served_j, ∂Z/∂own_j⟩. A region the slice leaves one state has
 * ∂Z/∂own_j = Z / own_j (own_j is a factor of every term), so its served sum is served_j × Z / own_j; that is what
 * lets a ranking run that changes one region's tables reuse the recorded judgement exactly.
 */
final class JudgedSlice {
    final double read;
    final double write;
    /** Per region, the served sums as judged, times {@code scale}; null when they follow from Z (see below). */
    private final double[] servedReads;
    private final double[] servedWrites;
    private final double scale;
    /** Per region left one state: that state's own probability and served value (NaN for the others). */
    private final double[] own;
    private final double[] served;
    /** The index of the only region with several states, −1 when there is none, −2 when there are several. */
    private final int multi;
    /** ∂Z_read/∂own and ∂Z_write/∂own of that region. */
    private final double[] multiGradRead;
    private final double[] multiGradWrite;
    /** The region whose tables a derived judgement changed, and its served sums; −1 for none. */
    private final int changed;
    private final double changedRead;
    private final double changedWrite;

    private JudgedSlice(double read, double write, double[] servedReads, double[] servedWrites, double scale,
                        double[] own, double[] served, int multi, double[] multiGradRead, double[] multiGradWrite,
                        int changed, double changedRead, double changedWrite) {
        this.read = read;
        this.write = write;
        this.servedReads = servedReads;
        this.servedWrites = servedWrites;
        this.scale = scale;
        this.own = own;
        this.served = served;
        this.multi = multi;
        this.multiGradRead = multiGradRead;
        this.multiGradWrite = multiGradWrite;
        this.changed = changed;
        this.changedRead = changedRead;
        this.changedWrite = changedWrite;
    }

    /** A judgement from an elimination: its sums, gradients by each region's own table, and the served tables. */
    static JudgedSlice judged(double read, double write, double[][] own, double[][] served, double[][] gradRead,
                              double[][] gradWrite) {
        int n = own.length;
        double[] servedReads = new double[n];
        double[] servedWrites = new double[n];
        double[] ownSingle = new double[n];
        double[] servedSingle = new double[n];
        int multi = -1;
        for (int j = 0; j < n; j++) {
            servedReads[j] = dot(served[j], gradRead[j]);
            servedWrites[j] = dot(served[j], gradWrite[j]);
            boolean single = own[j].length == 1;
            ownSingle[j] = single ? own[j][0] : Double.NaN;
            servedSingle[j] = single ? served[j][0] : Double.NaN;
            if (!single) {
                multi = multi == -1 ? j : -2;
            }
        }
        return new JudgedSlice(read, write, servedReads, servedWrites, 1, ownSingle, servedSingle, multi,
                multi >= 0 ? gradRead[multi] : null, multi >= 0 ? gradWrite[multi] : null, -1, 0, 0);
    }

    double servedRead(int j) {
        if (j == changed) {
            return changedRead;
        }
        return servedReads != null ? servedReads[j] * scale : own[j] == 0 ? 0 : served[j] * read / own[j];
    }

    double servedWrite(int j) {
        if (j == changed) {
            return changedWrite;
        }
        return servedWrites != null ? servedWrites[j] * scale : own[j] == 0 ? 0 : served[j] * write / own[j];
    }

    /**
     * This recorded judgement with region j's own and served tables replaced, exactly. Z is linear in own_j, with
     * a gradient that does not depend on own_j. When the slice leaves region j one state of probability c, c is a
     * factor of every term: Z and every other region's served sum scale by c′/c, and j's own is served′ × Z / c.
     * When j is the only region with several states, the recorded gradient gives Z′ = ⟨own′_j, ∂Z/∂own_j⟩, and
     * every other region has one state, so its served sum is served × Z′ / own. Null otherwise (another region has
     * several states too, or c = 0): the slice is judged afresh.
     */
    JudgedSlice with(int j, double[] ownNow, double[] servedNow) {
        if (!Double.isNaN(own[j]) && own[j] != 0) {
            double f = ownNow[0] / own[j];
            return new JudgedSlice(read * f, write * f, servedReads, servedWrites, scale * f, own, served, multi,
                    multiGradRead, multiGradWrite, j, servedNow[0] * read / own[j], servedNow[0] * write / own[j]);
        }
        if (multi != j) {
            return null;
        }
        return new JudgedSlice(dot(ownNow, multiGradRead), dot(ownNow, multiGradWrite), null, null, 1, own, served,
                -2, null, null, j, dot(servedNow, multiGradRead), dot(servedNow, multiGradWrite));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
