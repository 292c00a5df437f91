package io.meridian.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.SampleDesigns;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy and paste on the two-region sample: use1 holds api-use1 → db-use1 (primary), replicated to euw1. */
class CopiedElementsTest {
    private final Design design = SampleDesigns.twoRegions();
    private final Topology t = design.topology();

    @Test
    void aCopiedRegionBringsItsComponentsAndTheLinksAmongThemButNotLinksLeavingIt() {
        CopiedElements copied = CopiedElements.of(t, List.of("use1"));
        assertThat(copied.regions()).extracting(Region::id).containsExactly("use1");
        assertThat(copied.components()).extracting(Component::id).containsExactly("api-use1", "db-use1");
        // d1 (api → db) is inside; r1 (db-use1 → db-euw1) leaves the copy and stays behind.
        assertThat(copied.links()).extracting(Link::id).containsExactly("d1");
        assertThat(CopiedElements.of(t, List.of("r1"))).as("a link alone is nothing to copy").isNull();
    }

    @Test
    void pastingARegionMakesANewRegionAtTheSamePlaceWithFreshIdsAndAReplicaForTheSecondPrimary() {
        CopiedElements.Pasted pasted = CopiedElements.of(t, List.of("use1")).pasteInto(design, null);
        Topology after = pasted.design().topology();
        assertThat(pasted.ids()).containsExactly("use1-copy", "api-use1-2", "db-use1-2", "d1-2");
        Region copy = after.region("use1-copy").orElseThrow();
        assertThat(copy.name()).isEqualTo("US East (N. Virginia) (copy)");
        assertThat(copy.catalogId()).isEqualTo("aws:us-east-1");
        assertThat(copy.location()).isEqualTo(t.region("use1").orElseThrow().location());
        assertThat(after.component("api-use1-2").orElseThrow().regionId()).isEqualTo("use1-copy");
        assertThat(after.component("api-use1-2").orElseThrow().instances()).isEqualTo(50);
        // db-use1 is the design's primary: a second primary would be an error, so the copy is a replica.
        assertThat(((ComponentSpec.Database) after.component("db-use1-2").orElseThrow().spec()).role())
                .isEqualTo(DatabaseRole.REPLICA);
        Link d = after.link("d1-2").orElseThrow();
        assertThat(List.of(d.from(), d.to())).containsExactly("api-use1-2", "db-use1-2");
        // 3 regions + 1, 6 components + 2, 4 links + 1; the original is untouched.
        assertThat(after.regions()).hasSize(4);
        assertThat(after.components()).hasSize(8);
        assertThat(after.links()).hasSize(5);
        assertThat(after.component("api-use1")).contains(t.component("api-use1").orElseThrow());
    }

    @Test
    void pastingARegionIntoAnotherRegionPutsItsStackThere() {
        CopiedElements.Pasted pasted = CopiedElements.of(t, List.of("use1")).pasteInto(design, "euc1");
        Topology after = pasted.design().topology();
        assertThat(after.regions()).hasSize(3);
        assertThat(pasted.ids()).containsExactly("api-use1-2", "db-use1-2", "d1-2");
        assertThat(after.component("api-use1-2").orElseThrow().regionId()).isEqualTo("euc1");
        assertThat(after.component("db-use1-2").orElseThrow().regionId()).isEqualTo("euc1");
    }

    @Test
    void aComponentPastesIntoItsOwnRegionOrTheOneGivenAndThePasteRepeatsWithNewIds() {
        CopiedElements copied = CopiedElements.of(t, List.of("cache-euw1"));
        Design once = copied.pasteInto(design, null).design();
        CopiedElements.Pasted twice = copied.pasteInto(once, "euc1");
        assertThat(once.topology().component("cache-euw1-2").orElseThrow().regionId()).isEqualTo("euw1");
        assertThat(twice.ids()).containsExactly("cache-euw1-3");
        assertThat(twice.design().topology().component("cache-euw1-3").orElseThrow().regionId()).isEqualTo("euc1");
    }

    @Test
    void aPastedPopulationSitsOneAndAHalfDegreesAwayWithItsHomeAndZone() {
        CopiedElements.Pasted pasted = CopiedElements.of(t, List.of("eu-users")).pasteInto(design, null);
        Population p = pasted.design().topology().population("eu-users-2").orElseThrow();
        // Paris (48.86, 2.35) → (47.36, 3.85): 1.5° south and east, so both diamonds can be picked.
        assertThat(p.location().lat()).isEqualTo(48.86 - 1.5);
        assertThat(p.location().lon()).isEqualTo(2.35 + 1.5);
        assertThat(p.homeRegionId()).isEqualTo("euw1");
        assertThat(p.zoneId()).isEqualTo("eu");
        assertThat(p.requestsPerSecond()).isEqualTo(4000);
        assertThat(p.name()).isEqualTo("EU users (copy)");
    }

    @Test
    void componentsWhoseRegionWasDeletedSinceTheCopyAreLeftOut() {
        CopiedElements copied = CopiedElements.of(t, List.of("cache-euw1", "api-use1"));
        Design withoutEuw1 = DesignEdits.delete(design, List.of("euw1"));
        CopiedElements.Pasted pasted = copied.pasteInto(withoutEuw1, null);
        assertThat(pasted.ids()).containsExactly("api-use1-2");
    }
}
