package io.meridian.availability;

import io.meridian.model.CommonCauses;
import io.meridian.model.Defaults;
import io.meridian.model.GlobalChange;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The failure domains the simulated years run, with the exact engine's own numbers: providers, regions, zones and
 * pools of {@link FailureStructure}, and the common causes of {@link CommonCauseFactors}. Each is up or down; a down
 * spell lasts its MTTR on average, an up spell MTTR × A / (1 − A), so it is down exactly 1 − A of the time and fails
 * (1 − A) × 8766 / MTTR times a year, as the closed forms say. A k-of-n pool is one such domain with the pool's
 * availability for the instances its up zones hold, and its down spells the length {@link FailoverCharges} gives them
 * ((1 − A) / failures per hour): when a zone changes, the pool's state is drawn afresh for its new instance count.
 * In-region switchovers are events without a state (a spare takes over), at their closed-form rate.
 */
final class SimulatedDomains {
    static final int PROVIDER = 0;
    static final int REGION = 1;
    static final int ZONE = 2;
    static final int POOL = 3;
    static final int CAUSE = 4;
    static final int SWITCHOVER = 5;
    private static final long KEY_SEED = 0x5EED_0F_7EA4L;

    final FailureStructure s;
    final int count;
    /** Per domain: its kind and its index in the structure (region for a zone, pool, cause). */
    final int[] kind;
    final int[] index;
    /** Zones only: which zone of its region. */
    final int[] zone;
    /** Two-state domains other than pools: P(up) and the mean down spell in hours. */
    final double[] availability;
    final double[] downHours;
    /** Switchovers only: events per year. */
    final double[] perYear;
    /** Per domain: the failover cost of one of its failures, or null when it costs nothing. */
    final FailoverCharges.EventCharge[] charge;
    /** Per domain: its key in the state's hash (Zobrist: the XOR of the keys of the domains that are down). */
    final long[] key;
    /** Per region: its first zone domain; per pool: its domain (−1 when no event needs it). */
    final int[] zoneBase;
    final int[] poolDomain;
    /** Per pool and instance count in up zones: P(up) and the mean down spell. */
    final double[][] poolAvailability;
    final double[][] poolDownHours;
    /** Causes only: the share of requests lost while it is down, and the populations it applies to. */
    final double[] lost;
    final boolean[][] applies;

    SimulatedDomains(FailureStructure s, CommonCauseFactors common, FailoverCharges.Charges charges) {
        this.s = s;
        List<int[]> domains = new ArrayList<>();
        for (int q = 0; q < s.providers.size(); q++) {
            domains.add(new int[] {PROVIDER, q, -1});
        }
        for (int r = 0; r < s.regions.size(); r++) {
            domains.add(new int[] {REGION, r, -1});
        }
        zoneBase = new int[s.regions.size()];
        for (int r = 0; r < s.regions.size(); r++) {
            zoneBase[r] = domains.size();
            for (int z = 0; z < s.zones[r]; z++) {
                domains.add(new int[] {ZONE, r, z});
            }
        }
        poolDomain = new int[s.pools.size()];
        Arrays.fill(poolDomain, -1);
        for (int r = 0; r < s.regions.size(); r++) {
            for (int j : s.regionPools[r]) {
                poolDomain[j] = domains.size();
                domains.add(new int[] {POOL, j, -1});
            }
        }
        for (int c = 0; c < common.causes.size(); c++) {
            domains.add(new int[] {CAUSE, c, -1});
        }
        int twoState = domains.size();
        for (FailoverCharges.EventCharge e : charges.perEvent()) {
            if (e.kind() == FailoverCharges.SWITCHOVER) {
                domains.add(new int[] {SWITCHOVER, e.index(), -1});
            }
        }
        count = domains.size();
        kind = new int[count];
        index = new int[count];
        zone = new int[count];
        availability = new double[count];
        downHours = new double[count];
        perYear = new double[count];
        charge = new FailoverCharges.EventCharge[count];
        key = new long[count];
        lost = new double[count];
        applies = new boolean[count][];
        SplittableRandom keys = new SplittableRandom(KEY_SEED);
        for (int d = 0; d < count; d++) {
            kind[d] = domains.get(d)[0];
            index[d] = domains.get(d)[1];
            zone[d] = domains.get(d)[2];
            key[d] = keys.nextLong();
        }
        for (int d = 0; d < twoState; d++) {
            int i = index[d];
            switch (kind[d]) {
                case PROVIDER -> set(d, s.providerAvailability(i), s.providerMttrHours(i));
                case REGION -> set(d, s.regionAvailability(i), s.regions.get(i).mttrHours());
                case ZONE -> set(d, s.zoneAvailability(i), s.zoneMttrHours(i));
                case CAUSE -> cause(d, common.causes.get(i), s.topology);
                default -> {
                }
            }
        }
        poolAvailability = new double[s.pools.size()][];
        poolDownHours = new double[s.pools.size()][];
        for (int j = 0; j < s.pools.size(); j++) {
            Pool p = s.pool(j);
            poolAvailability[j] = p.upByInstancesInUpZones();
            poolDownHours[j] = new double[p.instances() + 1];
            for (int m = 0; m <= p.instances(); m++) {
                double failures = ClosedForms.poolFailuresPerYear(p.instanceAvailability(), p.needed(), m,
                        p.mttrHours());
                poolDownHours[j][m] = failures > 0
                        ? (1 - poolAvailability[j][m]) * Defaults.HOURS_PER_YEAR / failures : p.mttrHours();
            }
        }
        for (FailoverCharges.EventCharge e : charges.perEvent()) {
            int d = switch (e.kind()) {
                case FailoverCharges.PROVIDER -> e.index();
                case FailoverCharges.REGION -> s.providers.size() + e.index();
                case FailoverCharges.ZONE -> zoneBase[e.index()] + e.zone();
                case FailoverCharges.POOL -> poolDomain[e.index()];
                default -> switchover(e.index());
            };
            if (d >= 0) {
                charge[d] = e;
                if (kind[d] == SWITCHOVER) {
                    perYear[d] = e.perYear();
                }
            }
        }
    }

    private int switchover(int pool) {
        for (int d = 0; d < count; d++) {
            if (kind[d] == SWITCHOVER && index[d] == pool) {
                return d;
            }
        }
        return -1;
    }

    private void set(int d, double a, double mttrHours) {
        availability[d] = a;
        downHours[d] = mttrHours;
    }

    /**
     * A common cause as a domain: the routing layer and third parties are down for their MTTR (given, or the
     * documented default) and lose every request of the populations they apply to; a global change is "under way"
     * for its duration, events/yr times a year, and loses its scope's share of every request meanwhile. The expected
     * loss is the factor the exact engine multiplies by.
     */
    private void cause(int d, CommonCauseFactors.Cause c, Topology t) {
        applies[d] = c.applies();
        switch (c.kind()) {
            case ROUTING -> {
                lost[d] = 1;
                set(d, c.availability(), mttrOr(t.routing().reliability(), Defaults.ROUTING_MTTR_HOURS));
            }
            case GLOBAL_CHANGE -> {
                GlobalChange g = t.commonCauses().globalChange();
                lost[d] = g.scope();
                set(d, 1 - g.activeShare(), g.durationHours());
            }
            default -> {
                CommonCauses common = t.commonCauses();
                ThirdPartyDependency dep = common.dependencies().stream().filter(x -> x.id().equals(c.id()))
                        .findFirst().orElseThrow();
                lost[d] = 1;
                set(d, c.availability(), mttrOr(dep.reliability(), Defaults.DEPENDENCY_MTTR_HOURS));
            }
        }
    }

    private static double mttrOr(Reliability r, double fallback) {
        return r != null && r.mttrHours() != null && r.mttrHours() > 0 ? r.mttrHours() : fallback;
    }

    /** Whether the domain has an up/down state (switchovers are events only). */
    boolean twoState(int d) {
        return kind[d] != SWITCHOVER;
    }
}
