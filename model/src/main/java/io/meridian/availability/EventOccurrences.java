package io.meridian.availability;

import static io.meridian.availability.FailoverCharges.POOL;
import static io.meridian.availability.FailoverCharges.PROVIDER;
import static io.meridian.availability.FailoverCharges.REGION;
import static io.meridian.availability.FailoverCharges.SWITCHOVER;
import static io.meridian.availability.FailoverCharges.ZONE;

import io.meridian.recovery.FailoverTimings;
import io.meridian.recovery.RecoveryCurve;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What one occurrence of a failure event costs each population ({@link FailoverCharges} adds them up by events per
 * year): the users whose serving region it breaks, or its cascade takes down, move and wait for the cross-region
 * read curve; writes wait for a writable copy or an in-region switchover. What it works out once for every event
 * (each population's serving regions as a set, the write groups and their rule indexes) is built on the first
 * event it judges: when every event's occurrence is known already (the design search's other sizings) it is never
 * needed.
 */
final class EventOccurrences {
    private final FailureStructure s;
    private final FailoverOverloads overloads;
    private final FailoverTimings timings;
    private final InRegionSwitchovers switchovers;
    private final long[] allUp;
    private final boolean[] regionsUp;
    private BitSet[] servingSet;
    private int[] group;
    private WriteRuleIndex[] index;

    /** @param allUp per region: its event mask with every instance up */
    EventOccurrences(FailureStructure s, FailoverOverloads overloads, FailoverTimings timings,
                     InRegionSwitchovers switchovers, long[] allUp) {
        this.s = s;
        this.overloads = overloads;
        this.timings = timings;
        this.switchovers = switchovers;
        this.allUp = allUp;
        this.regionsUp = new boolean[allUp.length];
        java.util.Arrays.fill(regionsUp, true);
    }

    FailoverCharges.Occurrence charge(FailureEvents.Event e) {
        if (servingSet == null) {
            int n = s.populationNeeds.size();
            servingSet = servingSets(s);
            group = writeGroups(s);
            index = new WriteRuleIndex[n];
            for (int i = 0; i < n; i++) {
                if (group[i] == i) {
                    index[i] = new WriteRuleIndex(s.populationNeeds.get(i), allUp.length, regionsUp, allUp);
                }
            }
        }
        OccurrenceBuilder o = new OccurrenceBuilder(s.populationNeeds.size());
        if (e.kind() == SWITCHOVER) {
            chargeSwitchover(e, o);
        } else {
            chargeMove(e, o);
        }
        return o.build();
    }

    /** The populations an occurrence is judged for, in the order they are judged (ascending). */
    private static final class OccurrenceBuilder {
        private final int[] populations;
        private final double[] read;
        private final double[] write;
        private int size;

        OccurrenceBuilder(int n) {
            populations = new int[n];
            read = new double[n];
            write = new double[n];
        }

        void add(int i, double r, double w) {
            populations[size] = i;
            read[size] = r;
            write[size++] = w;
        }

        FailoverCharges.Occurrence build() {
            return new FailoverCharges.Occurrence(java.util.Arrays.copyOf(populations, size),
                    java.util.Arrays.copyOf(read, size), java.util.Arrays.copyOf(write, size));
        }
    }

    /** A provider, region, zone or pool event: users of broken regions move; writes wait for their leaders. */
    private void chargeMove(FailureEvents.Event e, OccurrenceBuilder out) {
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
            out.add(i, read, write);
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
    private void chargeSwitchover(FailureEvents.Event e, OccurrenceBuilder out) {
        boolean[] regionUp = regionsUp;
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
            out.add(i, read, write);
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
}
