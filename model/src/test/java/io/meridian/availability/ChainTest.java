package io.meridian.availability;

import static io.meridian.availability.Designs.collapsing;
import static io.meridian.availability.Designs.database;
import static io.meridian.availability.Designs.dataset;
import static io.meridian.availability.Designs.evaluate;
import static io.meridian.availability.Designs.loadBalancer;
import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.population;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Provider;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import org.junit.jupiter.api.Test;

/** Inside a region (series, k-of-n, zones) and across regions for writes (each write strategy). */
class ChainTest {

    /** lb (99.99%) → api (3 × 99%, 100 req/s each) → db (99.9%), and a soft link to a flaky cache. */
    private static Topology chain(double requestsPerSecond) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withComponent(loadBalancer("lb", "use1", 0.9999))
                .withComponent(service("api", "use1", 3, 0.99, 100))
                .withComponent(database("db", "use1", DatabaseRole.PRIMARY, 0.999))
                .withComponent(new Component("cache", "cache", "use1", 1, 0, Reliability.ofSla(0.5),
                        new ComponentSpec.Cache("redis")))
                .withLink(Link.dependency("lb-api", "lb", "api"))
                .withLink(Link.dependency("api-db", "api", "db"))
                .withLink(new Link("api-cache", LinkKind.DEPENDENCY, "api", "cache", false, null, 0, null, null))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, requestsPerSecond, 1.0, null)));
    }

    @Test
    void aRegionIsTheSeriesOfItsHardChainWithTheServiceAsKOfN() {
        // 150 req/s over 100 req/s per instance: k = 2 of 3 → 0.999702. Series: 0.9999 × 0.999702 × 0.999
        // = 0.9986024277702; × region 0.9995 = 0.9981031265563. The soft cache dependency does not count.
        AvailabilityReport r = evaluate(chain(150), 0);
        assertThat(r.overall().value()).isCloseTo(0.9981031265563, within(1e-12));
        // The 99.9% database is the weakest link: first in the ranking, gaining 0.9981031265563 × (1/0.999 − 1)
        // = 0.0009991022288.
        assertThat(r.importance().get(0).elementId()).isEqualTo("db");
        assertThat(r.importance().get(0).availabilityGain()).isCloseTo(0.0009991022288, within(1e-12));
        assertThat(r.importance()).noneMatch(e -> e.elementId().equals("cache"));
    }

    @Test
    void aPoolThatCannotCarryTheLoadNeverServesWhenItCollapses() {
        // 400 req/s needs 4 instances of 100 req/s; there are 3, and without admission control they serve nobody.
        Topology t = chain(400).withComponent(collapsing("api", "use1", 3, 0.99, 100));
        AvailabilityReport r = evaluate(t, 0);
        assertThat(r.overall().value()).isZero();
        assertThat(r.notes()).anyMatch(n -> n.contains("'api' needs 4 instances"));
    }

    @Test
    void aPoolThatCannotCarryTheLoadServesWhatItCanWhenItSheds() {
        // The same 400 req/s on 3 × 100 req/s, shedding: with all 3 up (k = 3, all it has) it serves 300 / 400 =
        // 0.75 of the requests. Up: region 0.9995 × lb 0.9999 × api 0.99³ × db 0.999 = 0.96874715...;
        // read = 0.75 × that = 0.7265603641843764 (no other region to move to, so nothing else changes).
        AvailabilityReport r = evaluate(chain(400), 0);
        assertThat(r.overall().value()).isCloseTo(0.7265603641843764, within(1e-12));
        assertThat(r.notes()).anyMatch(n -> n.contains("'api' needs 4 instances") && n.contains("sheds"));
    }

    @Test
    void instancesSpreadOverZonesShareTheirZonesFate() {
        // A perfect region with 2 zones and 2 perfect instances, one per zone (zone availability 0.9999).
        Topology base = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 1.0, 39.0, -77.5, 2))
                .withComponent(service("api", "use1", 2, 1.0, 100))
                .withRouting(routing(1.0)));
        // 150 req/s needs both instances, so both zones: 0.9999² = 0.99980001.
        Topology both = base.withPopulation(users("us", 40.7, -74.0, 150, 1.0, null));
        assertThat(evaluate(both, 0).overall().value()).isCloseTo(0.99980001, within(1e-12));
        // 50 req/s needs one: down only with both zones, 1 − 0.0001² = 0.99999999.
        Topology one = base.withPopulation(users("us", 40.7, -74.0, 50, 1.0, null));
        assertThat(evaluate(one, 0).overall().value()).isCloseTo(0.99999999, within(1e-12));
    }

    /** Two regions at 99.9% each running a perfect service (no dependency on the data) and one copy of the data. */
    private static Topology twoRegions(double regionAvailability) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, regionAvailability, 39.0, -77.5))
                .withRegion(region("usw2", Provider.AWS, regionAvailability, 45.5, -122.7))
                .withComponent(service("api1", "use1", 1, 1.0, 1000))
                .withComponent(service("api2", "usw2", 1, 1.0, 1000))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, 100, 0.9, null)));
    }

    @Test
    void singlePrimaryWritesNeedTheLeaderOrItsPromotedReplica() {
        Topology t = twoRegions(0.999)
                .withComponent(database("db1", "use1", DatabaseRole.PRIMARY, 0.99))
                .withComponent(database("db2", "usw2", DatabaseRole.REPLICA, 0.99))
                .withLink(Link.replication("r12", "db1", "db2", ReplicationMode.ASYNC))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, "db1", "db2"));
        PopulationAvailability us = population(evaluate(t, 30), "us");
        // Reads: 1 − 0.001² = 0.999999.
        assertThat(us.staticAvailability().read().value()).isCloseTo(0.999999, within(1e-12));
        // Writes: both regions up (0.998001) and db1 or db2 up (1 − 0.01² = 0.9999): 0.9979011999; one region up
        // (2 × 0.999 × 0.001) and its database up (0.99): 0.00197802. Sum 0.9998792199.
        assertThat(us.staticAvailability().write().value()).isCloseTo(0.9998792199, within(1e-12));
        // Headline: 0.9 × 0.999999 + 0.1 × 0.9998792199 = 0.99998702199.
        assertThat(us.staticAvailability().requestWeighted().value()).isCloseTo(0.99998702199, within(1e-12));
        // Failover (30 s): the users sit on use1 (nearest). use1 fails 0.001 × 8766 / 4 = 2.1915 times a year,
        // moving their reads: 2.1915 × 30 / 31,557,600 = 2.0833e-6. Their writes also stall whenever db1 fails
        // (0.01 × 8766 / 1 h = 87.66 a year) until db2 is promoted: (2.1915 + 87.66) × 30 / 31,557,600
        // = 8.541731e-5.
        assertThat(us.failoverLoss().value()).isCloseTo(2.1915 * 30 / 31_557_600, within(1e-15));
        assertThat(us.withFailover().write().value())
                .isCloseTo(0.9998792199 - 89.8515 * 30 / 31_557_600, within(1e-12));
    }

    @Test
    void withoutACopyElsewhereWritesWaitForTheLeader() {
        Topology t = twoRegions(0.999)
                .withComponent(database("db1", "use1", DatabaseRole.PRIMARY, 0.99))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, "db1"));
        // Writes need use1 and db1: 0.999 × 0.99 = 0.98901 (use1 up also means the users are served).
        assertThat(population(evaluate(t, 0), "us").staticAvailability().write().value())
                .isCloseTo(0.98901, within(1e-12));
    }

    @Test
    void aMajorityQuorumIsTwoOfThreeRegions() {
        Topology t = twoRegions(0.99)
                .withRegion(region("euw1", Provider.AWS, 0.99, 53.3, -6.3))
                .withComponent(database("v1", "use1", DatabaseRole.VOTER, 1.0))
                .withComponent(database("v2", "usw2", DatabaseRole.VOTER, 1.0))
                .withComponent(database("v3", "euw1", DatabaseRole.VOTER, 1.0))
                .withDataset(dataset("ledger", WriteStrategy.MAJORITY_QUORUM, "v1", "v2", "v3"));
        PopulationAvailability us = population(evaluate(t, 0), "us");
        // Reads: use1 or usw2 (euw1 runs no service): 1 − 0.01² = 0.9999.
        assertThat(us.staticAvailability().read().value()).isCloseTo(0.9999, within(1e-12));
        // Writes: 2 of 3 voter regions up and a serving region up. 2-of-3 at 0.99 = 0.999702, of which the
        // state "only euw1 and nothing else"… cannot occur (2 of 3 up always includes use1 or usw2): 0.999702.
        assertThat(us.staticAvailability().write().value()).isCloseTo(0.999702, within(1e-12));
    }

    @Test
    void twoPhaseCommitNeedsEveryCopyAndMultiPrimaryAnyCopy() {
        Topology copies = twoRegions(0.99)
                .withComponent(database("c1", "use1", DatabaseRole.PRIMARY, 1.0))
                .withComponent(database("c2", "usw2", DatabaseRole.PRIMARY, 1.0));
        Topology twoPhase = copies.withDataset(dataset("d", WriteStrategy.TWO_PHASE_COMMIT, "c1", "c2"));
        Topology multi = copies.withDataset(dataset("d", WriteStrategy.MULTI_PRIMARY, "c1", "c2"));
        // 2PC: both regions, 0.99² = 0.9801. Multi-primary: either, 1 − 0.01² = 0.9999.
        assertThat(population(evaluate(twoPhase, 0), "us").staticAvailability().write().value())
                .isCloseTo(0.9801, within(1e-12));
        assertThat(population(evaluate(multi, 0), "us").staticAvailability().write().value())
                .isCloseTo(0.9999, within(1e-12));
    }
}
