package io.meridian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.availability.RepairTimes;
import io.meridian.model.CommonCauses;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DependencyKind;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalChange;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RoutingKind;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated years' mean annual downtime equals the exact engine's expectation within the simulation's own
 * interval, on designs that exercise each part of the failure model: providers, regions with zones, k-of-n pools,
 * failover charges, the routing layer, a global change and a third-party dependency, lognormal repairs.
 */
class SimulatedMeanTest {
    private static final int YEARS = 20_000;

    /** Two AWS regions of three zones, 6 API instances of which 4 carry the load, a database each; routing. */
    static Topology twoRegionsWithZones() {
        Topology t = Topology.EMPTY;
        for (String[] r : new String[][] {{"east", "39", "-77"}, {"west", "45", "-120"}}) {
            t = t.withRegion(new Region(r[0], null, r[0], Provider.AWS,
                    new GeoPoint(Double.parseDouble(r[1]), Double.parseDouble(r[2])), "", 0.9995, 4, 3));
            t = t.withComponent(new Component("api-" + r[0], "api", r[0], 6, 0.1, Reliability.ofSla(0.999),
                    new ComponentSpec.Service(500, 0.8)));
            t = t.withComponent(new Component("db-" + r[0], "db", r[0], 1, 0.5, Reliability.ofSla(0.9995),
                    new ComponentSpec.Database("postgresql", io.meridian.model.DatabaseRole.PRIMARY, 5000, 1, 30)));
            t = t.withLink(io.meridian.model.Link.dependency("d-" + r[0], "api-" + r[0], "db-" + r[0]));
        }
        return t.withPopulation(new Population("east-users", "East", new GeoPoint(40, -74), 1500, 0.9, null, null,
                        List.of()))
                .withPopulation(new Population("west-users", "West", new GeoPoint(37, -122), 1000, 0.9, null, null,
                        List.of()))
                .withRouting(new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0.02, 300,
                        Reliability.ofSla(0.99995), 0));
    }

    private static void assertMeansAgree(RiskReport report) {
        assertThat(report.populations()).isNotEmpty();
        for (PopulationRisk p : report.populations()) {
            assertThat(p.annual().mean()).as(p.populationId())
                    .isCloseTo(p.expectedMinutes(), within(3 * p.annual().halfWidth()));
            assertThat(p.annual().halfWidth()).as("a useful interval").isLessThan(0.1 * p.expectedMinutes());
        }
        assertThat(report.notes()).as("no population off its expectation").isEmpty();
    }

    @Test
    void zonesPoolsProvidersAndFailoverCharges() {
        // 120 s of failover per event: charges are a visible part of the expectation here.
        assertMeansAgree(RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), null,
                RiskSettings.DEFAULTS.withYears(YEARS, YEARS)));
    }

    @Test
    void commonCausesTakeTheirShareOnTopOfTheStructure() {
        // A global change 2×/yr for 3 h reaching half the regions; an identity provider at 99.95% for the East users.
        Topology t = twoRegionsWithZones().withCommonCauses(new CommonCauses(new GlobalChange(2, 3, 2),
                List.of(new ThirdPartyDependency("idp", "Identity", DependencyKind.IDENTITY,
                        Reliability.ofSla(0.9995), List.of("east-users")))));
        RiskReport report = RiskDesigns.run(t, FailoverTimings.uniform(120), null,
                RiskSettings.DEFAULTS.withYears(YEARS, YEARS));
        assertMeansAgree(report);
        // East: its own loss and the identity provider's 0.05%: about 263 min more than West's.
        double east = report.populations().get(0).expectedMinutes();
        double west = report.populations().get(1).expectedMinutes();
        assertThat(east - west).isGreaterThan(200);
    }

    @Test
    void lognormalRepairsKeepTheMeanAndWidenTheTail() {
        RiskSettings years = RiskSettings.DEFAULTS.withYears(YEARS, YEARS);
        RiskReport exponential = RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), null, years);
        RiskReport lognormal = RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), null,
                years.withRepairs(RepairTimes.lognormal(1.5)));
        assertMeansAgree(lognormal);
        // Same mean, heavier tail: the 99th percentile year is worse with lognormal repairs of σ = 1.5.
        assertThat(lognormal.overall().p99()).isGreaterThan(exponential.overall().p99());
    }

    @Test
    void theSameSeedGivesTheSameYearsOnOneThreadOrTwo() {
        RiskSettings settings = RiskSettings.DEFAULTS.withYears(4_000, 4_000);
        RiskReport one = RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), 0.9999,
                settings.withThreads(1));
        RiskReport two = RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), 0.9999,
                settings.withThreads(2));
        assertThat(two).isEqualTo(one);
        RiskReport other = RiskDesigns.run(twoRegionsWithZones(), FailoverTimings.uniform(120), 0.9999,
                settings.withSeed(7));
        assertThat(other.overall().mean()).isNotEqualTo(one.overall().mean());
    }
}
