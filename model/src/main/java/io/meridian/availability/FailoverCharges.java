package io.meridian.availability;

import io.meridian.model.Defaults;
import io.meridian.recovery.FailoverTimings;
import java.util.ArrayList;
import java.util.List;

/**
 * What failover time costs: each failure event of a provider, region, zone or pool moves the users whose serving
 * region it breaks or its cascade takes down ({@link FailoverOverloads}), and stalls the writes whose leader it takes;
 * each database or cache pool with a spare switches over in its region when its active instance fails. Each event
 * costs the users it touches the area above its OWN recovery ({@link UnservedTime}): moved reads follow the
 * cross-region read curve (detection, the DNS ramp whose area is TTL / 2, the DNS-cache tail, reconnect), writes also
 * wait for a writable copy (detection + the dataset's promotion + reconnect, or the switchover), and an automatic
 * promotion or switchover that fails on demand costs the operator's decision on top. The area stops at the event's
 * own end (its repair): then everyone is served again. Events per year come from the closed forms ((1 − A) × 8766 /
 * MTTR; the k-of-n rates for pools and switchovers); each is judged on its own with everything else up. Users with
 * nowhere to go are not charged: their outage is already in the static figure. A failure of the routing layer itself
 * is static downtime too (A routing multiplies every figure) and costs nothing more here.
 */
final class FailoverCharges {
    /** The kinds of events charged, in the order of {@link Charges#readByKind}. */
    static final List<String> KINDS = List.of("provider", "region", "zone", "pool", "in-region switchover");
    static final int PROVIDER = 0;
    static final int REGION = 1;
    static final int ZONE = 2;
    static final int POOL = 3;
    static final int SWITCHOVER = 4;
    private static final double SECONDS_PER_HOUR = 3600;

    private FailoverCharges() {
    }

    /**
     * Per population: Σ events/year × expected unserved seconds of its reads (writes), the same per kind of event,
     * and the events/year that touch it.
     */
    record Charges(double[] readSeconds, double[] writeSeconds, double[] eventsPerYear, double[][] readByKind,
                   double[][] writeByKind, List<EventCharge> perEvent) {
    }

    /**
     * What one occurrence of a failure event costs each population (the simulated years charge it per occurrence).
     *
     * @param kind  one of {@link #KINDS}: provider, region, zone (index = region, zone = which), pool, switchover
     * @param read  per population, expected unserved read seconds per occurrence
     * @param write per population, the same for writes
     */
    record EventCharge(int kind, int index, int zone, double perYear, double[] read, double[] write) {
    }

    /**
     * What one occurrence of an event costs the populations it is judged for (those with somewhere to be served),
     * in ascending order; the others are charged nothing.
     */
    record Occurrence(int[] populations, double[] read, double[] write) {
    }

    static Charges of(FailureStructure s, FailoverOverloads overloads, FailoverTimings timings) {
        int n = s.populationNeeds.size();
        Charges out = new Charges(new double[n], new double[n], new double[n], new double[KINDS.size()][n],
                new double[KINDS.size()][n], new ArrayList<>());
        long[] allUp = new long[s.regions.size()];
        for (int r = 0; r < allUp.length; r++) {
            allUp[r] = FailureEvents.allUpMask(s, r, null);
        }
        InRegionSwitchovers switchovers = new InRegionSwitchovers(s, timings);
        EventOccurrences judge = new EventOccurrences(s, overloads, timings, switchovers, allUp);
        // The design search's sizings of one structure mostly share an event's inputs (a spare changes one tier of
        // one region), so what an occurrence costs is kept by what it reads (OccurrenceKeys).
        OccurrenceKeys keys = s.shared.remembers() ? new OccurrenceKeys(s, overloads, switchovers, allUp) : null;
        for (FailureEvents.Event e : FailureEvents.of(s, switchovers)) {
            if (e.perYear() <= 0) {
                continue;
            }
            Occurrence o = keys == null ? judge.charge(e) : s.shared.occurrence(keys.of(e), () -> judge.charge(e));
            EventCharge current = new EventCharge(e.kind(), e.index(), e.zone(), e.perYear(), new double[n],
                    new double[n]);
            out.perEvent().add(current);
            for (int k = 0; k < o.populations().length; k++) {
                add(out, current, e, o.populations()[k], o.read()[k], o.write()[k]);
            }
        }
        return out;
    }

    private static void add(Charges out, EventCharge current, FailureEvents.Event e, int i, double read,
                            double write) {
        current.read()[i] = read;
        current.write()[i] = write;
        out.readSeconds()[i] += e.perYear() * read;
        out.writeSeconds()[i] += e.perYear() * write;
        out.readByKind()[e.kind()][i] += e.perYear() * read;
        out.writeByKind()[e.kind()][i] += e.perYear() * write;
        if (read > 0 || write > 0) {
            out.eventsPerYear()[i] += e.perYear();
        }
    }

    /** Availability lost: unserved seconds per year / seconds per year. */
    static double loss(double unservedSecondsPerYear) {
        return unservedSecondsPerYear / (Defaults.HOURS_PER_YEAR * SECONDS_PER_HOUR);
    }
}
