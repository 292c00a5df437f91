package io.meridian.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.GeoPoint;
import io.meridian.model.ModelException;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ResidencyZone;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search space declared in the file, on designs whose optimum is known by construction. */
class DeclaredSpaceTest {
    private static final SearchSettings BILL_ONLY = SearchSettings.DEFAULTS.withBillOnly(true);

    private static Topology reliableProviders(Topology t) {
        for (Provider p : Provider.values()) {
            t = t.withProviderProfile(new ProviderProfile(p, 1.0, 4));
        }
        return t;
    }

    /**
     * One region that never fails, one tier carrying 100 req/s at a target utilisation of 0.5, a 90% objective. As
     * drawn: 100 req/s an instance at $0.10/h, sized to ⌈100 / 50⌉ = 2 ($0.20/h). Declared: "small", 25 req/s at
     * $0.03/h, needs ⌈100 / 12.5⌉ = 8 ($0.24/h); "large", 200 req/s at $0.15/h, needs ⌈100 / 100⌉ = 1 ($0.15/h), and
     * one 99% instance meets 90%. With no spares the cheapest is one large instance: $0.15 × 8,760 h = $1,314 a year.
     */
    @Test
    void theCheapestInstanceTypeIsTheOneWhoseSizedTierCostsLeast() {
        Topology t = reliableProviders(Topology.EMPTY
                .withRegion(new Region("r", null, "r", Provider.AWS, new GeoPoint(40, -75), "", 1.0, 4, 0))
                .withComponent(new Component("api", "api", "r", 7, 0.10, Reliability.ofSla(0.99),
                        new ComponentSpec.Service(100, 0.5)))
                .withPopulation(new Population("u", "u", new GeoPoint(40, -75), 100, 1.0, null, null, List.of()))
                .withObjectives(new Objectives(0.9, null, null, null, null, null, SurviveLoss.NONE)));
        Design design = Design.of("tier", t).withSpace(new DesignSpace(0, List.of(new DesignSpace.InstanceTypes(
                "api", List.of(new DesignSpace.InstanceType("small", 25, 0.03),
                        new DesignSpace.InstanceType("large", 200, 0.15)))), List.of(), List.of(), List.of(),
                List.of()));
        SearchSpace space = SearchSpace.of(design, PriceCatalog.builtin());
        assertThat(space.size()).isEqualTo(3); // as drawn, small, large; no spares
        Suggestion best = DesignSearch.cheapest(t, space, BILL_ONLY, DesignSearch.Progress.NONE).suggestions().get(0);
        assertThat(best.passes()).isTrue();
        Component api = best.topology().component("api").orElseThrow();
        assertThat(api.instances()).isEqualTo(1);
        assertThat(api.hourlyPrice()).isEqualTo(0.15);
        assertThat(best.changes()).contains("instance type of api in r: large");
        double apiAnnual = Evaluator.evaluate(best.topology()).cost().lines().stream()
                .filter(l -> "api".equals(l.elementId())).mapToDouble(l -> l.monthly().value()).sum() * 12;
        assertThat(apiAnnual).isCloseTo(0.15 * 8760, within(1e-6));
        assertThat(Evaluator.evaluate(best.topology()).verdict().pass()).isTrue();
    }

    /**
     * Three regions, every one optional. US users must stay in us (zone "us"), EU users in eu (zone "eu"); ap serves
     * nobody a zone allows. Leaving out a zone's only region is refused, so the only compliant region sets keep us and
     * eu, and the cheapest leaves ap out.
     */
    @Test
    void residencyForcesTheRegionSetAndTheCheapestLeavesTheRestOut() {
        Topology t = Topology.EMPTY;
        String[][] regions = {{"us", "40", "-75"}, {"eu", "50", "8"}, {"ap", "1", "104"}};
        for (String[] r : regions) {
            double lat = Double.parseDouble(r[1]);
            double lon = Double.parseDouble(r[2]);
            t = t.withRegion(new Region(r[0], null, r[0], Provider.AWS, new GeoPoint(lat, lon), "", 1.0, 4, 0))
                    .withComponent(new Component("api-" + r[0], "api", r[0], 2, 0.10, Reliability.ofSla(0.999),
                            new ComponentSpec.Service(100, 0.5)));
        }
        t = reliableProviders(t.withZone(new ResidencyZone("zus", "US", List.of("us")))
                .withZone(new ResidencyZone("zeu", "EU", List.of("eu")))
                .withPopulation(new Population("us-users", "US users", new GeoPoint(40, -75), 50, 1.0, "zus", null,
                        List.of()))
                .withPopulation(new Population("eu-users", "EU users", new GeoPoint(50, 8), 50, 1.0, "zeu", null,
                        List.of()))
                .withObjectives(new Objectives(0.9, null, null, null, null, null, SurviveLoss.NONE)));
        Design design = Design.of("residency", t).withSpace(new DesignSpace(0, List.of(), List.of(), List.of(),
                List.of(), List.of("us", "eu", "ap")));
        SearchResult r = DesignSearch.cheapest(t, SearchSpace.of(design, PriceCatalog.builtin()), BILL_ONLY,
                DesignSearch.Progress.NONE);
        Suggestion best = r.suggestions().get(0);
        assertThat(best.passes()).isTrue();
        assertThat(best.topology().regions()).extracting(Region::id).containsExactly("us", "eu");
        assertThat(best.topology().zones()).hasSize(2);
        assertThat(Evaluator.evaluate(best.topology()).verdict().pass()).isTrue();
    }

    @Test
    void aDeclaredSpaceNamesOnlyElementsOfTheDesign() {
        Topology t = Topology.EMPTY
                .withRegion(new Region("r", null, "r", Provider.AWS, new GeoPoint(40, -75), "", 1.0, 4, 0));
        assertThatThrownBy(() -> Design.of("d", t).withSpace(new DesignSpace(null, List.of(), List.of(), List.of(),
                List.of(), List.of("r", "gone")))).isInstanceOf(ModelException.class)
                .hasMessage("search.optionalRegions[1]: no region 'gone' in the design");
        assertThatThrownBy(() -> new DesignSpace(null, List.of(), List.of(), List.of(), List.of(), List.of("r", "r")))
                .isInstanceOf(ModelException.class).hasMessage("optionalRegions[1]: 'r' is listed twice");
        // An instance type the catalogue has no price for, and that gives none: named at its path.
        Topology tier = t.withComponent(new Component("api", "api", "r", 2, 0.10, Reliability.ofSla(0.99),
                new ComponentSpec.Service(100, 0.5)));
        Design design = Design.of("d", tier).withSpace(new DesignSpace(null, List.of(new DesignSpace.InstanceTypes(
                "api", List.of(new DesignSpace.InstanceType("m5.large", 200, null),
                        new DesignSpace.InstanceType("no-such-type", 200, null)))), List.of(), List.of(), List.of(),
                List.of()));
        assertThatThrownBy(() -> SearchSpace.of(design, PriceCatalog.builtin())).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("search.instanceTypes[0].options[1].item: no price for aws:no-such-type");
    }

    /** Deleting what the space names never fails the edit: the space forgets it, as the layout forgets positions. */
    @Test
    void anEditThatRemovesWhatTheSpaceNamesKeepsTheRestOfTheSpace() {
        Topology t = Topology.EMPTY
                .withRegion(new Region("r", null, "r", Provider.AWS, new GeoPoint(40, -75), "", 1.0, 4, 0))
                .withRegion(new Region("s", null, "s", Provider.AWS, new GeoPoint(45, -120), "", 1.0, 4, 0))
                .withComponent(new Component("api", "api", "r", 2, 0.10, Reliability.ofSla(0.99),
                        new ComponentSpec.Service(100, 0.5)));
        Design design = Design.of("d", t).withSpace(new DesignSpace(1, List.of(new DesignSpace.InstanceTypes("api",
                List.of(new DesignSpace.InstanceType("m5.large", 200, null)))), List.of(), List.of(), List.of(),
                List.of("s")));
        Design edited = design.withTopology(t.without("api"));
        assertThat(edited.space().instanceTypes()).isEmpty();
        assertThat(edited.space().optionalRegions()).containsExactly("s");
        assertThat(edited.space().spares()).isEqualTo(1);
        assertThat(design.withTopology(t.without("s")).withTopology(t).space().optionalRegions()).isEmpty();
    }
}
