package io.meridian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Alternative;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.Link;
import io.meridian.model.Objectives;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recommended variant meets every objective and, when one can, has no error finding. */
class RecommendationTest {
    private static final Topology REGIONS = Topology.EMPTY
            .withRegion(FindingsTest.region("use1", 38.9, -77.0))
            .withRegion(FindingsTest.region("euw1", 53.3, -6.3))
            .withComponent(FindingsTest.db("db-use1", "use1", DatabaseRole.PRIMARY))
            .withComponent(FindingsTest.db("db-euw1", "euw1", DatabaseRole.REPLICA));

    /** Balances written in both regions, last writer wins: CONFLICT_UNSAFE_WRITES (an error), and cheap. */
    private static Topology unsafe(double budget) {
        return REGIONS.withDataset(FindingsTest.dataset("balances", WriteStrategy.MULTI_PRIMARY,
                        ConflictResolution.LWW, false, null, "db-use1", "db-euw1"))
                .withObjectives(budget(budget));
    }

    /** One primary with an async replica, plus a standby database: safe writes, and dearer. */
    private static Topology safe(double budget) {
        return REGIONS.withComponent(new Component("standby", "standby", "euw1", 1, 5.0, Reliability.ofSla(0.999),
                        new ComponentSpec.Database("postgresql", DatabaseRole.REPLICA, 5000, 1, 30)))
                .withLink(Link.replication("rep", "db-use1", "db-euw1", ReplicationMode.ASYNC))
                .withDataset(FindingsTest.dataset("balances", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                        false, null, "db-use1", "db-euw1"))
                .withObjectives(budget(budget));
    }

    private static Objectives budget(double monthly) {
        return new Objectives(null, null, null, null, null, monthly, SurviveLoss.NONE);
    }

    @Test
    void aVariantWithoutErrorFindingsIsPreferredEvenWhenDearer() {
        Design design = new Design("ledger", "", unsafe(1e9),
                List.of(new Alternative("safe", "Single primary", "", safe(1e9))), io.meridian.model.Layout.EMPTY);
        DesignEvaluation d = Evaluator.evaluate(design);
        assertThat(d.baseline().findings()).extracting(Finding::code).contains(FindingCode.CONFLICT_UNSAFE_WRITES);
        // The standby costs $5/h × 730 h = $3,650 a month more, so the unsafe baseline is the cheaper one.
        assertThat(d.baseline().cost().monthly().value()).isLessThan(d.variant("safe").orElseThrow().cost()
                .monthly().value());
        assertThat(d.recommendedId()).isEqualTo("safe");
        assertThat(d.recommendation()).startsWith("'Single primary' meets every objective with no error finding");
    }

    @Test
    void whenOnlyAVariantWithErrorsPassesItIsNamedWithTheWarning() {
        // A $100/month budget: the two $0.48/h databases ($700.80) already break it in both variants ...
        Design none = new Design("ledger", "", unsafe(100), List.of(new Alternative("safe", "Single primary", "",
                safe(100))), io.meridian.model.Layout.EMPTY);
        assertThat(Evaluator.evaluate(none).recommendedId()).isNull();
        // ... a $1,000 budget admits the unsafe baseline ($700.80 + transfer) but not the safe one (+ $3,650).
        Design onlyUnsafe = new Design("ledger", "", unsafe(1000), List.of(new Alternative("safe", "Single primary",
                "", safe(1000))), io.meridian.model.Layout.EMPTY);
        DesignEvaluation d = Evaluator.evaluate(onlyUnsafe);
        assertThat(d.recommendedId()).isEqualTo(Design.BASELINE_ID);
        // The unsafe baseline also has no replication link at all: each copy's writes stay where they were taken.
        assertThat(d.recommendation()).contains("but has error findings (CONFLICT_UNSAFE_WRITES, "
                + "WRITES_NEVER_REPLICATED)");
    }

    @Test
    void aVariantWithNoObjectivesIsNotSaidToMeetThem() {
        // The safe design without objectives: no error finding, nothing checked.
        Design design = new Design("ledger", "", safe(1e9).withObjectives(Objectives.NONE), List.of(),
                io.meridian.model.Layout.EMPTY);
        DesignEvaluation d = Evaluator.evaluate(design);
        assertThat(d.baseline().verdict().state()).isEqualTo(Verdict.State.NO_OBJECTIVES);
        assertThat(d.recommendation()).startsWith("'ledger' has no error finding at the lowest total annual cost")
                .endsWith("it states no objectives, so none is checked.").doesNotContain("meets every objective");
    }
}
