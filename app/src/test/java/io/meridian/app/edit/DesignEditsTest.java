package io.meridian.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.SampleDesigns;
import io.meridian.model.ComponentKind;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignEditsTest {
    private final Design design = SampleDesigns.twoRegions();
    private final Topology t = design.topology();

    @Test
    void freshIdsAvoidEveryIdInUseAndTheRoutingId() {
        assertThat(DesignEdits.freshId(t, "use1")).isEqualTo("use1-2");
        assertThat(DesignEdits.freshId(t, "eu-central-2")).isEqualTo("eu-central-2");
        assertThat(DesignEdits.freshId(t, "routing")).isEqualTo("routing-2");
        assertThat(DesignEdits.freshId(t, "API tier!")).isEqualTo("api-tier");
    }

    @Test
    void aNewComponentSitsInItsRegionAndOnlyTheFirstDatabaseIsPrimary() {
        var svc = DesignEdits.newComponent(t, ComponentKind.SERVICE, "euc1");
        assertThat(svc.regionId()).isEqualTo("euc1");
        assertThat(svc.id()).isEqualTo("api-euc1");
        var db = DesignEdits.newComponent(t, ComponentKind.DATABASE, "euc1");
        // The sample already has a primary in use1, so another database starts as a replica.
        assertThat(((io.meridian.model.ComponentSpec.Database) db.spec()).role().id()).isEqualTo("replica");
        assertThatThrownBy(() -> DesignEdits.newComponent(t, ComponentKind.CACHE, "nowhere"))
                .hasMessageContaining("nowhere");
    }

    @Test
    void draggingBetweenDatabasesReplicatesAndAnythingElseDepends() {
        assertThat(DesignEdits.newLink(t, "db-euw1", "db-use1").kind()).isEqualTo(LinkKind.REPLICATION);
        assertThat(DesignEdits.newLink(t, "api-euw1", "cache-euw1").kind()).isEqualTo(LinkKind.DEPENDENCY);
        Design linked = DesignEdits.addLink(design, DesignEdits.newLink(t, "api-euw1", "cache-euw1"));
        assertThat(linked.topology().links()).hasSize(t.links().size() + 1);
        // d2 is api-euw1 → db-euw1 already: the same link twice is refused.
        assertThatThrownBy(() -> DesignEdits.addLink(design, DesignEdits.newLink(t, "api-euw1", "db-euw1")))
                .hasMessageContaining("already linked");
    }

    @Test
    void deletingARegionTakesItsComponentsTheirLinksAndForgetsTheirLayout() {
        Design withLayout = design.withLayout(design.layout().with("euc1", new io.meridian.model.Layout.Position(1, 2)));
        Design after = DesignEdits.delete(withLayout, List.of("euc1"));
        assertThat(after.topology().region("euc1")).isEmpty();
        assertThat(after.topology().component("db-euc1")).isEmpty();
        assertThat(after.topology().link("r2")).isEmpty(); // db-euw1 → db-euc1
        assertThat(after.layout().positions()).doesNotContainKey("euc1");
        Design noRouting = DesignEdits.delete(design.withTopology(t.withRouting(DesignEdits.newRouting())),
                List.of(DesignEdits.ROUTING_ID));
        assertThat(noRouting.topology().routing()).isNull();
    }

    @Test
    void movingShiftsUsersAndCustomPlacesButNotCatalogueRegions() {
        Design moved = DesignEdits.move(design, List.of("eu-users", "use1"), 2.0, -3.0);
        // EU users were at 48.86, 2.35: now 50.86, -0.65.
        GeoPoint users = moved.topology().population("eu-users").orElseThrow().location();
        assertThat(users.lat()).isCloseTo(50.86, within(1e-9));
        assertThat(users.lon()).isCloseTo(-0.65, within(1e-9));
        assertThat(moved.topology().region("use1")).isEqualTo(t.region("use1"));
        assertThat(DesignEdits.movable(t, "use1")).isFalse();
        assertThat(DesignEdits.movable(t, "eu-users")).isTrue();
    }

    @Test
    void movingAcrossTheAntimeridianWraps() {
        Design moved = DesignEdits.move(design, List.of("us-users"), 0, -90); // -95 - 90 = -185 → 175
        assertThat(moved.topology().population("us-users").orElseThrow().location().lon()).isCloseTo(175, within(1e-9));
    }

    @Test
    void aComponentMovesToAnotherRegionWithItsLinks() {
        Design after = DesignEdits.moveComponent(design, "cache-euw1", "euc1");
        assertThat(after.topology().component("cache-euw1").orElseThrow().regionId()).isEqualTo("euc1");
    }
}
