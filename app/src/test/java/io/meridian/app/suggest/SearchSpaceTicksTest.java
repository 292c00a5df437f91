package io.meridian.app.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.WriteStrategy;
import io.meridian.search.SearchSpace;
import io.meridian.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticks ⇄ the declared search space on the two-region template: only what differs from the defaults is written. */
class SearchSpaceTicksTest {
    private final Design design = Templates.load("two-region-active-active")
                .withSpace(io.meridian.model.DesignSpace.NONE);

    private SearchSpaceTicks ticks(DesignSpace space) {
        return new SearchSpaceTicks(design.topology(), space);
    }

    @Test
    void nothingDeclaredShowsTheDefaults() {
        SearchSpaceTicks t = ticks(DesignSpace.NONE);
        assertThat(t.spares()).isEqualTo(3);
        assertThat(t.strategies("sessions")).containsExactly(WriteStrategy.MULTI_PRIMARY);
        assertThat(t.modes("repl.db-use1.db-usw2")).containsExactlyInAnyOrder(ReplicationMode.ASYNC,
                ReplicationMode.SEMI_SYNC, ReplicationMode.SYNC);
        assertThat(t.routing()).contains(RoutingKind.LATENCY_DNS);
        assertThat(t.optional("usw2")).isFalse();
        assertThat(t.regionLock("usw2")).isEmpty();
    }

    @Test
    void tickingAStrategyDeclaresOwnFirstAndUntickingReturnsToNone() {
        DesignSpace ticked = ticks(DesignSpace.NONE).withStrategy("sessions", WriteStrategy.SINGLE_PRIMARY, true);
        assertThat(ticked.writeStrategies()).containsExactly(new DesignSpace.WriteStrategies("sessions",
                List.of(WriteStrategy.MULTI_PRIMARY, WriteStrategy.SINGLE_PRIMARY)));
        assertThat(ticked).isEqualTo(new DesignSpace(null, List.of(), List.of(), ticked.writeStrategies(), List.of(),
                List.of()));
        // The design takes it, and the search now has a strategy choice with the drawn strategy as option 0.
        Design withIt = design.withSpace(ticked);
        assertThat(SearchSpace.of(withIt, io.meridian.cost.PriceCatalog.builtin()).choices())
                .hasSize(SearchSpace.defaults(design.topology()).choices().size() + 1);
        DesignSpace back = ticks(ticked).withStrategy("sessions", WriteStrategy.SINGLE_PRIMARY, false);
        assertThat(back).isEqualTo(DesignSpace.NONE);
        assertThat(back.isEmpty()).isTrue();
    }

    @Test
    void theCurrentStrategyCannotBeUnticked() {
        DesignSpace s = ticks(DesignSpace.NONE).withStrategy("sessions", WriteStrategy.MULTI_PRIMARY, false);
        assertThat(s).isEqualTo(DesignSpace.NONE);
        assertThat(ticks(s).strategies("sessions")).containsExactly(WriteStrategy.MULTI_PRIMARY);
    }

    @Test
    void anOptionalRegionIsDeclaredByIdInTheDesignsOrder() {
        DesignSpace s = ticks(DesignSpace.NONE).withOptionalRegion("usw2", true);
        assertThat(s.optionalRegions()).containsExactly("usw2");
        assertThat(s).isEqualTo(new DesignSpace(null, List.of(), List.of(), List.of(), List.of(), List.of("usw2")));
        DesignSpace both = ticks(s).withOptionalRegion("use1", true);
        assertThat(both.optionalRegions()).containsExactly("use1", "usw2");
        DesignSpace one = ticks(both).withOptionalRegion("use1", false);
        assertThat(one.optionalRegions()).containsExactly("usw2");
        assertThat(ticks(one).withOptionalRegion("usw2", false)).isEqualTo(DesignSpace.NONE);
    }

    @Test
    void aResidencyZonesOnlyRegionIsNeverLeftOut() {
        SearchSpaceTicks t = new SearchSpaceTicks(design.topology().withZone(new io.meridian.model.ResidencyZone(
                "west", "West only", List.of("usw2"))), DesignSpace.NONE);
        assertThat(t.regionLock("usw2")).hasValueSatisfying(why -> assertThat(why).contains("West only"));
        assertThat(t.regionLock("use1")).isEmpty();
    }

    @Test
    void defaultSparesAreNotWritten() {
        assertThat(ticks(DesignSpace.NONE).withSpares(3)).isEqualTo(DesignSpace.NONE);
        DesignSpace one = ticks(DesignSpace.NONE).withSpares(1);
        assertThat(one.spares()).isEqualTo(1);
        assertThat(ticks(one).spares()).isEqualTo(1);
        assertThat(ticks(one).withSpares(3).spares()).isNull();
    }

    @Test
    void aLinkAtItsDefaultModesIsLeftOutAndANarrowerListIsWritten() {
        String link = "repl.db-use1.db-usw2";
        DesignSpace noSync = ticks(DesignSpace.NONE).withMode(link, ReplicationMode.SYNC, false);
        assertThat(noSync.replication()).containsExactly(new DesignSpace.ReplicationModes(link,
                List.of(ReplicationMode.ASYNC, ReplicationMode.SEMI_SYNC)));
        assertThat(ticks(noSync).withMode(link, ReplicationMode.SYNC, true)).isEqualTo(DesignSpace.NONE);
        // The link's own mode stays whatever is asked.
        assertThat(ticks(DesignSpace.NONE).withMode(link, ReplicationMode.ASYNC, false)).isEqualTo(DesignSpace.NONE);
    }

    @Test
    void routingBeyondTheDefaultsIsDeclaredOwnFirst() {
        SearchSpaceTicks t = ticks(DesignSpace.NONE);
        DesignSpace geo = t.withRouting(RoutingKind.GEO_DNS, true);
        List<RoutingKind> expected = new java.util.ArrayList<>(t.routing());
        expected.add(RoutingKind.GEO_DNS);
        assertThat(geo.routing()).containsExactlyElementsOf(expected);
        assertThat(geo.routing().get(0)).isEqualTo(RoutingKind.LATENCY_DNS);
        assertThat(ticks(geo).withRouting(RoutingKind.GEO_DNS, false)).isEqualTo(DesignSpace.NONE);
    }

    @Test
    void namesAreWhatAPersonReads() {
        SearchSpaceTicks t = ticks(DesignSpace.NONE);
        assertThat(t.linkName(design.topology().link("repl.db-use1.db-usw2").orElseThrow()))
                .isEqualTo("MySQL primary → MySQL read replica");
        // Two tiers share the name "API tier": the region tells them apart.
        assertThat(t.componentName("api-usw2")).isEqualTo("API tier in "
                + design.topology().region("usw2").orElseThrow().name());
    }

    @Test
    void declaredInstanceTypesAreShownInWordsAndKeptByEveryEdit() {
        DesignSpace declared = new DesignSpace(null, List.of(new DesignSpace.InstanceTypes("api-use1", List.of(
                new DesignSpace.InstanceType("m5.xlarge", 400, null),
                new DesignSpace.InstanceType("c6i.xlarge", 450, 0.17)))), List.of(), List.of(), List.of(), List.of());
        SearchSpaceTicks t = ticks(declared);
        assertThat(t.instanceTypeLines()).containsExactly("API tier in "
                + design.topology().region("use1").orElseThrow().name()
                + ": m5.xlarge (400 req/s), c6i.xlarge (450 req/s, $0.17/h)");
        DesignSpace edited = t.withSpares(1);
        assertThat(edited.instanceTypes()).isEqualTo(declared.instanceTypes());
        assertThat(ticks(edited).withSpares(3)).isEqualTo(declared);
    }
}
