package io.meridian.availability;

import io.meridian.model.Defaults;
import java.util.ArrayList;
import java.util.List;

/**
 * What failover time costs: every failure event of a provider, region, zone or pool moves the users whose serving
 * region it breaks or its cascade takes down ({@link FailoverOverloads}) (and, for writes, stalls the writes whose leader it takes until a promotion or election), and
 * each such event costs them the failover time. Events per year come from the closed forms ((1 − A) × 8766 / MTTR;
 * the k-of-n rate for pools); each is judged on its own with everything else up. Users with nowhere to go are not
 * charged: their outage is already in the static figure.
 */
final class FailoverCharges {
    private FailoverCharges() {
    }

    /**
     * Per population: Σ events/year × share of its reads (writes) each event moves, and the events/year of every
     * element that moves some of its traffic.
     */
    record Charges(double[] readEventsMoved, double[] writeEventsMoved, double[] eventsPerYear) {
    }

    /** One failure domain that fails on its own. */
    private record Event(ElementKind kind, int index, int zone, double perYear) {
    }

    static Charges of(FailureStructure s, FailoverOverloads overloads) {
        int n = s.populationNeeds.size();
        double[] readMoved = new double[n];
        double[] writeMoved = new double[n];
        double[] events = new double[n];
        int[] group = writeGroups(s);
        // Only a zone's or a pool's own region loses events: every other region keeps its all-up mask.
        long[] allUp = new long[s.regions.size()];
        Event none = new Event(ElementKind.PROVIDER, -1, -1, 0);
        for (int r = 0; r < allUp.length; r++) {
            allUp[r] = allUpMask(s, r, none);
        }
        java.util.BitSet[] servingSet = servingSets(s);
        for (Event e : events(s)) {
            if (e.perYear() <= 0) {
                continue;
            }
            boolean[] regionUp = new boolean[s.regions.size()];
            long[] masks = new long[s.regions.size()];
            // A region or provider failure that overloads the survivors: the cascade's regions serve nobody either.
            FailoverOverloads.Scenario cascade = overloads.find(e.kind(), e.index());
            boolean[] overloaded = cascade == null ? overloads.normalOverloaded : cascade.overloaded();
            int touched = e.kind() == ElementKind.ZONE ? e.index()
                    : e.kind() == ElementKind.POOL ? s.pool(e.index()).regionIndex() : -1;
            for (int r = 0; r < regionUp.length; r++) {
                regionUp[r] = !(e.kind() == ElementKind.REGION && e.index() == r)
                        && !(e.kind() == ElementKind.PROVIDER && e.index() == s.regionProvider[r]);
                masks[r] = r == touched ? allUpMask(s, r, e) : allUp[r];
            }
            // Populations with the same write rules share "writable" and the largest takeover share in this state.
            boolean[] serves = new boolean[regionUp.length];
            for (int r = 0; r < regionUp.length; r++) {
                serves[r] = s.serve[r] != null && s.serve[r].holds(regionUp, masks);
            }
            int[] moving = java.util.stream.IntStream.range(0, regionUp.length)
                    .filter(r -> moves(r, serves, overloaded, overloads)).toArray();
            byte[] writable = new byte[n];
            double[] takeover = new double[n];
            for (int i = 0; i < n; i++) {
                PopulationNeed need = s.populationNeeds.get(i);
                if ((cascade != null && cascade.unserved()[i])
                        || !served(need, serves, overloaded)) {
                    continue;
                }
                double moved = 0;
                if (servingSet[i] != null) {
                    // The same terms in the same (ascending) order, visiting only the few regions that move users.
                    for (int r : moving) {
                        if (servingSet[i].get(r)) {
                            moved += need.normalShares()[r];
                        }
                    }
                } else {
                    for (int r : need.servingRegions()) {
                        if (moves(r, serves, overloaded, overloads)) {
                            moved += need.normalShares()[r];
                        }
                    }
                }
                int g = group[i];
                if (writable[g] == 0) {
                    writable[g] = need.writable(regionUp, masks) ? (byte) 1 : (byte) 2;
                    takeover[g] = Double.NEGATIVE_INFINITY;
                    if (writable[g] == 1) {
                        for (WriteRule w : need.writes()) {
                            takeover[g] = Math.max(takeover[g], w.takeoverShare(regionUp, masks));
                        }
                    }
                }
                double movedWrites = writable[g] == 1 ? Math.max(moved, takeover[g]) : 0;
                readMoved[i] += e.perYear() * moved;
                writeMoved[i] += e.perYear() * movedWrites;
                if (moved > 0 || movedWrites > 0) {
                    events[i] += e.perYear();
                }
            }
        }
        return new Charges(readMoved, writeMoved, events);
    }

    /** A region whose users move in this event: its chain is broken, or the event's cascade takes it down. */
    private static boolean moves(int r, boolean[] serves, boolean[] overloaded, FailoverOverloads overloads) {
        boolean cascaded = overloaded != null && overloaded[r]
                && (overloads.normalOverloaded == null || !overloads.normalOverloaded[r]);
        return cascaded || !serves[r];
    }

    /** Per population: its serving regions as a set when they are listed in ascending order, else null. */
    private static java.util.BitSet[] servingSets(FailureStructure s) {
        java.util.BitSet[] out = new java.util.BitSet[s.populationNeeds.size()];
        for (int i = 0; i < out.length; i++) {
            int[] serving = s.populationNeeds.get(i).servingRegions();
            boolean ascending = true;
            for (int k = 1; k < serving.length; k++) {
                ascending &= serving[k - 1] < serving[k];
            }
            if (ascending) {
                out[i] = new java.util.BitSet(s.regions.size());
                for (int r : serving) {
                    out[i].set(r);
                }
            }
        }
        return out;
    }

    /** {@link PopulationNeed#served} with each region's serving chain judged once per event. */
    private static boolean served(PopulationNeed need, boolean[] serves, boolean[] overloaded) {
        for (int r : need.servingRegions()) {
            if ((overloaded == null || !overloaded[r]) && serves[r]) {
                return true;
            }
        }
        return false;
    }

    /** Per population: the first population whose write rules are the very same objects, in the same order. */
    private static int[] writeGroups(FailureStructure s) {
        int n = s.populationNeeds.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
            List<WriteRule> mine = s.populationNeeds.get(i).writes();
            for (int k = 0; k < i && group[i] == i; k++) {
                List<WriteRule> theirs = s.populationNeeds.get(k).writes();
                if (group[k] == k && theirs.size() == mine.size()) {
                    boolean same = true;
                    for (int w = 0; w < mine.size() && same; w++) {
                        same = mine.get(w) == theirs.get(w);
                    }
                    group[i] = same ? k : i;
                }
            }
        }
        return group;
    }

    /** Availability lost to failover: events moved per year × failover seconds / seconds per year. */
    static double loss(double eventsMoved, double failoverSeconds) {
        return eventsMoved * failoverSeconds / (Defaults.HOURS_PER_YEAR * 3600);
    }

    /** The region's events with every instance up, except what the failing element takes. */
    private static long allUpMask(FailureStructure s, int r, Event e) {
        int zones = s.zones[r];
        int zoneUp = (1 << zones) - 1;
        if (e.kind() == ElementKind.ZONE && e.index() == r) {
            zoneUp &= ~(1 << e.zone());
        }
        long m = s.fullMask(r);
        for (int j : s.regionPools[r]) {
            Pool p = s.pool(j);
            boolean failed = e.kind() == ElementKind.POOL && e.index() == j;
            if (failed || p.instancesInUpZones(zones, zoneUp) < p.needed()) {
                m &= ~s.poolKill[j];
            }
        }
        return m;
    }

    /** Providers, regions, zones (index = region) and pools, with their events per year. */
    private static List<Event> events(FailureStructure s) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < s.providers.size(); i++) {
            out.add(new Event(ElementKind.PROVIDER, i, -1,
                    ClosedForms.eventsPerYear(s.providerAvailability(i), s.providerMttrHours(i))));
        }
        for (int r = 0; r < s.regions.size(); r++) {
            out.add(new Event(ElementKind.REGION, r, -1,
                    ClosedForms.eventsPerYear(s.regionAvailability(r), s.regions.get(r).mttrHours())));
            for (int z = 0; z < s.zones[r]; z++) {
                out.add(new Event(ElementKind.ZONE, r, z,
                        ClosedForms.eventsPerYear(Defaults.ZONE_AVAILABILITY, Defaults.ZONE_MTTR_HOURS)));
            }
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                out.add(new Event(ElementKind.POOL, j, -1, ClosedForms.poolFailuresPerYear(
                        p.instanceAvailability(), p.needed(), p.instances(), p.mttrHours())));
            }
        }
        return out;
    }
}
