package io.meridian.availability;

import static io.meridian.availability.Designs.database;
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

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import org.junit.jupiter.api.Test;

/** Item 7 of issue 10: only the request path counts, zones per region, one zone is the region, zone redundancy. */
class ZonesAndRequestPathTest {

    /** lb (0.9999) → api (1 × 0.9995) → db (0.9996) in a 0.9995 region without zones, and a 0.9 batch worker. */
    private static Topology withWorker(boolean loadBalancer) {
        Topology t = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withComponent(service("api", "use1", 1, 0.9995, 1000))
                .withComponent(database("db", "use1", DatabaseRole.PRIMARY, 0.9996))
                .withComponent(service("worker", "use1", 1, 0.9, 1000))
                .withLink(Link.dependency("api-db", "api", "db"))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, 100, 1.0, null)));
        return loadBalancer ? t.withComponent(loadBalancer("lb", "use1", 0.9999))
                .withLink(Link.dependency("lb-api", "lb", "api")) : t;
    }

    @Test
    void anUnusedBatchWorkerDoesNotDragTheRegion() {
        // Requests enter by the load balancer and need what it reaches over hard dependencies: lb, api, db. The
        // worker is on no path. Region 0.9995 × lb 0.9999 × api 0.9995 × db 0.9996 = 0.9985007898350101; counting
        // the worker too (the old rule: every service) would give × 0.9 = 0.8986507108515092.
        AvailabilityReport r = evaluate(withWorker(true), 0);
        assertThat(r.overall().value()).isCloseTo(0.9985007898350101, within(1e-12));
        assertThat(r.importance()).noneMatch(e -> e.elementId().equals("worker"));
    }

    @Test
    void withoutALoadBalancerEveryServiceNothingCallsIsAnEntry() {
        // No load balancer: the routing layer reaches the services nothing calls, api and worker alike, so both
        // count: 0.9995 × api 0.9995 × db 0.9996 × worker 0.9 = 0.8987405849100002.
        assertThat(evaluate(withWorker(false), 0).overall().value()).isCloseTo(0.8987405849100002, within(1e-12));
        // Called by the API over a soft dependency, the worker is behind it and degrades only: 0.9995 × 0.9995 ×
        // 0.9996 = 0.99860049910.
        Topology soft = withWorker(false).withLink(new Link("api-worker", LinkKind.DEPENDENCY, "api", "worker",
                false, null, 0, null, null));
        assertThat(evaluate(soft, 0).overall().value()).isCloseTo(0.9995 * 0.9995 * 0.9996, within(1e-12));
    }

    /** A perfect API of one instance in a 0.999 region with the given zones. */
    private static Topology oneInstance(Region r) {
        return perfectProviders(Topology.EMPTY.withRegion(r)
                .withComponent(service("api", r.id(), 1, 1.0, 1000))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, 100, 1.0, null)));
    }

    @Test
    void aRegionWithOneZoneIsThatZone() {
        // zones: 1: the zone's outages are the region's, already in its 0.999: 0.999, not 0.999 × 0.9999.
        Region one = region("use1", Provider.AWS, 0.999, 39.0, -77.5, 1);
        assertThat(evaluate(oneInstance(one), 0).overall().value()).isCloseTo(0.999, within(1e-12));
        // zones: 2: the instance lives in zone 0, which fails on its own: 0.999 × 0.9999 = 0.9989001.
        Region two = region("use1", Provider.AWS, 0.999, 39.0, -77.5, 2);
        assertThat(evaluate(oneInstance(two), 0).overall().value()).isCloseTo(0.9989001, within(1e-12));
        // The region's own zone availability replaces the default: 0.999 × 0.999 = 0.998001.
        assertThat(evaluate(oneInstance(two.withZoneAvailability(0.999)), 0).overall().value())
                .isCloseTo(0.998001, within(1e-12));
        // ... and with one zone it is not used at all.
        assertThat(evaluate(oneInstance(one.withZoneAvailability(0.5)), 0).overall().value())
                .isCloseTo(0.999, within(1e-12));
    }

    /** A perfect region of 3 zones at 0.999 each: api (3 perfect instances, 1 needed) → db (1 perfect instance). */
    private static Topology threeZones(boolean zoneRedundant) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 1.0, 39.0, -77.5, 3).withZoneAvailability(0.999))
                .withComponent(service("api", "use1", 3, 1.0, 1000))
                .withComponent(database("db", "use1", DatabaseRole.PRIMARY, 1.0).withZoneRedundant(zoneRedundant))
                .withLink(Link.dependency("api-db", "api", "db"))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, 100, 1.0, null)));
    }

    @Test
    void aZoneRedundantDatabaseSurvivesAnyZoneAPinnedOneDiesWithZoneZero() {
        // Pinned: the database's instance lives in zone 0, so the region serves while zone 0 is up (and then the
        // api's zone-0 instance is up too): 0.999.
        assertThat(evaluate(threeZones(false), 0).overall().value()).isCloseTo(0.999, within(1e-12));
        // Zone-redundant: no zone takes it; only all three zones down stop the api: 1 − 0.001³ = 0.999999999.
        assertThat(evaluate(threeZones(true), 0).overall().value()).isCloseTo(0.999999999, within(1e-12));
    }

    /** One 0.9995 region of two zones: a perfect API (2 instances) → a perfect database of one instance. */
    private static Topology twoZoneRegion(Region r, boolean zoneRedundant) {
        Component db = database("db", "use1", DatabaseRole.PRIMARY, 1.0).withZoneRedundant(zoneRedundant);
        return perfectProviders(Topology.EMPTY.withRegion(r)
                .withComponent(service("api", "use1", 2, 1.0, 1e6))
                .withComponent(db)
                .withLink(Link.dependency("dep", "api", "db"))
                .withRouting(routing(1.0))
                .withAssumptions(Assumptions.DEFAULTS.withSwitchover(90, 0, 15))
                .withPopulation(users("us", 40, -75, 100, 1.0, null)));
    }

    @Test
    void aZoneRedundantDatabasePaysItsSwitchoverWhenTheZoneOfItsActiveNodeFails() {
        Region r = region("use1", Provider.AWS, 0.9995, 39.0, -77.5, 2);
        // Pinned to zone 0: a zone-0 outage takes it down for the zone's repair, static downtime of a region with
        // nowhere to go: 0.9995 × 0.9999 = 0.99940005, and no zone event is charged a switchover.
        PopulationAvailability pinned = population(AvailabilityEngine.evaluate(twoZoneRegion(r, false)), "us");
        assertThat(pinned.staticAvailability().read().value()).isCloseTo(0.99940005, within(1e-12));
        assertThat(pinned.withFailover().read().availability().inputs().getOrDefault("zone events: unserved s/yr",
                0.0)).isCloseTo(0, within(1e-12));
        // Zone-redundant: down only with both zones (the api's two instances): 0.9995 × (1 − 0.0001²)
        // = 0.999499990005. Its active node sits in zone 0; that zone fails 0.0001 × 8766 / 3.5 = 0.250457142857
        // times a year and each costs the 90 s switchover: 22.54114285714286 s/yr.
        PopulationAvailability redundant = population(AvailabilityEngine.evaluate(twoZoneRegion(r, true)), "us");
        assertThat(redundant.staticAvailability().read().value()).isCloseTo(0.999499990005, within(1e-12));
        assertThat(redundant.withFailover().read().availability().inputs().get("zone events: unserved s/yr"))
                .isCloseTo(22.54114285714286, within(1e-9));
    }

    @Test
    void theRegionsZoneRepairTimeSetsHowOftenItsZonesFail() {
        // Same availability, half the repair time: twice the events. 0.0001 × 8766 / 1.75 = 0.500914285714 a year
        // × 90 s = 45.08228571428572 s/yr; with zone availability 0.9998 as well, twice again: 90.16457142857143.
        Region r = region("use1", Provider.AWS, 0.9995, 39.0, -77.5, 2).withZoneMttrHours(1.75);
        PopulationAvailability us = population(AvailabilityEngine.evaluate(twoZoneRegion(r, true)), "us");
        assertThat(us.withFailover().read().availability().inputs().get("zone events: unserved s/yr"))
                .isCloseTo(45.08228571428572, within(1e-9));
        us = population(AvailabilityEngine.evaluate(twoZoneRegion(r.withZoneAvailability(0.9998), true)), "us");
        assertThat(us.withFailover().read().availability().inputs().get("zone events: unserved s/yr"))
                .isCloseTo(90.16457142857143, within(1e-9));
    }
}
