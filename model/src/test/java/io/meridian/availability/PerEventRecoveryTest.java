package io.meridian.availability;

import static io.meridian.availability.Designs.database;
import static io.meridian.availability.Designs.dataset;
import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.population;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.DatabaseRole;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.recovery.RecoveryEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each failure event costs its own recovery, worked by hand on minimal designs. */
class PerEventRecoveryTest {
    private static final double SECONDS_PER_YEAR = 8766 * 3600.0;

    /** DNS routing, TTL 60 s, health checks 10 s × 3, with the given stale-client tail. */
    private static GlobalRouting dns(double tailShare, double tailSeconds) {
        return new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, tailShare, tailSeconds,
                Reliability.ofSla(1.0), 0);
    }

    /**
     * use1 (0.9995, 4 h) and usw2 (0.999, 4 h), a perfect API in each, 60% / 40% of one population's traffic, and a
     * dataset of the given strategy with a perfect copy in each region (no dependency: copies matter to writes only).
     */
    private static Topology twoRegions(WriteStrategy strategy, GlobalRouting routing) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRegion(region("usw2", Provider.AWS, 0.999, 45.5, -122.7))
                .withComponent(service("api-use1", "use1", 1, 1.0, 1e6))
                .withComponent(service("api-usw2", "usw2", 1, 1.0, 1e6))
                .withComponent(database("db-use1", "use1", DatabaseRole.PRIMARY, 1.0))
                .withComponent(database("db-usw2", "usw2", strategy == WriteStrategy.SINGLE_PRIMARY
                        ? DatabaseRole.REPLICA : DatabaseRole.PRIMARY, 1.0))
                .withDataset(dataset("data", strategy, "db-use1", "db-usw2"))
                .withRouting(routing)
                .withPopulation(new Population("us", "us", new GeoPoint(40, -95), 1000, 0.9, null, null,
                        List.of(new RouteWeight("use1", 0.6), new RouteWeight("usw2", 0.4)))));
    }

    @Test
    void twoPhaseCommitReadsPayTheirOwnRecoveryNotTheWritesRepair() {
        Topology t = twoRegions(WriteStrategy.TWO_PHASE_COMMIT, dns(0, 0));
        // The design's RTO: 2PC writes wait for the 4 h repair, 30 + 14,400 + 5 = 14,435 s.
        assertThat(RecoveryEngine.evaluate(t).rto().rto().value()).isEqualTo(14_435);
        PopulationAvailability us = population(AvailabilityEngine.evaluate(t), "us");
        // Region events: use1 0.0005 × 8766 / 4 = 1.09575 /yr moving 60%, usw2 2.1915 /yr moving 40%: 1.53405 moved
        // a year. A moved user's reads: detection 30 + reconnect 5 + the TTL ramp's area 60 / 2 = 65 s (95 s until
        // the last one). 1.53405 × 65 = 99.71325 s/yr, where the single RTO charged 1.53405 × 14,495 = 22,236 s/yr.
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(99.71325, within(1e-9));
        assertThat(us.failoverLoss().value()).isCloseTo(99.71325 / SECONDS_PER_YEAR, within(1e-15));
        // 2PC writes cannot commit while either region is down: static downtime, nothing more to charge.
        assertThat(us.failoverLoss().inputs().get("unserved write s/yr")).isZero();
    }

    @Test
    void aRegionEventBehindDnsCostsTheExpectedExpiryAndTheStaleTail() {
        Topology t = twoRegions(WriteStrategy.MULTI_PRIMARY, dns(0.02, 900));
        PopulationAvailability us = population(AvailabilityEngine.evaluate(t), "us");
        // A moved user: 30 + 5 + 98% × 60 / 2 (expected expiry, not the full TTL) + 2% × 900 s stale
        // = 35 + 29.4 + 18 = 82.4 s. 1.53405 moved a year × 82.4 = 126.40572 s/yr.
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(126.40572, within(1e-9));
        // Multi-primary: every copy takes writes, so moved writes cost the same as moved reads.
        assertThat(us.failoverLoss().inputs().get("unserved write s/yr")).isCloseTo(126.40572, within(1e-9));
        assertThat(us.withFailover().read().value())
                .isCloseTo(us.staticAvailability().read().value() - 126.40572 / SECONDS_PER_YEAR, within(1e-15));
    }

    @Test
    void writesWaitForTheirPromotionAndAFailedPromotionForTheOperator() {
        Topology t = twoRegions(WriteStrategy.SINGLE_PRIMARY, dns(0, 0));
        PopulationAvailability us = population(AvailabilityEngine.evaluate(t), "us");
        // use1 fails (1.09575 /yr): 60% move, and the leader db-use1 is lost. A copy takes writes at 30 + 30
        // (promoteSeconds) + 5 = 65 s, or with 1% failure on demand at 65 + 900 s (15 min operator decision).
        //   0..65 s: nothing served (moved or not, the leader is gone)            65
        //   65..965 s: served = 0.99 × (1 − 0.6 × unserved read share):
        //     1% wait for the operator: 0.01 × 900                                 9
        //     99% of the 60% moved still on the TTL ramp 65..95 s: 0.99 × 0.6 × 7.5  4.455
        //   = 78.455 s. usw2 fails (2.1915 /yr): 40% move, the leader is fine: 0.4 × 65 = 26 s.
        // Writes: 1.09575 × 78.455 + 2.1915 × 26 = 85.96706625 + 56.979 = 142.94606625 s/yr.
        assertThat(us.failoverLoss().inputs().get("unserved write s/yr")).isCloseTo(142.94606625, within(1e-9));
        // Reads: 1.53405 × 65 = 99.71325 s/yr, as for any strategy.
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(99.71325, within(1e-9));
    }

    /** One region with two zones: a perfect API (2 instances) depending on a database of 2 instances at 0.999. */
    private static Topology multiAz(Double switchoverSeconds, Assumptions assumptions) {
        Component db = database("db", "use1", DatabaseRole.PRIMARY, 0.999).withInstances(2)
                .withSwitchoverSeconds(switchoverSeconds);
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5, 2))
                .withComponent(service("api", "use1", 2, 1.0, 1e6))
                .withComponent(db)
                .withLink(Link.dependency("dep", "api", "db"))
                .withRouting(dns(0, 0))
                .withAssumptions(assumptions)
                .withPopulation(Designs.users("us", 40, -75, 100, 0.9, null)));
    }

    @Test
    void aMultiAzDatabaseCostsItsSwitchoverEachTimeItsActiveInstanceFails() {
        Topology t = multiAz(null, Assumptions.DEFAULTS.withSwitchover(90, 0, 15));
        PopulationAvailability us = population(AvailabilityEngine.evaluate(t), "us");
        // The active instance fails while the standby is up: P(both up) × λ × 8766, λ = (1 − a) / (a × 1 h)
        // = a (1 − a) × 8766 = 0.999 × 0.001 × 8766 = 8.757234 switchovers a year. A zone event takes zone 0 (where
        // the active lives) 0.0001 × 8766 / 3.5 = 0.250457142857 times a year and the standby in zone 1 takes over.
        // Each costs the 90 s switchover (AWS RDS Multi-AZ): (8.757234 + 0.250457142857) × 90 = 810.69220286 s/yr.
        // The one region has nowhere to move users: its own failures are static downtime.
        double perYear = 0.999 * 0.001 * 8766 + 0.0001 * 8766 / 3.5;
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(perYear * 90, within(1e-9));
        assertThat(us.withFailover().read().availability().inputs().get("in-region switchover events: unserved s/yr"))
                .isCloseTo(8.757234 * 90, within(1e-9));
        assertThat(us.withFailover().read().availability().inputs().get("zone events: unserved s/yr"))
                .isCloseTo(0.0001 * 8766 / 3.5 * 90, within(1e-9));
        assertThat(us.failoverLoss().inputs().get("unserved write s/yr")).isCloseTo(perYear * 90, within(1e-9));
    }

    @Test
    void aSwitchoverThatFailsOnDemandWaitsForTheOperatorAndAComponentMayStateItsOwnTime() {
        // Defaults: 1% fail on demand and cost 15 min more: 0.99 × 90 + 0.01 × (90 + 900) = 89.1 + 9.9 = 99 s.
        double perYear = 0.999 * 0.001 * 8766 + 0.0001 * 8766 / 3.5;
        PopulationAvailability us = population(AvailabilityEngine.evaluate(multiAz(null, Assumptions.DEFAULTS)), "us");
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(perYear * 99, within(1e-9));
        // An Aurora-like 30 s: 0.99 × 30 + 0.01 × 930 = 29.7 + 9.3 = 39 s.
        us = population(AvailabilityEngine.evaluate(multiAz(30.0, Assumptions.DEFAULTS)), "us");
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(perYear * 39, within(1e-9));
    }
}
