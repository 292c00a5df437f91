package io.meridian.availability;

import io.meridian.model.Defaults;
import io.meridian.recovery.FailoverTimings;
import io.meridian.recovery.RecoveryCurve;
import java.util.ArrayList;
import java.util.BitSet;
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

    static Charges of(FailureStructure s, FailoverOverloads overloads, FailoverTimings timings) {
        int n = s.populationNeeds.size();
        Charges out = new Charges(new double[n], new double[n], new double[n], new double[KINDS.size()][n],
                new double[KINDS.size()][n], new ArrayList<>());
        long[] allUp = new long[s.regions.size()];
        boolean[] regionsUp = new boolean[s.regions.size()];
        java.util.Arrays.fill(regionsUp, true);
        for (int r = 0; r < allUp.length; r++) {
            allUp[r] = FailureEvents.allUpMask(s, r, null);
        }
        BitSet[] servingSet = servingSets(s);
        int[] group = writeGroups(s);
        WriteRuleIndex[] index = new WriteRuleIndex[n];
        for (int i = 0; i < n; i++) {
            if (group[i] == i) {
                index[i] = new WriteRuleIndex(s.populationNeeds.get(i), allUp.length, regionsUp, allUp);
            }
        }
        InRegionSwitchovers switchovers = new InRegionSwitchovers(s, timings);
        for (FailureEvents.Event e : FailureEvents.of(s, switchovers)) {
            if (e.perYear() <= 0) {
                continue;
            }
            out.perEvent().add(new EventCharge(e.kind(), e.index(), e.zone(), e.perYear(), new double[n],
                    new double[n]));
            if (e.kind() == SWITCHOVER) {
                chargeSwitchover(s, overloads, timings, switchovers, e, allUp, regionsUp, group, index, out);
            } else {
                chargeMove(s, overloads, timings, switchovers, e, allUp, servingSet, group, index, out);
            }
        }
        return out;
    }

    /** A provider, region, zone or pool event: users of broken regions move; writes wait for their leaders. */
    private static void chargeMove(FailureStructure s, FailoverOverloads overloads, FailoverTimings timings,
                                   InRegionSwitchovers switchovers, FailureEvents.Event e, long[] allUp, BitSet[] servingSet,
                                   int[] group, WriteRuleIndex[] index, Charges out) {
        int regions = s.regions.size();
        boolean[] regionUp = new boolean[regions];
        long[] masks = new long[regions];
        // A region or provider failure that overloads the survivors: the cascade's regions serve nobody either.
        ElementKind elementKind = e.kind() == PROVIDER ? ElementKind.PROVIDER
                : e.kind() == REGION ? ElementKind.REGION : null;
        FailoverOverloads.Scenario cascade = elementKind == null ? null : overloads.find(elementKind, e.index());
        boolean[] overloaded = cascade == null ? overloads.normalOverloaded : cascade.overloaded();
        int touched = e.kind() == ZONE ? e.index() : e.kind() == POOL ? s.pool(e.index()).regionIndex() : -1;
        List<Integer> changedList = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            regionUp[r] = !(e.kind() == REGION && e.index() == r)
                    && !(e.kind() == PROVIDER && e.index() == s.regionProvider[r]);
            masks[r] = r == touched ? FailureEvents.allUpMask(s, r, e) : allUp[r];
            // The touched region is in even when its masks are unchanged: a zone event may still switch pools over.
            if (!regionUp[r] || masks[r] != allUp[r] || r == touched) {
                changedList.add(r);
            }
        }
        int[] changed = new int[changedList.size()];
        for (int k = 0; k < changed.length; k++) {
            changed[k] = changedList.get(k);
        }
        boolean[] serves = serves(s, regionUp, masks);
        int[] moving = new int[regions];
        int movingCount = 0;
        for (int r = 0; r < regions; r++) {
            if (moves(r, serves, overloaded, overloads)) {
                moving[movingCount++] = r;
            }
        }
        moving = java.util.Arrays.copyOf(moving, movingCount);
        // A zone event also switches over the surviving pools whose active instance it takes.
        long[] switchedMasks = null;
        boolean[] switchedServes = null;
        UnservedTime.Clock switchClock = UnservedTime.Clock.NONE;
        if (e.kind() == ZONE) {
            List<Integer> switched = switchovers.inZone(e.index(), e.zone());
            if (!switched.isEmpty()) {
                switchedMasks = masks.clone();
                for (int j : switched) {
                    switchedMasks[e.index()] &= ~s.poolKill[j];
                    switchClock = slower(switchClock, switchovers.clock(j));
                }
                switchedServes = serves(s, regionUp, switchedMasks);
            }
        }
        RecoveryCurve curve = timings.movedReads();
        byte[] writable = new byte[s.populationNeeds.size()];
        double[] blocked = new double[writable.length];
        List<List<UnservedTime.Wait>> waits = new ArrayList<>(java.util.Collections.nCopies(writable.length, null));
        UnservedTime.GroupWrites groupWrites = new UnservedTime.GroupWrites(writable.length);
        for (int i = 0; i < s.populationNeeds.size(); i++) {
            PopulationNeed need = s.populationNeeds.get(i);
            if ((cascade != null && cascade.unserved()[i]) || !served(need, serves, overloaded)) {
                continue;
            }
            double moved = 0;
            double switched = 0;
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
            if (switchedServes != null) {
                for (int r : need.servingRegions()) {
                    if (!moves(r, serves, overloaded, overloads) && !switchedServes[r]) {
                        switched += need.normalShares()[r];
                    }
                }
            }
            double read = UnservedTime.reads(curve, moved, switched, switchClock, e.seconds());
            // Populations with the same write rules share "writable" and the waits in this state.
            int g = group[i];
            if (writable[g] == 0) {
                List<WriteRule> rules = index[g].touching(changed);
                writable[g] = holdAll(rules, regionUp, masks) ? (byte) 1 : (byte) 2;
                if (writable[g] == 1) {
                    waits.set(g, waits(rules, timings, regionUp, masks));
                    blocked[g] = blocked(rules, regionUp, masks, switchedMasks);
                }
            }
            double write = writable[g] != 1 ? 0 : groupWrites.writes(g, curve, moved, switched, switchClock,
                    blocked[g], waits.get(g), e.seconds());
            add(out, e, i, read, write);
        }
    }

    /**
     * The datasets this state makes wait for a takeover: a lost leader (a quorum: the chance its leader was among the
     * lost voters). Those it only switches over in their region are in {@link #blocked}.
     */
    private static List<UnservedTime.Wait> waits(List<WriteRule> rules, FailoverTimings timings, boolean[] regionUp,
                                                 long[] masks) {
        List<UnservedTime.Wait> waits = new ArrayList<>();
        for (WriteRule w : rules) {
            double share = w.takeoverShare(regionUp, masks);
            if (share > 0) {
                waits.add(new UnservedTime.Wait(share, takeoverClock(timings, w.datasetId())));
            }
        }
        return waits;
    }

    /**
     * Share of the writes a switchover stalls: 1 − Π (1 − share) over the datasets that need no takeover in the
     * event's own state but lose their copy (or its leader) while the switched pools are out.
     */
    private static double blocked(List<WriteRule> rules, boolean[] regionUp, long[] masks, long[] switchedMasks) {
        if (switchedMasks == null) {
            return 0;
        }
        double unblocked = 1;
        for (WriteRule w : rules) {
            if (w.takeoverShare(regionUp, masks) == 0) {
                unblocked *= 1 - (w.holds(regionUp, switchedMasks) ? w.takeoverShare(regionUp, switchedMasks) : 1);
            }
        }
        return 1 - unblocked;
    }

    /** An active instance fails and a spare in the region takes over: its users wait for the switchover only. */
    private static void chargeSwitchover(FailureStructure s, FailoverOverloads overloads, FailoverTimings timings,
                                         InRegionSwitchovers switchovers, FailureEvents.Event e, long[] allUp, boolean[] regionUp,
                                         int[] group, WriteRuleIndex[] index, Charges out) {
        int j = e.index();
        int region = s.pool(j).regionIndex();
        long[] masks = allUp.clone();
        masks[region] &= ~s.poolKill[j];
        boolean[] normal = serves(s, regionUp, allUp);
        boolean[] during = serves(s, regionUp, masks);
        UnservedTime.Clock clock = switchovers.clock(j);
        boolean[] overloaded = overloads.normalOverloaded;
        for (int i = 0; i < s.populationNeeds.size(); i++) {
            PopulationNeed need = s.populationNeeds.get(i);
            if (!served(need, normal, overloaded)) {
                continue;
            }
            double switched = 0;
            for (int r : need.servingRegions()) {
                if ((overloaded == null || !overloaded[r]) && normal[r] && !during[r]) {
                    switched += need.normalShares()[r];
                }
            }
            double read = UnservedTime.reads(timings.movedReads(), 0, switched, clock, e.seconds());
            double write = 0;
            WriteRuleIndex rules = index[group[i]];
            if (rules.clean() || need.writable(regionUp, allUp)) {
                write = UnservedTime.writes(timings.movedReads(), 0, switched, clock,
                        blocked(rules.touching(new int[] {region}), regionUp, allUp, masks), List.of(), e.seconds());
            }
            add(out, e, i, read, write);
        }
    }

    private static boolean holdAll(List<WriteRule> rules, boolean[] regionUp, long[] masks) {
        for (WriteRule w : rules) {
            if (!w.holds(regionUp, masks)) {
                return false;
            }
        }
        return true;
    }

    private static void add(Charges out, FailureEvents.Event e, int i, double read, double write) {
        EventCharge current = out.perEvent().get(out.perEvent().size() - 1);
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

    private static UnservedTime.Clock takeoverClock(FailoverTimings timings, String datasetId) {
        FailoverTimings.Takeover t = timings.takeover(datasetId);
        return new UnservedTime.Clock(t.seconds().value(), t.failureOnDemand(), timings.operatorDecision().value());
    }

    /** Several pools switching over together: the users wait for the slowest. */
    private static UnservedTime.Clock slower(UnservedTime.Clock a, UnservedTime.Clock b) {
        double endA = a.seconds() + a.failureOnDemand() * a.manualExtra();
        double endB = b.seconds() + b.failureOnDemand() * b.manualExtra();
        return endB > endA ? b : a;
    }

    private static boolean[] serves(FailureStructure s, boolean[] regionUp, long[] masks) {
        boolean[] serves = new boolean[regionUp.length];
        for (int r = 0; r < regionUp.length; r++) {
            serves[r] = s.serve[r] != null && s.serve[r].holds(regionUp, masks);
        }
        return serves;
    }

    /** A region whose users move in this event: its chain is broken, or the event's cascade takes it down. */
    private static boolean moves(int r, boolean[] serves, boolean[] overloaded, FailoverOverloads overloads) {
        boolean cascaded = overloaded != null && overloaded[r]
                && (overloads.normalOverloaded == null || !overloads.normalOverloaded[r]);
        return cascaded || !serves[r];
    }

    /** Per population: its serving regions as a set when they are listed in ascending order, else null. */
    private static BitSet[] servingSets(FailureStructure s) {
        BitSet[] out = new BitSet[s.populationNeeds.size()];
        for (int i = 0; i < out.length; i++) {
            int[] serving = s.populationNeeds.get(i).servingRegions();
            boolean ascending = true;
            for (int k = 1; k < serving.length; k++) {
                ascending &= serving[k - 1] < serving[k];
            }
            if (ascending) {
                out[i] = new BitSet(s.regions.size());
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

    /** Availability lost: unserved seconds per year / seconds per year. */
    static double loss(double unservedSecondsPerYear) {
        return unservedSecondsPerYear / (Defaults.HOURS_PER_YEAR * SECONDS_PER_HOUR);
    }
}
