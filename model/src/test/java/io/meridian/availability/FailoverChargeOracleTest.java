package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle for the per-event failover charges: over random small designs, every single failure
 * (provider, region, zone, pool, in-region switchover) is enumerated from scratch, its rate and length worked out
 * from the design's own numbers, the users it moves or stalls found by walking the design, and its unserved seconds
 * integrated in closed form by hand. Nothing here calls the engine's helpers. It must agree with the engine's
 * "unserved read/write s/yr" to 1e-12 (relative). Zones: each region has its own zone availability and repair
 * time; a region with 0 or 1 zones has no zone events (its zone is the region); a zone-redundant database is never
 * taken by a zone, only switched over when the zone of its active node (zone 0) fails.
 */
class FailoverChargeOracleTest {
    private static final int DESIGNS = 150;
    private static final double HOURS_PER_YEAR = 8766;
    private static final double RECONNECT = 5;
    private static final double PROMOTE = 30;
    private static final double INSTANCE_MTTR = 1;
    private static final double REGION_MTTR = 4;
    private static final Provider[] PROVIDERS = {Provider.AWS, Provider.GCP};

    /** The random design, kept in plain fields for the oracle. */
    private static final class Spec {
        int regions;
        int[] zones;
        double[] zoneA;
        double[] zoneMttr;
        boolean[] dbZoneRedundant;
        int[] provider;
        double[] regionA;
        int[] apiN;
        double[] apiA;
        int[] dbN;          // 0: no database in the region
        double[] dbA;
        double[] providerA = new double[2];
        double[] providerMttr = new double[2];
        double[] weight;
        WriteStrategy strategy; // null: no dataset
        List<Integer> copies = new ArrayList<>();
        double ttl;
        double interval;
        int threshold;
        double tailShare;
        double tailSeconds;
        double switchover;
        double q;
        double decisionMinutes;
    }

    @Test
    void theEngineChargesWhatABruteForceOverEverySingleFailureCharges() {
        Random random = new Random(20_260_101);
        int checked = 0;
        for (int d = 0; d < DESIGNS; d++) {
            Spec spec = randomSpec(random);
            PopulationAvailability p = AvailabilityEngine.evaluate(topology(spec)).populations().get(0);
            double[] oracle = oracle(spec);
            double read = p.failoverLoss().inputs().get("unserved read s/yr");
            double write = p.failoverLoss().inputs().get("unserved write s/yr");
            assertThat(Math.abs(read - oracle[0])).as("design %d reads: engine %s, oracle %s", d, read, oracle[0])
                    .isLessThanOrEqualTo(1e-12 * Math.max(1, oracle[0]));
            assertThat(Math.abs(write - oracle[1])).as("design %d writes: engine %s, oracle %s", d, write, oracle[1])
                    .isLessThanOrEqualTo(1e-12 * Math.max(1, oracle[1]));
            checked += oracle[0] > 0 && oracle[1] > 0 ? 1 : 0;
        }
        assertThat(checked).as("designs where both reads and writes are charged").isGreaterThan(DESIGNS / 3);
    }

    private static Spec randomSpec(Random random) {
        Spec s = new Spec();
        s.regions = 1 + random.nextInt(3);
        s.zones = new int[s.regions];
        s.zoneA = new double[s.regions];
        s.zoneMttr = new double[s.regions];
        s.dbZoneRedundant = new boolean[s.regions];
        s.provider = new int[s.regions];
        s.regionA = new double[s.regions];
        s.apiN = new int[s.regions];
        s.apiA = new double[s.regions];
        s.dbN = new int[s.regions];
        s.dbA = new double[s.regions];
        s.weight = new double[s.regions];
        double total = 0;
        for (int r = 0; r < s.regions; r++) {
            s.zones[r] = random.nextInt(4);
            s.provider[r] = random.nextInt(2);
            s.regionA[r] = 0.99 + 0.0099 * random.nextDouble();
            s.apiN[r] = 1 + random.nextInt(3);
            s.apiA[r] = 0.99 + 0.0099 * random.nextDouble();
            s.dbN[r] = random.nextDouble() < 0.8 ? 1 + random.nextInt(2) : 0;
            s.dbA[r] = 0.99 + 0.0099 * random.nextDouble();
            s.weight[r] = 0.1 + random.nextDouble();
            total += s.weight[r];
            s.zoneA[r] = 0.999 + 0.00099 * random.nextDouble();
            s.zoneMttr[r] = 0.5 + 6 * random.nextDouble();
            s.dbZoneRedundant[r] = random.nextDouble() < 0.3;
            if (s.dbN[r] > 0) {
                s.copies.add(r);
            }
        }
        for (int r = 0; r < s.regions; r++) {
            s.weight[r] /= total;
        }
        for (int p = 0; p < 2; p++) {
            s.providerA[p] = 0.999 + 0.00099 * random.nextDouble();
            s.providerMttr[p] = 0.1 + 6 * random.nextDouble();
        }
        if (!s.copies.isEmpty()) {
            // Single primary only with one copy or two (an unambiguous successor); multi-primary with any number.
            s.strategy = s.copies.size() <= 2 && random.nextBoolean() ? WriteStrategy.SINGLE_PRIMARY
                    : WriteStrategy.MULTI_PRIMARY;
        }
        s.ttl = 10 + random.nextInt(111);
        s.interval = 5 + random.nextInt(26);
        s.threshold = 1 + random.nextInt(3);
        s.tailShare = random.nextBoolean() ? 0 : 0.1 * random.nextDouble();
        s.tailSeconds = random.nextInt(1200);
        s.switchover = 10 + random.nextInt(111);
        s.q = random.nextBoolean() ? 0 : 0.05 * random.nextDouble();
        s.decisionMinutes = 1 + random.nextInt(20);
        return s;
    }

    private static Topology topology(Spec s) {
        Topology t = Topology.EMPTY;
        List<RouteWeight> weights = new ArrayList<>();
        List<String> copyIds = new ArrayList<>();
        for (int r = 0; r < s.regions; r++) {
            String id = "r" + r;
            t = t.withRegion(new Region(id, null, id, PROVIDERS[s.provider[r]], new GeoPoint(10 * r, 20 * r), "",
                    s.regionA[r], REGION_MTTR, s.zones[r], s.zoneA[r], s.zoneMttr[r]));
            t = t.withComponent(new Component("api-" + id, "api", id, s.apiN[r], 0.1,
                    Reliability.ofSla(s.apiA[r]), new ComponentSpec.Service(1e9, 0.8)));
            if (s.dbN[r] > 0) {
                DatabaseRole role = s.strategy == WriteStrategy.SINGLE_PRIMARY && r != s.copies.get(0)
                        ? DatabaseRole.REPLICA : DatabaseRole.PRIMARY;
                t = t.withComponent(new Component("db-" + id, "db", id, s.dbN[r], 0.5, Reliability.ofSla(s.dbA[r]),
                        new ComponentSpec.Database("postgresql", role, 5000, 1, PROMOTE), null,
                        s.dbZoneRedundant[r]))
                        .withLink(Link.dependency("dep-" + id, "api-" + id, "db-" + id));
                copyIds.add("db-" + id);
            }
            weights.add(new RouteWeight(id, s.weight[r]));
        }
        for (int p = 0; p < 2; p++) {
            t = t.withProviderProfile(new ProviderProfile(PROVIDERS[p], s.providerA[p], s.providerMttr[p]));
        }
        if (s.strategy != null) {
            t = t.withDataset(new Dataset("data", "data", s.strategy, ConflictResolution.NONE, 10, 100, false, null,
                    copyIds, 0));
        }
        t = t.withRouting(new GlobalRouting(RoutingKind.LATENCY_DNS, s.ttl, s.interval, s.threshold, 0, s.tailShare,
                s.tailSeconds, Reliability.ofSla(1.0), 0));
        t = t.withAssumptions(Assumptions.DEFAULTS.withSwitchover(s.switchover, s.q, s.decisionMinutes));
        return t.withPopulation(new Population("p", "p", new GeoPoint(0, 0), 100, 0.9, null, null, weights));
    }

    /** One state: which providers and regions are down, which pools are down, which databases are switching. */
    private static final class State {
        boolean[] providerDown = new boolean[2];
        boolean[] regionDown;
        boolean[] apiDown;
        boolean[] dbDown;
        boolean[] dbSwitching;

        State(int regions) {
            regionDown = new boolean[regions];
            apiDown = new boolean[regions];
            dbDown = new boolean[regions];
            dbSwitching = new boolean[regions];
        }

        boolean regionUp(Spec s, int r) {
            return !providerDown[s.provider[r]] && !regionDown[r];
        }

        boolean dbUp(Spec s, int r, boolean countSwitching) {
            return regionUp(s, r) && s.dbN[r] > 0 && !dbDown[r] && !(countSwitching && dbSwitching[r]);
        }

        boolean serves(Spec s, int r, boolean countSwitching) {
            return regionUp(s, r) && !apiDown[r] && (s.dbN[r] == 0 || dbUp(s, r, countSwitching));
        }
    }

    /** Σ over single failures of rate × unserved seconds, for reads and writes. */
    private static double[] oracle(Spec s) {
        double[] sum = new double[2];
        for (int p = 0; p < 2; p++) {
            State st = new State(s.regions);
            st.providerDown[p] = true;
            charge(s, st, (1 - s.providerA[p]) * HOURS_PER_YEAR / s.providerMttr[p], s.providerMttr[p] * 3600, sum);
        }
        for (int r = 0; r < s.regions; r++) {
            State st = new State(s.regions);
            st.regionDown[r] = true;
            charge(s, st, (1 - s.regionA[r]) * HOURS_PER_YEAR / REGION_MTTR, REGION_MTTR * 3600, sum);
            // Zones that can fail on their own: none with 0 or 1 (that zone is the region); else no more than hold an
            // instance (a zone-redundant database holds none but its active node, in zone 0).
            boolean zr = s.dbZoneRedundant[r];
            int zones = s.zones[r] < 2 ? 0 : Math.min(s.zones[r], Math.max(s.apiN[r], zr ? 1 : s.dbN[r]));
            for (int z = 0; z < zones; z++) {
                State zs = new State(s.regions);
                // Instance i lives in zone i mod zones; a pool needing 1 dies when every instance is in zone z.
                zs.apiDown[r] = allIn(s.apiN[r], zones, z);
                if (s.dbN[r] > 0) {
                    zs.dbDown[r] = !zr && allIn(s.dbN[r], zones, z);
                    // Its active instance 0 lives in zone 0: a surviving pool with a spare, or a zone-redundant one
                    // (its standby is inside the managed service), switches over.
                    zs.dbSwitching[r] = !zs.dbDown[r] && (s.dbN[r] > 1 || zr) && z == 0;
                }
                double zoneMttr = s.zoneMttr[r];
                charge(s, zs, (1 - s.zoneA[r]) * HOURS_PER_YEAR / zoneMttr, zoneMttr * 3600, sum);
            }
            // A 1-of-n pool fails when its last instance does: n (1 − a)^n / MTTR a year, and stays down MTTR / n.
            State api = new State(s.regions);
            api.apiDown[r] = true;
            int n = s.apiN[r];
            charge(s, api, n * Math.pow(1 - s.apiA[r], n) / INSTANCE_MTTR * HOURS_PER_YEAR,
                    INSTANCE_MTTR / n * 3600, sum);
            if (s.dbN[r] > 0) {
                State db = new State(s.regions);
                db.dbDown[r] = true;
                int m = s.dbN[r];
                charge(s, db, m * Math.pow(1 - s.dbA[r], m) / INSTANCE_MTTR * HOURS_PER_YEAR,
                        INSTANCE_MTTR / m * 3600, sum);
                if (m == 2) {
                    // The active fails while the standby is up: a² × (1 − a) / (a × MTTR) a year.
                    State sw = new State(s.regions);
                    sw.dbSwitching[r] = true;
                    double a = s.dbA[r];
                    charge(s, sw, a * (1 - a) / INSTANCE_MTTR * HOURS_PER_YEAR, INSTANCE_MTTR * 3600, sum);
                }
            }
        }
        return sum;
    }

    private static boolean allIn(int instances, int zones, int zone) {
        for (int i = 0; i < instances; i++) {
            if (i % zones != zone) {
                return false;
            }
        }
        return true;
    }

    /** Adds rate × the unserved seconds of one failure state lasting {@code end} seconds. */
    private static void charge(Spec s, State st, double perYear, double end, double[] sum) {
        boolean anyServes = false;
        double moved = 0;
        double switched = 0;
        for (int r = 0; r < s.regions; r++) {
            boolean serves = st.serves(s, r, false);
            anyServes |= serves;
            if (!serves) {
                moved += s.weight[r];
            } else if (!st.serves(s, r, true)) {
                switched += s.weight[r];
            }
        }
        if (!anyServes) {
            return; // nowhere to go: static downtime
        }
        double detectionAndReconnect = s.interval * s.threshold + RECONNECT;
        double manual = s.decisionMinutes * 60;
        double moveArea = area(s, detectionAndReconnect, end);
        double switchArea = (1 - s.q) * Math.min(s.switchover, end) + s.q * Math.min(s.switchover + manual, end);
        double read = moved * moveArea + switched * switchArea;
        double write = 0;
        if (writable(s, st, false)) {
            boolean leaderLost = s.strategy == WriteStrategy.SINGLE_PRIMARY && !st.dbUp(s, s.copies.get(0), false);
            if (leaderLost) {
                double w = s.interval * s.threshold + PROMOTE + RECONNECT;
                double wait = (1 - s.q) * Math.min(w, end) + s.q * Math.min(w + manual, end);
                double overlap = (1 - s.q) * area(s, detectionAndReconnect, Math.min(w, end))
                        + s.q * area(s, detectionAndReconnect, Math.min(w + manual, end));
                // ∫ 1 − (1 − moved × a)(1 − c) = C + moved × A − moved × ∫ a c.
                write = wait + moved * moveArea - moved * overlap;
            } else {
                double blocked = s.strategy != null && !writable(s, st, true) ? 1
                        : s.strategy == WriteStrategy.SINGLE_PRIMARY && !st.dbUp(s, s.copies.get(0), true) ? 1 : 0;
                double overlap = (1 - s.q) * area(s, detectionAndReconnect, Math.min(s.switchover, end))
                        + s.q * area(s, detectionAndReconnect, Math.min(s.switchover + manual, end));
                // ∫ moved a + blocked b (1 − switched − moved a) + switched b.
                write = moved * moveArea + blocked * (1 - switched) * switchArea - blocked * moved * overlap
                        + switched * switchArea;
            }
        }
        sum[0] += perYear * read;
        sum[1] += perYear * write;
    }

    private static boolean writable(Spec s, State st, boolean countSwitching) {
        if (s.strategy == null) {
            return true;
        }
        for (int r : s.copies) {
            if (st.dbUp(s, r, countSwitching)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ∫₀^x of the unserved share of a moved user: 1 until detection + reconnect (o), then down in a straight line to
     * the tail share σ over one TTL, σ until o + max(TTL, tail seconds), then 0.
     */
    private static double area(Spec s, double o, double x) {
        double ttl = s.ttl;
        double sigma = s.tailShare;
        double stale = sigma > 0 ? Math.max(ttl, s.tailSeconds) : ttl;
        double total = Math.min(x, o);
        if (x > o) {
            double u = Math.min(x - o, ttl);
            // ∫₀^u (1 − (1 − σ) t / ttl) dt
            total += u - (1 - sigma) * u * u / (2 * ttl);
        }
        if (x > o + ttl) {
            total += sigma * (Math.min(x, o + stale) - (o + ttl));
        }
        return total;
    }
}
