package io.meridian.availability;

import io.meridian.recovery.FailoverTimings;
import static io.meridian.availability.Designs.database;
import static io.meridian.availability.Designs.dataset;
import static io.meridian.availability.Designs.loadBalancer;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monte Carlo, forced with a zero threshold, against the exact enumeration of the same design. */
class MonteCarloTest {

    /**
     * Three regions on two providers, each lb → api (2 instances) → db, one region with two zones; a single-primary
     * dataset replicated use1 → usw2; a US population free to use all, an EU one pinned to euw1 and usw2.
     */
    static Topology design() {
        Topology t = Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5, 2))
                .withRegion(region("usw2", Provider.AWS, 0.999, 45.5, -122.7))
                .withRegion(region("euw1", Provider.GCP, 0.998, 53.3, -6.3))
                .withProviderProfile(new ProviderProfile(Provider.GCP, 0.9999, 4))
                .withRouting(routing(0.99999))
                .withZone(new ResidencyZone("eu", "EU", List.of("euw1", "usw2")))
                .withPopulation(users("us", 40.7, -74.0, 300, 0.9, null))
                .withPopulation(users("eu-users", 48.9, 2.4, 100, 0.7, "eu"));
        for (String r : List.of("use1", "usw2", "euw1")) {
            t = t.withComponent(loadBalancer("lb-" + r, r, 0.9999))
                    .withComponent(service("api-" + r, r, 2, 0.99, 1000))
                    .withComponent(database("db-" + r, r, r.equals("use1") ? DatabaseRole.PRIMARY
                            : DatabaseRole.REPLICA, 0.9995))
                    .withLink(Link.dependency("lb-api-" + r, "lb-" + r, "api-" + r))
                    .withLink(Link.dependency("api-db-" + r, "api-" + r, "db-" + r));
        }
        return t.withLink(Link.replication("repl", "db-use1", "db-usw2", ReplicationMode.ASYNC))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, "db-use1", "db-usw2"));
    }

    @Test
    void monteCarloAgreesWhenTheSurvivorsShedAtTheInstanceLevel() {
        // 2 instances of 180 req/s per region: us (300 req/s) needs both in use1; when use1's chain breaks it moves to
        // usw2, which serves all of it with both instances up and 180 / 300 = 60% with one.
        Topology t = design();
        for (String r : List.of("use1", "usw2", "euw1")) {
            t = t.withComponent(service("api-" + r, r, 2, 0.99, 180));
        }
        AvailabilityReport exact = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(30));
        AvailabilityReport sampled = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(30), 0);
        AvailabilityReport plain = AvailabilityEngine.evaluate(design(), FailoverTimings.uniform(30));
        for (int i = 0; i < exact.populations().size(); i++) {
            double truth = exact.populations().get(i).staticAvailability().requestWeighted().value();
            PopulationAvailability m = sampled.populations().get(i);
            assertThat(truth).isBetween(m.method().confidenceLow(), m.method().confidenceHigh());
        }
        // The shedding is real: the US population loses availability against the roomy design.
        assertThat(exact.populations().get(0).staticAvailability().read().value())
                .isLessThan(plain.populations().get(0).staticAvailability().read().value() - 1e-5);
    }

    @Test
    void monteCarloAgreesWithTheExactResultWithinItsInterval() {
        AvailabilityReport exact = AvailabilityEngine.evaluate(design(), FailoverTimings.uniform(30));
        AvailabilityReport sampled = AvailabilityEngine.evaluate(design(), FailoverTimings.uniform(30), 0);
        for (int i = 0; i < exact.populations().size(); i++) {
            PopulationAvailability e = exact.populations().get(i);
            PopulationAvailability m = sampled.populations().get(i);
            assertThat(e.method().kind()).isEqualTo(Method.Kind.EXACT);
            assertThat(m.method().kind()).isEqualTo(Method.Kind.MONTE_CARLO);
            assertThat(m.method().description()).contains("monte-carlo").contains("95% CI");
            double truth = e.staticAvailability().requestWeighted().value();
            assertThat(truth).isBetween(m.method().confidenceLow(), m.method().confidenceHigh());
            // The interval says something: narrower than the downtime it estimates.
            double width = m.method().confidenceHigh() - m.method().confidenceLow();
            assertThat(width).isLessThan(1 - truth);
            // Failover charges do not depend on the method.
            assertThat(m.failoverLoss().value()).isEqualTo(e.failoverLoss().value());
        }
        // The ranking's leader agrees.
        assertThat(sampled.importance().get(0).elementId()).isEqualTo(exact.importance().get(0).elementId());
    }

    @Test
    void aFixedSeedGivesTheSameEstimateTwice() {
        FailureStructure s = new FailureStructure(design());
        List<Element> elements = AvailabilityEngine.elements(s);
        MonteCarloSampling.Result a = MonteCarloSampling.run(s, FailoverOverloads.of(s, s.capacity), elements, 5_000, MonteCarloSampling.SEED);
        MonteCarloSampling.Result b = MonteCarloSampling.run(s, FailoverOverloads.of(s, s.capacity), elements, 5_000, MonteCarloSampling.SEED);
        assertThat(a.read()).containsExactly(b.read());
        assertThat(a.write()).containsExactly(b.write());
    }
}
