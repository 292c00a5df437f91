package io.meridian.model;

/**
 * How often something is up: either a stated SLA/availability, or MTBF and MTTR in hours,
 * giving MTBF / (MTBF + MTTR). Exactly one of the two forms is set.
 */
public record Reliability(Double sla, Double mtbfHours, Double mttrHours) {
    public Reliability {
        if (sla != null) {
            Checks.availability(sla, "availability");
            if (mtbfHours != null) {
                throw new ModelException("mtbfHours", "give either availability or mtbfHours/mttrHours, not both");
            }
        } else {
            if (mtbfHours == null || mttrHours == null) {
                throw new ModelException("availability", "give availability, or both mtbfHours and mttrHours");
            }
            Checks.positive(mtbfHours, Limits.MAX_MTBF_HOURS, "mtbfHours");
            Checks.nonNegative(mttrHours, Limits.MAX_HOURS, "mttrHours");
            // A tiny MTBF over a long repair is as good as never up, which the engines cannot compute with.
            double derived = mtbfHours / (mtbfHours + mttrHours);
            if (!(derived >= Limits.MIN_AVAILABILITY)) {
                throw new ModelException("mtbfHours", "mtbfHours " + mtbfHours + " against mttrHours " + mttrHours
                        + " gives an availability of " + derived + ", less than the minimum " + Limits.MIN_AVAILABILITY);
            }
        }
        if (mttrHours != null) {
            Checks.nonNegative(mttrHours, Limits.MAX_HOURS, "mttrHours");
        }
    }

    public static Reliability ofSla(double availability) {
        return new Reliability(availability, null, null);
    }

    public static Reliability ofMtbf(double mtbfHours, double mttrHours) {
        return new Reliability(null, mtbfHours, mttrHours);
    }

    /** Steady-state probability of being up. */
    public double availability() {
        return sla != null ? sla : mtbfHours / (mtbfHours + mttrHours);
    }

    public boolean isSla() {
        return sla != null;
    }
}
