package io.meridian.cost;

import static io.meridian.cost.CostDesigns.async;
import static io.meridian.cost.CostDesigns.catalogRegion;
import static io.meridian.cost.CostDesigns.database;
import static io.meridian.cost.CostDesigns.dataset;
import static io.meridian.cost.CostDesigns.loadBalancer;
import static io.meridian.cost.CostDesigns.objectStore;
import static io.meridian.cost.CostDesigns.service;
import static io.meridian.cost.CostDesigns.topology;
import static io.meridian.cost.CostDesigns.users;
import static io.meridian.cost.CostDesigns.withPopulations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 6: transfer priced where it leaves, egress to users, the commit protocols' traffic, traffic between
 * zones, object-store replication and a provider discount, each worked out by hand. A month is 730 h × 3,600 s =
 * 2,628,000 s, so 1 byte a second is 0.002628 GB a month.
 */
class CostRealismTest {
    private static final Offset<Double> EXACT = within(1e-9);
    /** Sums of products of decimal prices are not exact in binary: equal to 1e-9. */
    private static final java.util.Comparator<Double> CLOSE = (x, y) -> Math.abs(x - y) < 1e-9 ? 0 : Double.compare(x, y);
    private static final Region SAO_PAULO = catalogRegion("sp", "aws:sa-east-1", Provider.AWS, -23.5558, -46.6396, 0);
    private static final Region VIRGINIA = catalogRegion("va", "aws:us-east-1", Provider.AWS, 39.0458, -77.4874, 0);
    private static final Region IRELAND = catalogRegion("ie", "aws:eu-west-1", Provider.AWS, 53.3498, -6.2603, 0);

    // ---- inter-region transfer by source region

    @Test
    void awsBillsInterRegionTransferAtTheSourceRegionsPrice() {
        // three single-primary datasets of 1,000 writes/s × 1,000 B = 2,628 GB a month, each replicated once:
        // out of São Paulo 2,628 × $0.138 = $362.664; out of Virginia 2,628 × $0.02 = $52.56 (6.9 times less);
        // out of Ireland, which has no row of its own, the us-east-1 reference $0.02 = $52.56, with a note
        Topology t = topology(List.of(SAO_PAULO, VIRGINIA, IRELAND), List.of(
                        database("p-sp", "sp", DatabaseRole.PRIMARY, 1, 0), database("r-va", "va", DatabaseRole.REPLICA, 1, 0),
                        database("p-va", "va", DatabaseRole.PRIMARY, 1, 0), database("r-sp", "sp", DatabaseRole.REPLICA, 1, 0),
                        database("p-ie", "ie", DatabaseRole.PRIMARY, 1, 0), database("r-va2", "va", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("p-sp", "r-va"), async("p-va", "r-sp"), async("p-ie", "r-va2")),
                List.of(dataset("from-sp", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "p-sp", "r-va"),
                        dataset("from-va", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "p-va", "r-sp"),
                        dataset("from-ie", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "p-ie", "r-va2")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE)
                .containsExactly(362.664, 52.56, 52.56);
        assertThat(r.lines(CostCategory.TRANSFER)).extracting(CostLine::regionId).containsExactly("sp", "va", "ie");
        assertThat(r.lines(CostCategory.TRANSFER).get(0).description()).contains("$0.138/GB aws inter-region (from "
                + "sa-east-1)");
        assertThat(r.lines(CostCategory.TRANSFER).get(0).monthly().inputs()).containsEntry("price per GB", 0.138);
        assertThat(r.notes()).contains("No source-region aws inter-region price in the catalogue for eu-west-1: priced "
                + "at the provider's reference row (add rows 'inter-region.<region>' to price them where they are "
                + "billed).");
    }

    @Test
    void googleCloudPricesAHopBetweenContinentsApartFromOneWithinAContinent() {
        // 2,628 GB a month from us-central1 to europe-west1 at gcp inter-continent $0.05 = $131.40;
        // to us-east1, in the same continent, at gcp inter-region $0.02 = $52.56
        Region iowa = catalogRegion("ia", "gcp:us-central1", Provider.GCP, 41.2619, -95.8608, 0);
        Region belgium = catalogRegion("be", "gcp:europe-west1", Provider.GCP, 50.4491, 3.8184, 0);
        Region carolina = catalogRegion("sc", "gcp:us-east1", Provider.GCP, 33.1960, -80.0131, 0);
        Topology t = topology(List.of(iowa, belgium, carolina), List.of(database("p", "ia", DatabaseRole.PRIMARY, 1, 0),
                        database("eu", "be", DatabaseRole.REPLICA, 1, 0), database("us", "sc", DatabaseRole.REPLICA, 1, 0)),
                List.of(async("p", "eu"), async("p", "us")),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "p", "eu", "us")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE).containsExactly(131.40, 52.56);
        assertThat(r.lines(CostCategory.TRANSFER).get(0).description()).contains("$0.05/GB gcp inter-continent");
    }

    @Test
    void transferOutOfAProviderWithNoEgressPriceFallsBackToTheAssumptionWithOneNote() {
        // an on-prem primary replicating to Virginia: 2,628 GB at the transferPricePerGb assumption $0.02 = $52.56
        Region dc = new Region("dc", null, "dc", Provider.ONPREM, new GeoPoint(50.11, 8.68), "EU", 0.999, 8, 1);
        Topology t = topology(List.of(dc, VIRGINIA), List.of(database("p", "dc", DatabaseRole.PRIMARY, 1, 0),
                        database("r", "va", DatabaseRole.REPLICA, 1, 0)), List.of(async("p", "r")),
                List.of(dataset("ledger", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "p", "r")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(52.56, EXACT);
        assertThat(r.notes()).contains("No onprem internet-egress price in the price catalogue: transfer from onprem "
                + "to another provider is priced at the transferPricePerGb assumption.")
                .noneMatch(n -> n.contains("leaves its regions"));
    }

    // ---- internet egress to users

    @Test
    void egressIsResponsesTimesTheServingRegionsPrice() {
        // 100 requests/s × 10,000 B = 1 MB/s = 2,628 GB a month out of Virginia at $0.09 = $236.52
        Topology t = withPopulations(topology(List.of(VIRGINIA), List.of(), List.of(), List.of()),
                users("us", 100, 0.9, "va", 10_000.0));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.EGRESS)).singleElement().satisfies(l -> {
            assertThat(l.monthly().value()).isCloseTo(236.52, EXACT);
            assertThat(l.regionId()).isEqualTo("va");
            assertThat(l.monthly().inputs()).containsEntry("GB to us", 2628.0).containsEntry("GB per month", 2628.0);
        });
        assertThat(r.monthly(CostCategory.EGRESS)).isCloseTo(236.52, EXACT);
    }

    @Test
    void egressWalksTheVolumeTiersEachPricingOnlyItsOwnGb() {
        // 1,000 requests/s × 25,000 B = 25 MB/s = 65,700 GB a month out of Virginia:
        // the first 10,240 GB at $0.09 = 921.60; the next 40,960 GB (to 51,200) at $0.085 = 3,481.60;
        // the remaining 14,500 GB at $0.07 = 1,015.00; in all $5,418.20 (not 65,700 × $0.07 = $4,599)
        Topology t = withPopulations(topology(List.of(VIRGINIA), List.of(), List.of(), List.of()),
                users("us", 1000, 0.9, "va", 25_000.0));

        CostLine egress = CostEngine.evaluate(t, 1).lines(CostCategory.EGRESS).get(0);

        assertThat(egress.monthly().value()).isCloseTo(5418.20, EXACT);
        assertThat(egress.monthly().inputs()).containsEntry("GB from 0 at $0.09", 10_240.0)
                .containsEntry("GB from 10,240 at $0.085", 40_960.0).containsEntry("GB from 51,200 at $0.07", 14_500.0);
    }

    @Test
    void egressIsBilledWhereEachShareIsServedAtThatRegionsPrice() {
        // 1,000 requests/s × 1,000 B = 2,628 GB a month, 60% served in Virginia (1,576.8 GB × $0.09 = 141.912) and
        // 40% in São Paulo (1,051.2 GB × its own $0.15 = 157.68); a population that states no size is noted
        Population split = new Population("split", "split", new GeoPoint(0, -60), 1000, 0.9, null, null,
                List.of(new RouteWeight("va", 0.6), new RouteWeight("sp", 0.4)), null, null, 1000.0);
        Topology t = withPopulations(topology(List.of(VIRGINIA, SAO_PAULO), List.of(), List.of(), List.of()),
                split, users("quiet", 10, 0.9, "va", null));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.EGRESS)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE).containsExactly(141.912, 157.68);
        assertThat(r.lines(CostCategory.EGRESS)).extracting(CostLine::regionId).containsExactly("va", "sp");
        assertThat(r.notes()).contains("Population 'quiet' states no responseBytes, so internet egress to it is not "
                + "priced.");
    }

    // ---- the commit protocols' traffic

    /** Three custom AWS regions (priced at the us-east-1 reference, $0.02/GB), far enough apart to be told apart. */
    private static final List<Region> THREE = List.of(
            new Region("a", null, "a", Provider.AWS, new GeoPoint(40, -75), "US", 0.9995, 4, 0),
            new Region("b", null, "b", Provider.AWS, new GeoPoint(51, 0), "EU", 0.9995, 4, 0),
            new Region("c", null, "c", Provider.AWS, new GeoPoint(40, -80), "US", 0.9995, 4, 0));

    @Test
    void twoPhaseCommitMovesItsPreparesVotesDecisionsAndAcknowledgements() {
        // 2PC over copies in a and b, 100 writes/s of 300 B, messages of 200 B. Writes arrive in b (its users
        // write), so b's copy coordinates: to a a prepare (300 + 200) and a decision (200) = 700 B per write, back
        // a vote and an acknowledgement = 400 B. 100 × 700 B/s = 183.96 GB a month × $0.02 = $3.6792 out of b;
        // 100 × 400 B/s = 105.12 GB × $0.02 = $2.1024 out of a. Before issue 11 this design showed $0.
        Topology t = withPopulations(topology(THREE, List.of(database("la", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("lb", "b", DatabaseRole.PRIMARY, 1, 0)), List.of(),
                List.of(dataset("ledger", WriteStrategy.TWO_PHASE_COMMIT, 100, 300, "la", "lb"))),
                users("eu", 100, 0.5, "b", null));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(CostLine::regionId).containsExactly("b", "a");
        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE).containsExactly(3.6792, 2.1024);
        assertThat(r.transfers().get(0).monthly().value()).isCloseTo(5.7816, EXACT);
        assertThat(r.transfers().get(0).destinations().value()).isCloseTo(1, EXACT);
        assertThat(r.transfers().get(0).basis()).startsWith("two-phase commit");
    }

    @Test
    void aWriteReceivedWhereNoParticipantLivesIsForwardedToTheNearestCopyWhichCoordinates() {
        // the same ledger, written by users served in c, which holds no copy: the nearest copy, la in a (5° of
        // longitude away, against b across the Atlantic), coordinates. c → a: the write (300 + 200) = 500 B, a → c:
        // the answer 200 B; a → b: 700 B; b → a: 400 B. GB a month at 100 writes/s: 131.4, 52.56, 183.96, 105.12;
        // × $0.02: 2.628 + 1.0512 + 3.6792 + 2.1024 = $9.4608
        Topology t = withPopulations(topology(THREE, List.of(database("la", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("lb", "b", DatabaseRole.PRIMARY, 1, 0)), List.of(),
                List.of(dataset("ledger", WriteStrategy.TWO_PHASE_COMMIT, 100, 300, "la", "lb"))),
                users("east", 100, 0, "c", null));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.description().substring(0, l.description()
                .indexOf(':'))).containsExactly("ledger two-phase-commit c → a", "ledger two-phase-commit a → c",
                "ledger two-phase-commit a → b", "ledger two-phase-commit b → a");
        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE)
                .containsExactly(2.628, 1.0512, 3.6792, 2.1024);
        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(9.4608, EXACT);
    }

    @Test
    void aQuorumLeaderSendsEveryWriteToEachReplicaAndOnlyItsMessageToAWitness() {
        // majority quorum: leader qa (primary) in a, voter qb in b, witness qc in c; 100 writes/s of 300 B, all
        // received in b. b → a: forwarded write 500 B + qb's acknowledgement 200 B = 700; a → b: the answer 200 +
        // the record to qb 500 = 700; a → c: 200 (no record for a witness); c → a: 200.
        // 700 B/s × 100 = 183.96 GB × $0.02 = $3.6792 each way; 200 B/s × 100 = 52.56 GB × $0.02 = $1.0512 each way
        Topology t = withPopulations(topology(THREE, List.of(database("qa", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("qb", "b", DatabaseRole.VOTER, 1, 0), database("qc", "c", DatabaseRole.WITNESS, 1, 0)),
                List.of(), List.of(dataset("flags", WriteStrategy.MAJORITY_QUORUM, 100, 300, "qa", "qb", "qc"))),
                users("eu", 10, 0, "b", null));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).extracting(l -> l.monthly().value()).usingElementComparator(CLOSE)
                .containsExactly(3.6792, 3.6792, 1.0512, 1.0512);
        assertThat(r.monthly(CostCategory.TRANSFER)).isCloseTo(9.4608, EXACT);
        assertThat(r.transfers().get(0).destinations().value()).isCloseTo(1, EXACT);
    }

    // ---- between zones, object stores, discounts

    @Test
    void aPoolShipsEveryWriteToItsInstancesInOtherZonesUnlessTheProviderReplicatesItself() {
        // a region with 2 zones: a 3-node pool has node 1 in zone 1 and node 2 in zone 0 with the active node 0,
        // so 1 node outside: 2,628 GB × 1 × $0.02 (aws: 0.01 out + 0.01 in) = $52.56. The same pool running Aurora
        // (one shared cluster volume) or marked zone-redundant (RDS Multi-AZ) bills nothing.
        Region twoZones = new Region("z", null, "z", Provider.AWS, new GeoPoint(40, -75), "US", 0.9995, 4, 2);
        Component pool = database("pool", "z", DatabaseRole.PRIMARY, 3, 0);
        Component aurora = pool.withSpec(new ComponentSpec.Database("aurora-postgresql", DatabaseRole.PRIMARY, 5000, 1,
                30)).withName("aurora");
        Component managed = new Component("managed", "managed", "z", 3, 0, Reliability.ofSla(0.9995),
                pool.spec(), null, true);
        Topology t = topology(List.of(twoZones), List.of(pool, new Component("aurora", "aurora", "z", 3, 0,
                        Reliability.ofSla(0.9995), aurora.spec()), managed), List.of(),
                List.of(dataset("d1", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "pool"),
                        dataset("d2", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "aurora"),
                        dataset("d3", WriteStrategy.SINGLE_PRIMARY, 1000, 1000, "managed")));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).singleElement().satisfies(l -> {
            assertThat(l.elementId()).isEqualTo("pool");
            assertThat(l.monthly().value()).isCloseTo(52.56, EXACT);
            assertThat(l.monthly().inputs()).containsEntry("instances in other zones", 1.0);
        });
        // 6 nodes in 3 zones: nodes 1, 2, 4, 5 are outside zone 0 (node 3 is in it)
        assertThat(CrossZoneTransfer.instancesOutsideZoneZero(6, 3)).isEqualTo(4);
        assertThat(CrossZoneTransfer.instancesOutsideZoneZero(6, 1)).isZero();
    }

    @Test
    void objectStoreReplicationCopiesWhatIsWrittenAtTheSourcesPrice() {
        // S3 Cross-Region Replication of 100 GB written a month out of São Paulo: 100 × $0.138 = $13.80;
        // a store that states no writes is noted, not priced, and not called a stray link
        Topology t = topology(List.of(SAO_PAULO, VIRGINIA), List.of(objectStore("s-sp", "sp", 1000, 100),
                        objectStore("s-va", "va", 1000, 0), objectStore("t-va", "va", 0, 0),
                        objectStore("t-sp", "sp", 0, 0)),
                List.of(Link.replication("crr", "s-sp", "s-va", ReplicationMode.ASYNC),
                        Link.replication("crr2", "t-va", "t-sp", ReplicationMode.ASYNC)), List.of());

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.TRANSFER)).singleElement().satisfies(l -> {
            assertThat(l.monthly().value()).isCloseTo(13.80, EXACT);
            assertThat(l.regionId()).isEqualTo("sp");
        });
        assertThat(r.notes()).contains("Object store 't-va' states no writtenGbPerMonth, so its replication over 'crr2'"
                + " is not priced.").noneMatch(n -> n.contains("does not join two copies"));
    }

    @Test
    void aProviderDiscountComesOffItsServicesDatabasesAndCachesOnly() {
        // aws at 30%: services 10 × $0.10 × 730 = 730 and a database 1 × $0.50 × 730 = 365 are covered, the load
        // balancer (1 × 0.0225 × 730 = 16.425) is not: −0.30 × 1,095 = −$328.50; monthly 1,111.425 − 328.50
        Topology t = topology(List.of(VIRGINIA), List.of(service("api", "API", "va", 10, 0.10),
                database("db", "va", DatabaseRole.PRIMARY, 1, 0.50), loadBalancer("lb", "va", 0.0225)), List.of(),
                List.of()).withProviderProfile(new ProviderProfile(Provider.AWS, 0.99995, 4, 30));

        CostReport r = CostEngine.evaluate(t, 1);

        assertThat(r.lines(CostCategory.DISCOUNT)).singleElement().satisfies(l -> {
            assertThat(l.monthly().value()).isCloseTo(-328.50, EXACT);
            assertThat(l.monthly().inputs()).containsEntry("on-demand instance cost", 1095.0)
                    .containsEntry("discount percent", 30.0).containsOnlyKeys("discount percent",
                            "on-demand instance cost", "service api", "database db");
        });
        assertThat(r.monthly().value()).isCloseTo(782.925, EXACT);
        assertThat(r.byRegion().get(0).monthly().value()).isCloseTo(782.925, EXACT);
    }

    // ---- the full-mesh statement

    @Test
    void aFullMeshGrowsAsNSquaredOnlyWhenEachNewRegionBringsWriters() {
        // 2,628 GB written a month at $0.02, today over 3 copies (876 GB each). Five regions each bringing 876 GB of
        // their own writers: 5 × 4 × 876 × 0.02 = $350.40 (20/6 of three regions' $105.12). The same 2,628 GB
        // spread over five regions: each write still reaches 4 others, 4 × 2,628 × 0.02 = $210.24 (2 × $105.12).
        Topology t = topology(CostDesigns.threeAws(), List.of(database("da", "a", DatabaseRole.PRIMARY, 1, 0),
                        database("db", "b", DatabaseRole.PRIMARY, 1, 0), database("dc", "c", DatabaseRole.PRIMARY, 1, 0)),
                List.of(async("da", "db"), async("da", "dc"), async("db", "da"), async("db", "dc"),
                        async("dc", "da"), async("dc", "db")),
                List.of(dataset("carts", WriteStrategy.MULTI_PRIMARY, 1000, 1000, "da", "db", "dc")));

        DatasetTransfer carts = CostEngine.evaluate(t, 1).transfers().get(0);

        assertThat(carts.mesh(3).orElseThrow().monthly().value()).isCloseTo(105.12, EXACT);
        assertThat(carts.mesh(3).orElseThrow().sameTotalWrites().value()).isCloseTo(105.12, EXACT);
        assertThat(carts.mesh(5).orElseThrow().monthly().value()).isCloseTo(350.40, EXACT);
        assertThat(carts.mesh(5).orElseThrow().sameTotalWrites().value()).isCloseTo(210.24, EXACT);
        assertThat(carts.basis()).isEqualTo("replication links");
    }
}
