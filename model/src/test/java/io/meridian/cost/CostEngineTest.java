package io.meridian.cost;

import static io.meridian.cost.CostDesigns.async;
import static io.meridian.cost.CostDesigns.cache;
import static io.meridian.cost.CostDesigns.database;
import static io.meridian.cost.CostDesigns.dataset;
import static io.meridian.cost.CostDesigns.loadBalancer;
import static io.meridian.cost.CostDesigns.objectStore;
import static io.meridian.cost.CostDesigns.region;
import static io.meridian.cost.CostDesigns.routing;
import static io.meridian.cost.CostDesigns.service;
import static io.meridian.cost.CostDesigns.threeAws;
import static io.meridian.cost.CostDesigns.topology;
import static io.meridian.cost.CostDesigns.withDowntimeCost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.Assumptions;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Defaults;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.io.StringReader;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CostEngineTest {
    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> EXACT = within(1e-9);

    // ---- compute and stores

    @Test
    void computeIsInstancesTimesHourlyPriceTimes730Hours() {
        Topology t = topology(List.of(region("use1", Provider.AWS)),
                List.of(service("api", "API", "use1", 1, 0.096), service("api2", "API 2", "use1", 50, 0.096)),
                List.of(), List.of());

        CostReport r = CostEngine.evaluate(t, 1);

        // one m5.large: 1 × $0.096 × 730 h = $70.08; fifty: 50 × 70.08 = $3,504.00
        assertThat(r.lines().get(0).monthly().value()).isCloseTo(70.08, EXACT);
        assertThat(r.lines().get(1).monthly().value()).isCloseTo(3504.00, EXACT);
        assertThat(r.monthly(CostCategory.COMPUTE)).isCloseTo(3574.08, EXACT);
        assertThat(r.monthly().value()).isCloseTo(3574.08, EXACT);
        // 12 × 3,574.08 = 42,888.96
        assertThat(r.annual().value()).isCloseTo(42888.96, EXACT);
        assertThat(r.lines().get(0).description()).isEqualTo("API: 1 × $0.096/h × 730 h");
        assertThat(r.lines().get(0).monthly().formula()).isEqualTo("instances × hourly price × 730 h");
        assertThat(CostEngine.monthlyInstances("m5.large", 1, 0.096).value()).isCloseTo(70.08, EXACT);
    }

    @Test
    void oneBillPricesTheDowntimeOfAnyAvailabilityOnTop() {
        // The bill needs no availability (an evaluation works it out beside the availability engine): 50 m5.large at
        // $3,504 a month, $42,048 a year; at $100,000 an hour of downtime, 99.9% is 8.766 h a year, $876,600, and
        // 99.99% is 0.8766 h, $87,660.
        Topology t = withDowntimeCost(topology(List.of(region("use1", Provider.AWS)),
                List.of(service("api", "API", "use1", 50, 0.096)), List.of(), List.of()), 100_000);
        CostBill bill = CostEngine.bill(io.meridian.latency.EvaluationContext.of(t), PriceCatalog.builtin());
        assertThat(bill.annual().value()).isCloseTo(42_048, EXACT);

        CostReport three = CostEngine.evaluate(bill, 0.999);
        CostReport four = CostEngine.evaluate(bill, 0.9999);
        assertThat(three.downtimeHoursPerYear().value()).isCloseTo(8.766, EXACT);
        assertThat(three.downtimeCostPerYear().value()).isCloseTo(876_600, Offset.offset(1e-6));
        assertThat(three.totalAnnualCost().value()).isCloseTo(918_648, Offset.offset(1e-6));
        assertThat(four.downtimeCostPerYear().value()).isCloseTo(87_660, Offset.offset(1e-6));
        assertThat(four.lines()).isEqualTo(three.lines());
        assertThat(four.availability()).isEqualTo(0.9999);
        // And the same report as the engine's one-step evaluation at that availability.
        assertThat(three).isEqualTo(CostEngine.evaluate(t, 0.999));
        assertThatThrownBy(() -> CostEngine.evaluate(bill, 1.5)).isInstanceOf(ModelException.class);
    }

    @Test
    void managedStoresArePricedPerNodeAndObjectStorageByTheGb() {
        Topology t = topology(List.of(region("use1", Provider.AWS)), List.of(
                database("db", "use1", DatabaseRole.PRIMARY, 2, 0.25),
                cache("redis", "use1", 3, 0.206),
                objectStore("s3", "use1", 1000),
                loadBalancer("alb", "use1", 0.0225)), List.of(), List.of());

        CostReport r = CostEngine.evaluate(t, 1);

        // database 2 × 0.25 × 730 = 365; cache 3 × 0.206 × 730 = 451.14;
        // S3 1,000 GB × $0.023 (built-in aws object-storage) = 23; ALB 1 × 0.0225 × 730 = 16.425
        assertThat(r.lines()).extracting(l -> l.monthly().value())
                .containsExactly(365.0, 451.14, 23.0, 16.425);
        assertThat(r.monthly(CostCategory.STORES)).isCloseTo(855.565, EXACT);
        assertThat(r.monthly(CostCategory.COMPUTE)).isZero();
        assertThat(r.byCategory()).extracting(CategoryCost::category).containsExactly(CostCategory.values());
        assertThat(r.byRegion()).singleElement().satisfies(rc -> {
            assertThat(rc.regionId()).isEqualTo("use1");
            assertThat(rc.monthly().value()).isCloseTo(855.565, EXACT);
        });
    }

    @Test
    void statedHourlyPriceWinsAndAnUnpricedComponentNamedLikeAnItemTakesTheCatalogue() {
        Topology t = topology(List.of(region("use1", Provider.AWS), region("g", Provider.GCP)), List.of(
                service("listed", "m5.large", "use1", 2, 0),
                service("stated", "m5.large", "use1", 2, 0.08),
                service("unknown", "API", "use1", 2, 0),
                service("wrongCloud", "m5.large", "g", 2, 0)), List.of(), List.of());

        CostReport r = CostEngine.evaluate(t, 1);

        // listed: 2 × $0.096 × 730 = 140.16; stated: 2 × 0.08 × 730 = 116.8; no item 'api'; gcp has no m5.large
        assertThat(r.lines()).extracting(l -> l.monthly().value()).containsExactly(140.16, 116.8, 0.0, 0.0);
        assertThat(r.lines().get(0).description()).contains("aws:m5.large list price");
        assertThat(r.notes()).contains(
                "Component 'listed' states no hourly price; it is priced at the catalogue's aws:m5.large ($0.096/h).",
                "Component 'unknown' has no hourly price, so it costs nothing here.",
                "Component 'wrongCloud' has no hourly price, so it costs nothing here.");

        // the user's catalogue overrides the built-in list price: 2 × 0.05 × 730 = 73
        PriceCatalog mine = PriceCatalog.builtin().withOverrides(PriceCatalog.load(new StringReader(
                "provider,category,item,unit,price,note\naws,compute,m5.large,hour,0.05\n"), "mine.csv"));
        CostReport overridden = CostEngine.evaluate(t, 1, mine);
        assertThat(overridden.lines()).extracting(l -> l.monthly().value()).containsExactly(73.0, 116.8, 0.0, 0.0);
        assertThat(overridden.prices()).endsWith("overridden by mine.csv");
    }

    // ---- transfer

    @Test
    void transferIsBytesWrittenTimesPricePerGbTimesDestinations() {
        // 1,000 writes/s of 1 KB (1,000 bytes) from a primary in a to replicas in b and c
        Topology t = topology(threeAws(), List.of(database("pa", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("rb", "b", DatabaseRole.REPLICA, 1, 0), database("rc", "c", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("pa", "rb"), async("pa", "rc")),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "pa", "rb", "rc")));

        CostReport r = CostEngine.evaluate(t, 1);

        // 1,000 × 1,000 B × 730 h × 3,600 s = 2.628e12 B = 2,628 GB a month;
        // × $0.02/GB × 2 destinations = $105.12 a month, $52.56 per link, both billed in a
        DatasetTransfer orders = r.transfers().get(0);
        assertThat(orders.gbPerMonth().value()).isCloseTo(2628, EXACT);
        assertThat(orders.destinations().value()).isCloseTo(2, EXACT);
        assertThat(orders.monthly().value()).isCloseTo(105.12, EXACT);
        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value())
                .containsExactly(52.56, 52.56);
        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(105.12, EXACT);
        assertThat(r.byRegion()).extracting(rc -> rc.monthly().value()).containsExactly(105.12, 0.0, 0.0);
        assertThat(r.lines(CostCategory.TRANSFER).get(0).description()).contains("$0.02/GB aws inter-region");
    }

    @Test
    void aChainForwardsEachWriteOncePerHop() {
        // a → b → c: both hops carry every write, 2 destinations, the second billed in b
        Topology t = topology(threeAws(), List.of(database("pa", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("rb", "b", DatabaseRole.REPLICA, 1, 0), database("rc", "c", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("rb", "rc"), async("pa", "rb")),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "pa", "rb", "rc")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(105.12, EXACT);
        assertThat(r.byRegion()).extracting(rc -> rc.monthly().value()).containsExactly(52.56, 52.56, 0.0);
    }

    @Test
    void aTwoWayMultiPrimaryPairSendsEachWriteOnceNotTwice() {
        // the template's sessions: 500 writes/s × 512 B, written in both regions, replicated both ways.
        // 500 × 512 × 730 × 3,600 / 1e9 = 672.768 GB a month; each copy originates half and sends it once:
        // 336.384 GB × $0.02 = $6.72768 per direction, $13.45536 in all = 672.768 × 0.02 × 1 destination
        Topology t = topology(List.of(region("a", Provider.AWS), region("b", Provider.AWS)),
                List.of(cache("ca", "a", 3, 0), cache("cb", "b", 3, 0)),
                List.of(async("ca", "cb"), async("cb", "ca")),
                List.of(dataset("sessions", WriteStrategy.MULTI_PRIMARY, 500, 512, "ca", "cb")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value())
                .startsWith(6.72768, 6.72768);
        assertThat(r.transfers().get(0).destinations().value()).isCloseTo(1, EXACT);
        assertThat(r.transfers().get(0).monthly().value()).isCloseTo(13.45536, EXACT);
        // each 3-node cache sits in a 3-zone region: nodes 1 and 2 are outside the active node's zone 0, so every
        // write also crosses a zone twice in each region: 672.768 GB × 2 × $0.02 (aws 0.01 out + 0.01 in) = 26.91072
        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value())
                .containsExactly(6.72768, 6.72768, 26.91072, 26.91072);
        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(13.45536 + 2 * 26.91072, EXACT);
    }

    @Test
    void fullMeshGrowsAsNSquaredThreeToFiveRegionsIsTwentyOverSix() {
        // a multi-primary full mesh of 3: 6 links, each copy writes a third of 2,628 GB = 876 GB a month
        // and sends it to the 2 others: 6 × 876 × $0.02 = $105.12 (= 2,628 × 0.02 × 2 destinations)
        Topology t = topology(threeAws(), List.of(database("da", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("db", "b", DatabaseRole.PRIMARY, 1, 0), database("dc", "c", DatabaseRole.PRIMARY, 1, 0)),
                List.of(async("da", "db"), async("da", "dc"), async("db", "da"), async("db", "dc"),
                        async("dc", "da"), async("dc", "db")),
                List.of(dataset("carts", WriteStrategy.MULTI_PRIMARY, 1000, 1000, "da", "db", "dc")));

        DatasetTransfer carts = CostEngine.evaluate(t, 1).transfers().get(0);

        assertThat(carts.monthly().value()).isCloseTo(105.12, EXACT);
        assertThat(carts.destinations().value()).isCloseTo(2, EXACT);
        assertThat(carts.fullMeshLinks().value()).isEqualTo(6);
        assertThat(carts.fullMeshMonthly().value()).isCloseTo(105.12, EXACT);
        // the same 876 GB per region in a mesh of 5: 5 × 4 = 20 links × 876 × 0.02 = $350.40
        assertThat(carts.meshGrowth()).extracting(MeshSize::regions).containsExactly(2, 3, 4, 5);
        assertThat(carts.mesh(2).orElseThrow().monthly().value()).isCloseTo(35.04, EXACT);
        assertThat(carts.mesh(3).orElseThrow().monthly().value()).isCloseTo(105.12, EXACT);
        assertThat(carts.mesh(5).orElseThrow().links().value()).isEqualTo(20);
        assertThat(carts.mesh(5).orElseThrow().monthly().value()).isCloseTo(350.40, EXACT);
        assertThat(carts.mesh(5).orElseThrow().monthly().value() / carts.mesh(3).orElseThrow().monthly().value())
                .isCloseTo(20.0 / 6.0, EXACT);
        // the public helper for any size: 10 regions × 9 = 90 links × 100 GB × $0.02 = $180
        assertThat(CostEngine.fullMeshTransfer(10, 100, 0.02).value()).isCloseTo(180, EXACT);
    }

    @Test
    void crossProviderTransferPaysTheSourcesInternetEgress() {
        // 2,628 GB a month from aws to gcp at aws internet egress $0.09/GB = $236.52
        Topology t = topology(List.of(region("a", Provider.AWS), region("g", Provider.GCP)),
                List.of(database("pa", "a", DatabaseRole.PRIMARY, 1, 0), database("rg", "g", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("pa", "rg")),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "pa", "rg")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(236.52, EXACT);
        assertThat(r.lines(CostCategory.TRANSFER).get(0).description()).contains("$0.09/GB aws internet egress to gcp");
    }

    @Test
    void aChangedAssumptionBeatsTheCatalogueAndALeftDefaultFollowsTheUsersFile() {
        Topology base = topology(List.of(region("a", Provider.AWS), region("b", Provider.AWS)),
                List.of(database("pa", "a", DatabaseRole.PRIMARY, 1, 0), database("rb", "b", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("pa", "rb")),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "pa", "rb")));
        PriceCatalog cheap = PriceCatalog.builtin().withOverrides(PriceCatalog.load(new StringReader(
                "provider,category,item,unit,price,note\naws,transfer,inter-region,gb,0.01\n"), "mine.csv"));
        Assumptions d = Assumptions.DEFAULTS;
        Topology stated = base.withAssumptions(new Assumptions(d.fiberKmPerMs(), d.routeInflation(),
                d.overheadRttMs(), d.commitWaitEpsilonMs(), d.downtimeCostPerHour(), d.reconnectSeconds(),
                d.partitionSeconds(), d.wanCutHours(), 0.05));

        // 2,628 GB × $0.01 (user's file) = 26.28; × $0.05 (the design's own assumption) = 131.40
        assertThat(CostEngine.evaluate(base, 1, cheap).monthly(CostCategory.TRANSFER)).isCloseTo(26.28, EXACT);
        assertThat(CostEngine.evaluate(stated, 1, cheap).monthly(CostCategory.TRANSFER)).isCloseTo(131.40, EXACT);
    }

    @Test
    void aCopyNoLinkReachesIsNotedAndAStrayLinkToo() {
        // multi-primary with only a → b drawn: b's half of the writes never reach a
        Topology t = topology(List.of(region("a", Provider.AWS), region("b", Provider.AWS)),
                List.of(cache("ca", "a", 1, 0.1), cache("cb", "b", 1, 0.1), cache("cx", "b", 1, 0.1)),
                List.of(async("ca", "cb"), async("ca", "cx")),
                List.of(dataset("sessions", WriteStrategy.MULTI_PRIMARY, 500, 512, "ca", "cb")));

        CostReport r = CostEngine.evaluate(t, 1);

        // only a's half travels: 672.768 / 2 × 0.02 = 6.72768
        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(6.72768, EXACT);
        assertThat(r.notes()).contains(
                "Copy 'ca' of dataset 'sessions' is reached by no replication link from 'cb', so the transfer it "
                        + "needs is not priced.",
                "Replication link 'ca.to.cx' does not join two copies of one dataset, so its transfer is not priced; "
                        + "list both ends in the dataset's copies.");
    }

    // ---- routing and downtime

    @Test
    void routingIsItsMonthlyPriceAndAnUnpricedOneIsNoted() {
        Topology t = topology(List.of(region("a", Provider.AWS)), List.of(), List.of(), List.of());

        CostReport priced = CostEngine.evaluate(t.withRouting(routing(50)), 1);
        CostReport free = CostEngine.evaluate(t.withRouting(routing(0)), 1);

        assertThat(priced.monthly(CostCategory.ROUTING)).isEqualTo(50);
        assertThat(priced.lines(CostCategory.ROUTING)).singleElement()
                .satisfies(l -> assertThat(l.regionId()).isNull());
        assertThat(free.notes()).anyMatch(n -> n.startsWith("The global routing layer states no monthly price"));
    }

    @Test
    void downtimeCostIsOneMinusATimes8766HoursTimesCostPerHour() {
        Topology t = withDowntimeCost(topology(List.of(region("a", Provider.AWS)),
                List.of(service("api", "API", "a", 75, 0.096)), List.of(), List.of()), 1_000_000);

        CostReport r = CostEngine.evaluate(t, 0.9995);

        // 0.0005 × 8,766 h = 4.383 h a year; × $1M/h = $4,383,000 a year
        assertThat(r.downtimeHoursPerYear().value()).isCloseTo(4.383, EXACT);
        assertThat(r.downtimeCostPerYear().value()).isCloseTo(4_383_000, CENT);
        // compute 75 × 0.096 × 730 = 5,256 a month, 63,072 a year; total 63,072 + 4,383,000 = 4,446,072
        assertThat(r.annual().value()).isCloseTo(63_072, CENT);
        assertThat(r.totalAnnualCost().value()).isCloseTo(4_446_072, CENT);
        assertThat(r.downtimeCostPerYear().inputs()).containsEntry("hours per year", Defaults.HOURS_PER_YEAR);
        assertThat(r.notes()).noneMatch(n -> n.contains("downtime"));
        // two regions at 1 − 0.0005² = 0.99999975: 2.5e-7 × 8,766 × 1e6 = $2,191.50
        assertThat(CostEngine.downtimeCostPerYear(0.99999975, 1_000_000).value()).isCloseTo(2191.5, CENT);
    }

    @Test
    void noDowntimeCostIsSaidAndBadAvailabilityIsOneClearError() {
        Topology t = topology(List.of(region("a", Provider.AWS)), List.of(), List.of(), List.of());

        assertThat(CostEngine.evaluate(t, 0.99).downtimeCostPerYear().value()).isZero();
        assertThat(CostEngine.evaluate(t, 0.99).notes()).contains("The design states no downtime cost per hour "
                + "(assumption downtimeCostPerHour), so downtime costs nothing here.");
        assertThatThrownBy(() -> CostEngine.evaluate(t, 1.5)).isInstanceOf(ModelException.class)
                .hasMessage("availability: must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> CostEngine.evaluate(t, Double.NaN)).isInstanceOf(ModelException.class)
                .hasMessage("availability: must be in [0, 1], got NaN");
    }

    @Test
    void everyTotalExplainsItself() {
        Topology t = topology(List.of(region("a", Provider.AWS)),
                List.of(service("api", "API", "a", 2, 0.096), cache("redis", "a", 1, 0.2)), List.of(), List.of());

        CostReport r = CostEngine.evaluate(t, 1);

        // 2 × 0.096 × 730 = 140.16 and 1 × 0.2 × 730 = 146
        assertThat(r.monthly().inputs()).containsOnlyKeys("service api", "cache redis");
        assertThat(r.monthly().value()).isCloseTo(286.16, EXACT);
        assertThat(r.monthly().explain()).startsWith("monthly cost = 286.2 USD/month = sum of lines");
        assertThat(r.prices()).isEqualTo("prices.csv (as of 2026-11, USD, on-demand, Linux)");
    }

    @Test
    void reportAndComparisonSerializeWithJackson() throws Exception {
        Topology t = topology(List.of(region("a", Provider.AWS), region("b", Provider.AWS)),
                List.of(cache("ca", "a", 1, 0.1), cache("cb", "b", 1, 0.1)),
                List.of(async("ca", "cb"), async("cb", "ca")),
                List.of(dataset("sessions", WriteStrategy.MULTI_PRIMARY, 500, 512, "ca", "cb")));
        CostReport r = CostEngine.evaluate(t, 0.999);

        String json = new ObjectMapper().writeValueAsString(r);
        String comparison = new ObjectMapper().writeValueAsString(CostComparison.compare(List.of(
                new CostVariant("one", "One", r), new CostVariant("two", "Two", CostEngine.evaluate(t, 0.9999)))));

        assertThat(json).contains("\"transfers\"", "\"meshGrowth\"", "\"destinations\"", "\"downtimeCostPerYear\"");
        assertThat(comparison).contains("\"versusBaseline\"", "\"breakEvenDowntimeCostPerHour\"",
                "\"downtimeHoursAvoided\"", "\"monthlyCost\"");
    }
}
