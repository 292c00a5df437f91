package io.meridian.availability;

import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.CommonCauses;
import io.meridian.model.DependencyKind;
import io.meridian.model.GlobalChange;
import io.meridian.model.Provider;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle for the common causes: every up/down state of providers, regions, service instances, the
 * routing layer and each third-party dependency, and whether a global change is under way, enumerated here from the
 * design's own numbers. A request is served when routing and every dependency its population uses are up, some region
 * it may use is up with an instance up, and (while a change is under way) it is not among the share 1/waves the change
 * reached. The exact engine must agree to 1e-12; Monte Carlo must hold the oracle inside its interval.
 */
class CommonCausesOracleTest {
    private static final int DESIGNS = 60;

    /** The random design in the oracle's own terms. */
    private record Plan(List<Provider> regionProvider, List<Double> regionA, List<Integer> instances,
                        List<Double> instanceA, Double routingA, double changePerYear, double changeHours,
                        int waves, List<Double> dependencyA, List<boolean[]> usedBy, int populations) {
    }

    @Test
    void theExactEngineAgreesWithABruteForceEnumeration() {
        Random random = new Random(1010);
        for (int d = 0; d < DESIGNS; d++) {
            Plan plan = randomPlan(random);
            Topology t = topology(plan);
            AvailabilityReport r = AvailabilityEngine.evaluate(t, 0);
            double[] oracle = enumerate(plan, t);
            for (int i = 0; i < plan.populations(); i++) {
                PopulationAvailability p = r.populations().get(i);
                assertThat(p.method().kind()).isEqualTo(Method.Kind.EXACT);
                assertThat(p.staticAvailability().requestWeighted().value()).as("design %d population %d: %s", d, i,
                        plan).isCloseTo(oracle[i], within(1e-12));
            }
        }
    }

    @Test
    void monteCarloHoldsTheOracleInsideItsInterval() {
        Random random = new Random(77);
        for (int d = 0; d < 10; d++) {
            Plan plan = randomPlan(random);
            Topology t = topology(plan);
            AvailabilityReport r = AvailabilityEngine.evaluate(t, 0, 0);
            double[] oracle = enumerate(plan, t);
            for (int i = 0; i < plan.populations(); i++) {
                Method m = r.populations().get(i).method();
                assertThat(m.kind()).isEqualTo(Method.Kind.MONTE_CARLO);
                assertThat(oracle[i]).as("design %d population %d", d, i).isBetween(m.confidenceLow() - 1e-12,
                        m.confidenceHigh() + 1e-12);
            }
        }
    }

    private static Plan randomPlan(Random random) {
        int regions = 1 + random.nextInt(3);
        List<Provider> providers = new ArrayList<>();
        List<Double> regionA = new ArrayList<>();
        List<Integer> instances = new ArrayList<>();
        List<Double> instanceA = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            providers.add(random.nextBoolean() ? Provider.AWS : Provider.GCP);
            regionA.add(0.95 + 0.0499 * random.nextDouble());
            instances.add(1 + random.nextInt(2));
            instanceA.add(0.9 + 0.099 * random.nextDouble());
        }
        Double routingA = random.nextDouble() < 0.2 ? null : 0.99 + 0.0099 * random.nextDouble();
        double perYear = random.nextDouble() < 0.2 ? 0 : 4 * random.nextDouble();
        double hours = 10 * random.nextDouble();
        int waves = 1 + random.nextInt(5);
        int populations = 1 + random.nextInt(3);
        List<Double> dependencyA = new ArrayList<>();
        List<boolean[]> usedBy = new ArrayList<>();
        int dependencies = random.nextInt(4);
        for (int k = 0; k < dependencies; k++) {
            dependencyA.add(0.99 + 0.0099 * random.nextDouble());
            boolean[] uses = new boolean[populations];
            for (int i = 0; i < populations; i++) {
                uses[i] = random.nextBoolean();
            }
            usedBy.add(uses);
        }
        return new Plan(providers, regionA, instances, instanceA, routingA, perYear, hours, waves, dependencyA, usedBy,
                populations);
    }

    private static Topology topology(Plan plan) {
        Topology t = Topology.EMPTY;
        for (int r = 0; r < plan.regionA().size(); r++) {
            t = t.withRegion(region("r" + r, plan.regionProvider().get(r), plan.regionA().get(r), 10 * r, 10 * r))
                    // One instance carries every population's load (k = 1).
                    .withComponent(service("api" + r, "r" + r, plan.instances().get(r), plan.instanceA().get(r), 1e6));
        }
        if (plan.routingA() != null) {
            t = t.withRouting(routing(plan.routingA()));
        }
        for (int i = 0; i < plan.populations(); i++) {
            t = t.withPopulation(users("p" + i, 5 * i, 5 * i, 100 + 50 * i, 0.3 * i, null));
        }
        List<ThirdPartyDependency> dependencies = new ArrayList<>();
        for (int k = 0; k < plan.dependencyA().size(); k++) {
            List<String> ids = new ArrayList<>();
            boolean all = true;
            for (int i = 0; i < plan.populations(); i++) {
                if (plan.usedBy().get(k)[i]) {
                    ids.add("p" + i);
                } else {
                    all = false;
                }
            }
            // Nobody listed is written as every population: the oracle follows the file format's rule.
            if (ids.isEmpty()) {
                java.util.Arrays.fill(plan.usedBy().get(k), true);
            }
            dependencies.add(new ThirdPartyDependency("dep" + k, "dep" + k, DependencyKind.OTHER,
                    Reliability.ofSla(plan.dependencyA().get(k)), all ? List.of() : ids));
        }
        return t.withCommonCauses(new CommonCauses(new GlobalChange(plan.changePerYear(), plan.changeHours(),
                plan.waves()), dependencies));
    }

    /** Per population, the expected served share summed over every state. */
    private static double[] enumerate(Plan plan, Topology t) {
        int regions = plan.regionA().size();
        List<Provider> providers = plan.regionProvider().stream().distinct().toList();
        List<Double> units = new ArrayList<>();
        for (Provider p : providers) {
            units.add(t.provider(p).availability());
        }
        units.addAll(plan.regionA());
        int instanceStart = units.size();
        for (int r = 0; r < regions; r++) {
            for (int k = 0; k < plan.instances().get(r); k++) {
                units.add(plan.instanceA().get(r));
            }
        }
        int routingUnit = units.size();
        units.add(plan.routingA() == null ? 1.0 : plan.routingA());
        // "Up" for the change means no change under way: 1 − events/yr × hours / 8,766 h.
        int changeUnit = units.size();
        units.add(1 - plan.changePerYear() * plan.changeHours() / 8766.0);
        int dependencyStart = units.size();
        units.addAll(plan.dependencyA());
        double[] served = new double[plan.populations()];
        for (long state = 0; state < 1L << units.size(); state++) {
            double p = 1;
            boolean[] up = new boolean[units.size()];
            for (int u = 0; u < units.size(); u++) {
                up[u] = (state & (1L << u)) != 0;
                p *= up[u] ? units.get(u) : 1 - units.get(u);
            }
            if (p == 0) {
                continue;
            }
            boolean any = false;
            int unit = instanceStart;
            for (int r = 0; r < regions; r++) {
                boolean instanceUp = false;
                for (int k = 0; k < plan.instances().get(r); k++) {
                    instanceUp |= up[unit++];
                }
                any |= instanceUp && up[providers.size() + r]
                        && up[providers.indexOf(plan.regionProvider().get(r))];
            }
            if (!any || !up[routingUnit]) {
                continue;
            }
            double share = up[changeUnit] ? 1 : 1 - 1.0 / plan.waves();
            for (int i = 0; i < plan.populations(); i++) {
                boolean dependenciesUp = true;
                for (int k = 0; k < plan.dependencyA().size(); k++) {
                    dependenciesUp &= !plan.usedBy().get(k)[i] || up[dependencyStart + k];
                }
                served[i] += dependenciesUp ? p * share : 0;
            }
        }
        return served;
    }
}
