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
    /**
     * The index of the only region with several states that may serve (served table not all 0), −1 when there is
     * none, −2 when there are several.
     */
    private final int multi;
    /** Per region with several states: ∂Z_read/∂own and ∂Z_write/∂own (null for the others). */
    private final double[][] gradReads;
    private final double[][] gradWrites;
    /** The region whose tables a derived judgement changed, and its served sums; −1 for none. */
    private final int changed;
    private final double changedRead;
    private final double changedWrite;

    private JudgedSlice(double read, double write, double[] servedReads, double[] servedWrites, double scale,
                        double[] own, double[] served, int multi, double[][] gradReads, double[][] gradWrites,
                        int changed, double changedRead, double changedWrite) {
        this.read = read;
        this.write = write;
        this.servedReads = servedReads;
        this.servedWrites = servedWrites;
        this.scale = scale;
        this.own = own;
        this.served = served;
        this.multi = multi;
        this.gradReads = gradReads;
        this.gradWrites = gradWrites;
        this.changed = changed;
        this.changedRead = changedRead;
        this.changedWrite = changedWrite;
    }

    /**
     * The enumerated regions summed out over the slice's own domains, given each one's own and served tables: the
     * regions with several states by elimination, those with one as a factor each. With M the eliminated sum and S
     * the product of the one-state regions' probabilities (and of the factors that only span them), Z = S × M,
     * ∂Z/∂own_j = S × ∂M/∂own_j for an eliminated region and (Π over the other one-state regions) × M for a
     * one-state region.
     */
    static JudgedSlice of(SliceSums sums, double[][] own, double[][] served) {
        int n0 = own.length;
        int[] multi = sums.multi();
        int m = multi.length;
        int c = sums.chainCount();
        double[][] tables = new double[m + sums.factors().length][];
        for (int k = 0; k < m; k++) {
            tables[k] = own[multi[k]];
        }
        System.arraycopy(sums.factors(), 0, tables, m, sums.factors().length);
        long[] work = new long[1];
        double[][] multiRead = new double[m][];
        double mRead = sums.chainConstant() * sums.read().runWithGradient(java.util.Arrays.copyOf(tables, m + c), work,
                m, multiRead);
        double[][] multiWrite = multiRead;
        double mWrite = mRead;
        if (sums.writeCount() > 0 || sums.writeConstant() != 1) {
            multiWrite = new double[m][];
            mWrite = sums.chainConstant() * sums.writeConstant() * sums.write().runWithGradient(tables, work, m,
                    multiWrite);
        }
        // S and, per one-state region, the product of the others (zeros counted, so no division by 0).
        double product = 1;
        int zeros = 0;
        boolean[] isMulti = new boolean[n0];
        for (int j : multi) {
            isMulti[j] = true;
        }
        for (int j = 0; j < n0; j++) {
            if (!isMulti[j]) {
                if (own[j][0] == 0) {
                    zeros++;
                } else {
                    product *= own[j][0];
                }
            }
        }
        double single = zeros == 0 ? product : 0;
        double[][] gradRead = new double[n0][];
        double[][] gradWrite = new double[n0][];
        for (int k = 0; k < m; k++) {
            gradRead[multi[k]] = scaled(multiRead[k], single * sums.chainConstant());
            gradWrite[multi[k]] = scaled(multiWrite[k], single * sums.chainConstant() * sums.writeConstant());
        }
        for (int j = 0; j < n0; j++) {
            if (!isMulti[j]) {
                double others = own[j][0] == 0 ? (zeros == 1 ? product : 0) : (zeros == 0 ? product / own[j][0] : 0);
                gradRead[j] = new double[] {others * mRead};
                gradWrite[j] = new double[] {others * mWrite};
            }
        }
        return judged(single * mRead, single * mWrite, own, served, gradRead, gradWrite);
    }

    private static double[] scaled(double[] a, double f) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] * f;
        }
        return out;
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
        double[][] multiReads = new double[n][];
        double[][] multiWrites = new double[n][];
        for (int j = 0; j < n; j++) {
            servedReads[j] = dot(served[j], gradRead[j]);
            servedWrites[j] = dot(served[j], gradWrite[j]);
            boolean single = own[j].length == 1;
            ownSingle[j] = single ? own[j][0] : Double.NaN;
            servedSingle[j] = single ? served[j][0] : Double.NaN;
            if (!single) {
                multiReads[j] = gradRead[j];
                multiWrites[j] = gradWrite[j];
                if (java.util.Arrays.stream(served[j]).anyMatch(v -> v != 0)) {
                    multi = multi == -1 ? j : -2;
                }
            }
        }
        return new JudgedSlice(read, write, servedReads, servedWrites, 1, ownSingle, servedSingle, multi,
                multiReads, multiWrites, -1, 0, 0);
    }

    double servedRead(int j) {
        if (j == changed) {
            return changedRead;
        }
        return servedReads != null ? servedReads[j] * scale : fromZ(j, read);
    }

    double servedWrite(int j) {
        if (j == changed) {
            return changedWrite;
        }
        return servedWrites != null ? servedWrites[j] * scale : fromZ(j, write);
    }

    /** A region's served sum from Z: served × Z / own with one state; 0 with several (it serves nothing). */
    private double fromZ(int j, double z) {
        return Double.isNaN(own[j]) || own[j] == 0 ? 0 : served[j] * z / own[j];
    }

    /**
     * This recorded judgement with region j's own and served tables replaced, exactly. Z is linear in own_j, with
     * a gradient that does not depend on own_j. When the slice leaves region j one state of probability c, c is a
     * factor of every term: Z and every other region's served sum scale by c′/c, and j's own is served′ × Z / c.
     * When j has several states, the recorded gradient gives Z′ = ⟨own′_j, ∂Z/∂own_j⟩; that determines every other
     * region's served sum when each other region either has one state (served × Z′ / own) or serves nothing. Null
     * otherwise (another region with several states serves, or c = 0): the slice is judged afresh.
     */
    JudgedSlice with(int j, double[] ownNow, double[] servedNow) {
        if (!Double.isNaN(own[j]) && own[j] != 0) {
            double f = ownNow[0] / own[j];
            return new JudgedSlice(read * f, write * f, servedReads, servedWrites, scale * f, own, served, multi,
                    gradReads, gradWrites, j, servedNow[0] * read / own[j], servedNow[0] * write / own[j]);
        }
        if (gradReads == null || gradReads[j] == null || (multi != -1 && multi != j)) {
            return null;
        }
        return new JudgedSlice(dot(ownNow, gradReads[j]), dot(ownNow, gradWrites[j]), null, null, 1, own, served,
                -2, null, null, j, dot(servedNow, gradReads[j]), dot(servedNow, gradWrites[j]));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
