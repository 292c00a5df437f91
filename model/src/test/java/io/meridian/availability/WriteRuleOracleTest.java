package io.meridian.availability;

import static io.meridian.availability.Designs.database;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.recovery.FailoverTimings;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.PromotionMode;
import io.meridian.model.Provider;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle for single-leader writes with a promotion order and synchronous acknowledgements: every
 * up/down state of providers, regions, service instances and database nodes is enumerated here, from the design's
 * own numbers, and the write rule is applied as the file format states it (never through the engine's helpers).
 * The exact engine must agree to 1e-12 on every random design.
 */
class WriteRuleOracleTest {
    private static final int DESIGNS = 60;
    private static final ReplicationMode[] MODES = {ReplicationMode.SYNC, ReplicationMode.SEMI_SYNC,
            ReplicationMode.ASYNC};

    /** The random design in the oracle's own terms. */
    private record Plan(List<String> regions, List<Provider> providers, List<Double> regionA, List<String> apis,
                        List<Integer> apiRegion, List<Integer> apiInstances, List<Double> apiA, List<String> dbs,
                        List<Integer> dbRegion, List<Double> dbA, List<Link> links, List<String> order) {
    }

    @Test
    void theExactEngineAgreesWithABruteForceEnumeration() {
        Random random = new Random(2026);
        for (int d = 0; d < DESIGNS; d++) {
            Plan plan = randomPlan(random);
            Topology t = topology(plan, random.nextBoolean() ? WriteStrategy.SINGLE_PRIMARY : WriteStrategy.HOME_REGION);
            AvailabilityReport r = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
            PopulationAvailability p = r.populations().get(0);
            assertThat(p.method().kind()).as("design %d", d).isEqualTo(Method.Kind.EXACT);
            double[] oracle = enumerate(plan, t);
            assertThat(p.staticAvailability().read().value()).as("design %d read", d).isCloseTo(oracle[0], within(1e-12));
            assertThat(p.staticAvailability().write().value()).as("design %d write: %s", d, plan)
                    .isCloseTo(oracle[1], within(1e-12));
        }
    }

    private static Plan randomPlan(Random random) {
        int regions = 2 + random.nextInt(3);
        List<String> ids = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        List<Double> regionA = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            ids.add("r" + r);
            providers.add(random.nextBoolean() ? Provider.AWS : Provider.GCP);
            regionA.add(0.9 + 0.099 * random.nextDouble());
        }
        List<String> apis = new ArrayList<>();
        List<Integer> apiRegion = new ArrayList<>();
        List<Integer> apiInstances = new ArrayList<>();
        List<Double> apiA = new ArrayList<>();
        int serving = 1 + random.nextInt(2);
        for (int s = 0; s < serving; s++) {
            apis.add("api" + s);
            apiRegion.add(s);
            apiInstances.add(1 + random.nextInt(2));
            apiA.add(0.9 + 0.099 * random.nextDouble());
        }
        List<String> dbs = new ArrayList<>();
        List<Integer> dbRegion = new ArrayList<>();
        List<Double> dbA = new ArrayList<>();
        int copies = 2 + random.nextInt(2);
        for (int c = 0; c < copies; c++) {
            dbs.add("db" + c);
            dbRegion.add(random.nextInt(regions));
            dbA.add(0.9 + 0.099 * random.nextDouble());
        }
        List<Link> links = new ArrayList<>();
        for (int a = 0; a < copies; a++) {
            for (int b = 0; b < copies; b++) {
                if (a != b && random.nextDouble() < 0.5) {
                    links.add(Link.replication("l" + a + b, dbs.get(a), dbs.get(b), MODES[random.nextInt(3)]));
                }
            }
        }
        List<String> others = new ArrayList<>(dbs.subList(1, copies));
        Collections.shuffle(others, random);
        List<String> order = new ArrayList<>(others.subList(0, random.nextInt(others.size() + 1)));
        return new Plan(ids, providers, regionA, apis, apiRegion, apiInstances, apiA, dbs, dbRegion, dbA, links, order);
    }

    /** db0 is the one primary; the others are replicas; every database is promoted in the stated order. */
    private static Topology topology(Plan plan, WriteStrategy strategy) {
        Topology t = Topology.EMPTY;
        for (int r = 0; r < plan.regions().size(); r++) {
            t = t.withRegion(region(plan.regions().get(r), plan.providers().get(r), plan.regionA().get(r),
                    10 * r, 10 * r));
        }
        for (int s = 0; s < plan.apis().size(); s++) {
            // A capacity far above the load: one instance carries it (k = 1).
            t = t.withComponent(service(plan.apis().get(s), plan.regions().get(plan.apiRegion().get(s)),
                    plan.apiInstances().get(s), plan.apiA().get(s), 1e6));
        }
        for (int c = 0; c < plan.dbs().size(); c++) {
            t = t.withComponent(database(plan.dbs().get(c), plan.regions().get(plan.dbRegion().get(c)),
                    c == 0 ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA, plan.dbA().get(c)));
        }
        for (Link l : plan.links()) {
            t = t.withLink(l);
        }
        return t.withDataset(new Dataset("data", "data", strategy, ConflictResolution.NONE, 10, 100, false, null,
                        plan.dbs(), 0, PromotionMode.AUTOMATIC, plan.order(), null))
                .withPopulation(users("users", 0, 0, 100, 0.5, null));
    }

    /** {P(served), P(served and writable)}, summed over every state. */
    private static double[] enumerate(Plan plan, Topology t) {
        int regions = plan.regions().size();
        List<Provider> providers = plan.providers().stream().distinct().toList();
        List<double[]> units = new ArrayList<>();
        for (Provider p : providers) {
            units.add(new double[] {t.provider(p).availability()});
        }
        for (double a : plan.regionA()) {
            units.add(new double[] {a});
        }
        int apiStart = units.size();
        for (int s = 0; s < plan.apis().size(); s++) {
            for (int i = 0; i < plan.apiInstances().get(s); i++) {
                units.add(new double[] {plan.apiA().get(s)});
            }
        }
        int dbStart = units.size();
        for (double a : plan.dbA()) {
            units.add(new double[] {a});
        }
        double served = 0;
        double written = 0;
        for (long state = 0; state < 1L << units.size(); state++) {
            double p = 1;
            boolean[] up = new boolean[units.size()];
            for (int u = 0; u < units.size(); u++) {
                up[u] = (state & (1L << u)) != 0;
                p *= up[u] ? units.get(u)[0] : 1 - units.get(u)[0];
            }
            boolean[] regionUp = new boolean[regions];
            for (int r = 0; r < regions; r++) {
                regionUp[r] = up[providers.size() + r] && up[providers.indexOf(plan.providers().get(r))];
            }
            boolean serves = false;
            int unit = apiStart;
            for (int s = 0; s < plan.apis().size(); s++) {
                boolean any = false;
                for (int i = 0; i < plan.apiInstances().get(s); i++) {
                    any |= up[unit++];
                }
                serves |= any && regionUp[plan.apiRegion().get(s)];
            }
            if (!serves) {
                continue;
            }
            served += p;
            boolean[] dbUp = new boolean[plan.dbs().size()];
            for (int c = 0; c < dbUp.length; c++) {
                dbUp[c] = up[dbStart + c] && regionUp[plan.dbRegion().get(c)];
            }
            if (writable(plan, dbUp)) {
                written += p;
            }
        }
        return new double[] {served, written};
    }

    /**
     * The rule as docs/file-format.md states it: the leader (db0), else the first up copy of the promotion order,
     * leads; writes go through when it and every target of its sync links, other than the copies it replaced, are up.
     */
    private static boolean writable(Plan plan, boolean[] dbUp) {
        List<String> line = new ArrayList<>();
        line.add(plan.dbs().get(0));
        line.addAll(plan.order());
        for (int i = 0; i < line.size(); i++) {
            String c = line.get(i);
            if (!dbUp[plan.dbs().indexOf(c)]) {
                continue;
            }
            List<String> replaced = line.subList(0, i);
            for (Link l : plan.links()) {
                if (l.from().equals(c) && l.mode() == ReplicationMode.SYNC && !replaced.contains(l.to())
                        && !dbUp[plan.dbs().indexOf(l.to())]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
