package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

    static Region region(String id, double lat, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(lat, lon), "US", 0.9995, 4, 3);
    }

    static Component service(String id, String region) {
        return new Component(id, id, region, 50, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(100, 0.8));
    }

    static Component database(String id, String region, DatabaseRole role) {
        return new Component(id, id, region, 1, 0.5, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    static Topology twoRegions() {
        return Topology.EMPTY
                .withRegion(region("use1", 38.9, -77.0))
                .withRegion(region("usw2", 45.5, -122.7))
                .withComponent(service("api-east", "use1"))
                .withComponent(database("db-east", "use1", DatabaseRole.PRIMARY))
                .withComponent(database("db-west", "usw2", DatabaseRole.REPLICA))
                .withLink(Link.dependency("api-needs-db", "api-east", "db-east"))
                .withLink(Link.replication("east-to-west", "db-east", "db-west", ReplicationMode.ASYNC))
                .withDataset(new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                        6000, 512, false, null, List.of("db-east", "db-west"), 0));
    }

    @Test
    void refusesAComponentInAnUnknownRegion() {
        assertThatThrownBy(() -> twoRegions().withComponent(service("api-x", "euw1")))
                .isInstanceOf(InvalidTopologyException.class)
                .satisfies(e -> assertThat(((InvalidTopologyException) e).problems())
                        .containsExactly(new Problem("components[3].region", "no region with id 'euw1'")));
    }

    @Test
    void severalComponentsAtOnceAreTheSameAsOneAfterAnotherAndCheckedAsOne() {
        Topology t = twoRegions();
        Component more = t.component("api-east").orElseThrow().withInstances(9);
        Component primary = t.component("db-east").orElseThrow().withInstances(3);
        Component added = service("api-west", "usw2");
        assertThat(t.withComponents(List.of(primary, more, added)))
                .isEqualTo(t.withComponent(more).withComponent(primary).withComponent(added));
        assertThat(t.withComponents(List.of(primary, more, added)).components()).extracting(Component::id)
                .containsExactly("api-east", "db-east", "db-west", "api-west");
        assertThatThrownBy(() -> t.withComponents(List.of(more, service("api-x", "euw1"))))
                .isInstanceOf(InvalidTopologyException.class)
                .satisfies(e -> assertThat(((InvalidTopologyException) e).problems())
                        .containsExactly(new Problem("components[3].region", "no region with id 'euw1'")));
    }

    @Test
    void refusesIdsSharedAcrossElementKinds() {
        assertThatThrownBy(() -> twoRegions().withComponent(service("use1", "use1")))
                .isInstanceOf(InvalidTopologyException.class)
                .hasMessageContaining("components[3].id: duplicate id 'use1' (already used at regions[0].id)");
    }

    @Test
    void refusesDatasetCopiesThatAreNotStores() {
        Dataset bad = new Dataset("d", "d", WriteStrategy.MULTI_PRIMARY, ConflictResolution.LWW, 1, 1, false, null,
                List.of("api-east"), 0);
        assertThatThrownBy(() -> twoRegions().withDataset(bad))
                .hasMessageContaining("datasets[1].copies[0]: 'api-east' is a service");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Topology t = twoRegions();
        List<Component> comps = new java.util.ArrayList<>(t.components());
        comps.add(service("a", "nowhere"));
        comps.add(service("b", "elsewhere"));
        assertThatThrownBy(() -> new Topology(t.regions(), comps, t.links(), t.datasets(), null, List.of(), List.of(),
                null, null))
                .satisfies(e -> assertThat(((InvalidTopologyException) e).problems()).hasSize(2));
    }

    @Test
    void removingARegionTakesItsComponentsLinksAndCopies() {
        Topology t = twoRegions().without("usw2");
        assertThat(t.regions()).extracting(Region::id).containsExactly("use1");
        assertThat(t.components()).extracting(Component::id).containsExactly("api-east", "db-east");
        assertThat(t.links()).extracting(Link::id).containsExactly("api-needs-db");
        assertThat(t.dataset("orders").orElseThrow().copies()).containsExactly("db-east");
    }

    /** Deleting any element kept every population but dropped what it reads and writes (back to the default). */
    @Test
    void removingAnElementKeepsWhatPopulationsReadAndWriteLessThatElement() {
        Topology t = twoRegions()
                .withDataset(new Dataset("carts", "Carts", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                        100, 512, false, null, List.of("db-east"), 0))
                .withPopulation(new Population("east", "East", new GeoPoint(40.7, -74.0), 1000, 0.9, null, null,
                        List.of(), List.of("orders", "carts"), List.of("carts"), 5000.0));
        Population unrelated = t.without("api-needs-db").population("east").orElseThrow();
        assertThat(unrelated.reads()).containsExactly("orders", "carts");
        assertThat(unrelated.writes()).containsExactly("carts");
        assertThat(unrelated.responseBytes()).isEqualTo(5000.0);
        Population withoutCarts = t.without("carts").population("east").orElseThrow();
        assertThat(withoutCarts.reads()).containsExactly("orders");
        assertThat(withoutCarts.writes()).as("it wrote only carts: now nothing, not the default").isEmpty();
        Population defaults = twoRegions().withPopulation(new Population("west", "West", new GeoPoint(37.8, -122.4),
                500, 0.9, null, null, List.of())).without("api-needs-db").population("west").orElseThrow();
        assertThat(defaults.reads()).as("the default stays the default").isNull();
    }

    @Test
    void removingARegionTakesItOutOfScenariosAndDropsAScenarioLeftFailingNothing() {
        // Before, without() kept the scenarios as they were and the new topology refused its own dangling id.
        Topology t = twoRegions()
                .withScenario(new FailureScenario("both", "", List.of("use1", "usw2"), List.of()))
                .withScenario(new FailureScenario("west", "", List.of("usw2"), List.of()))
                .without("usw2");
        assertThat(t.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("both");
            assertThat(s.regionIds()).containsExactly("use1");
        });
    }

    @Test
    void removingAWeightedRegionRebalancesTheRemainingShares() {
        Population p = new Population("users", "Users", new GeoPoint(40, -90), 1000, 0.9, null, null,
                List.of(new RouteWeight("use1", 0.6), new RouteWeight("usw2", 0.4)));
        Topology t = twoRegions().withPopulation(p).without("usw2");
        assertThat(t.population("users").orElseThrow().weights())
                .containsExactly(new RouteWeight("use1", 1.0));
    }

    @Test
    void withReplacesInPlaceKeepingOrder() {
        Topology t = twoRegions().withComponent(service("api-east", "use1").withInstances(75));
        assertThat(t.components()).extracting(Component::id).containsExactly("api-east", "db-east", "db-west");
        assertThat(t.component("api-east").orElseThrow().instances()).isEqualTo(75);
    }

    @Test
    void listsAreUnmodifiable() {
        assertThatThrownBy(() -> twoRegions().regions().add(region("x", 0, 0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
