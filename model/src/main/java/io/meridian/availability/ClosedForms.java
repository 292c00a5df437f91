package io.meridian.availability;

import io.meridian.model.Defaults;

/** The closed forms inside a failure domain: series, parallel, k-of-n, and how often a k-of-n pool fails. */
final class ClosedForms {
    private ClosedForms() {
    }

    /** All up: Π a_i. */
    static double series(double... availabilities) {
        double up = 1;
        for (double a : availabilities) {
            up *= a;
        }
        return up;
    }

    /** At least one up: 1 − Π (1 − a_i). */
    static double parallel(double... availabilities) {
        double down = 1;
        for (double a : availabilities) {
            down *= 1 - a;
        }
        return 1 - down;
    }

    /**
     * At least k of n independent identical elements up: 1 − Σ_{i<k} C(n,i) a^i (1−a)^(n−i). The down side is
     * summed (in logs, so that pools of thousands neither overflow nor underflow) because it is the small number.
     */
    static double kOfN(double a, int k, int n) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        if (a >= 1) {
            return 1;
        }
        if (a <= 0) {
            return 0;
        }
        double down = 0;
        double logA = Math.log(a);
        double logB = Math.log1p(-a);
        // log of C(n, i) a^i (1−a)^(n−i), term by term: C(n, i+1) = C(n, i) × (n − i) / (i + 1).
        double logTerm = n * logB;
        for (int i = 0; i < k; i++) {
            down += Math.exp(logTerm);
            logTerm += Math.log(n - i) - Math.log(i + 1) + logA - logB;
        }
        return Math.max(0, 1 - down);
    }

    /** P(exactly i of n up). */
    static double exactly(double a, int i, int n) {
        if (i < 0 || i > n) {
            return 0;
        }
        if (a >= 1) {
            return i == n ? 1 : 0;
        }
        if (a <= 0) {
            return i == 0 ? 1 : 0;
        }
        return Math.exp(logBinomial(n, i) + i * Math.log(a) + (n - i) * Math.log1p(-a));
    }

    /**
     * Failures per year of a k-of-n pool whose instances fail and are repaired independently: the pool fails when
     * it has exactly k up and one of them fails, so the rate is P(exactly k up) × k × λ with λ = (1 − a) / (a × MTTR)
     * per instance (from a = MTBF / (MTBF + MTTR)). For one instance this is (1 − a) × 8766 / MTTR, the design's
     * formula.
     */
    static double poolFailuresPerYear(double a, int k, int n, double instanceMttrHours) {
        if (a >= 1 || k > n || k <= 0) {
            return 0;
        }
        double lambda = (1 - a) / (a * instanceMttrHours);
        return exactly(a, k, n) * k * lambda * Defaults.HOURS_PER_YEAR;
    }

    /**
     * In-region switchovers per year of a k-of-n pool with spares: an active instance fails while at least k others
     * are up, so the rate is P(at least k + 1 up) × k × λ, λ = (1 − a) / (a × MTTR). For an active-standby pair (1 of
     * 2) this is a² × λ × 8766 = a (1 − a) × 8766 / MTTR.
     */
    static double switchoversPerYear(double a, int k, int n, double instanceMttrHours) {
        if (a >= 1 || k >= n || k <= 0) {
            return 0;
        }
        double lambda = (1 - a) / (a * instanceMttrHours);
        return kOfN(a, k + 1, n) * k * lambda * Defaults.HOURS_PER_YEAR;
    }

    /** Failure events per year of a domain that is down 1 − A of the time for MTTR hours each: (1 − A) × 8766 / MTTR. */
    static double eventsPerYear(double availability, double mttrHours) {
        return availability >= 1 ? 0 : (1 - availability) * Defaults.HOURS_PER_YEAR / mttrHours;
    }

    private static double logBinomial(int n, int k) {
        double s = 0;
        int m = Math.min(k, n - k);
        for (int i = 1; i <= m; i++) {
            s += Math.log(n - m + i) - Math.log(i);
        }
        return s;
    }
}
