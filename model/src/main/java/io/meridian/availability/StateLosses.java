package io.meridian.availability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The judgement of a simulated state, shared by the threads of a simulation: per population the share of its requests
 * lost, judged as the Monte Carlo of the exact engine judges a state ({@link SampledShares}, capacity included) with
 * the common causes that are down on top: loss = 1 − (1 − structural loss) × Π (1 − share lost). Kept by the state's
 * hash, in a bounded memo: a large design meets new states all year (its pools fail apart), and a memo of every one
 * took gigabytes; a state judged again gets the same figures.
 */
final class StateLosses {
    /** Per-population figures of judged states kept in memory at most (states kept × populations). */
    static final int STATE_FIGURES_KEPT = 2_000_000;
    static final Loss NO_LOSS = new Loss(new double[0], new long[0]);

    /**
     * A judged state: per population the share of its requests lost, and which populations lose any (bit i), so a
     * change of state that leaves the same populations losing needs no look at each of them.
     */
    record Loss(double[] share, long[] losing) {
        boolean loses(int i) {
            int w = i >>> 6;
            return w < losing.length && (losing[w] & (1L << i)) != 0;
        }
    }

    private final SimulatedDomains dom;
    private final SampledShares shares;
    private final FailoverOverloads overloads;
    private final double[] readFraction;
    private final int n;
    /** The common causes' domains, ascending: a state's judgement scans these, not every domain (thousands). */
    private final int[] causeDomains;
    private final int statesKept;
    private final Map<Long, Loss> judged = new ConcurrentHashMap<>();

    StateLosses(SimulatedDomains dom, SampledShares shares, FailoverOverloads overloads, double[] readFraction,
                int statesKept) {
        this.dom = dom;
        this.shares = shares;
        this.overloads = overloads;
        this.readFraction = readFraction;
        this.n = readFraction.length;
        this.statesKept = statesKept;
        causeDomains = java.util.stream.IntStream.range(0, dom.count)
                .filter(d -> dom.kind[d] == SimulatedDomains.CAUSE).toArray();
    }

    /** The default number of judged states kept for this many populations. */
    static int defaultKept(int populations) {
        return Math.max(4_096, STATE_FIGURES_KEPT / Math.max(1, populations));
    }

    int kept() {
        return statesKept;
    }

    /** The judged loss of the state with this hash; NO_LOSS when nobody loses anything. Judging changes no input. */
    Loss loss(long hash, boolean[] down, int[] zoneMask, UpMasks up) {
        Loss known = judged.get(hash);
        if (known != null) {
            return known;
        }
        double[] read = new double[n];
        double[] write = new double[n];
        synchronized (shares) {
            shares.judge(overloads, up.regionUp, up.masks, zoneMask.clone(), up.poolUp, read, write, null, 0);
        }
        double[] out = new double[n];
        long[] losing = new long[(n + 63) >>> 6];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            double served = readFraction[i] * read[i] + (1 - readFraction[i]) * write[i];
            for (int d : causeDomains) {
                if (down[d] && dom.applies[d][i]) {
                    served *= 1 - dom.lost[d];
                }
            }
            out[i] = Math.max(0, 1 - served);
            if (out[i] > 1e-15) {
                any = true;
                losing[i >>> 6] |= 1L << i;
            } else {
                out[i] = 0;
            }
        }
        Loss value = any ? new Loss(out, losing) : NO_LOSS;
        if (judged.size() >= statesKept) {
            judged.clear();
        }
        judged.put(hash, value);
        return value;
    }
}
