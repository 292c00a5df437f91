package io.meridian.evaluation;

import static io.meridian.evaluation.FindingsTest.api;
import static io.meridian.evaluation.FindingsTest.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.capacity.CapacityEngine;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Figure;
import io.meridian.model.GeoPoint;
import io.meridian.model.ModelException;
import io.meridian.model.Objectives;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Reliability;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict states the objectives and the error findings together; only a clean design is PASS (issue 12). */
class VerdictTest {
    private static final ObjectiveResult MET =
            new ObjectiveResult("rto", 60, Figure.of("RTO", 45, "s", "sum"), "s", true, "x");
    private static final ObjectiveResult MISSED =
            new ObjectiveResult("rpo", 0, Figure.of("RPO", 2, "s", "lag"), "s", false, "y");

    private static Finding finding(FindingCode code, Severity severity) {
        return new Finding(code, severity, List.of("a"), "t", "e", "f");
    }

    @Test
    void objectivesMetWithErrorFindingsIsNotAPass() {
        List<Finding> findings = List.of(finding(FindingCode.WRITES_NEVER_REPLICATED, Severity.ERROR),
                finding(FindingCode.WRITES_NEVER_REPLICATED, Severity.ERROR),
                finding(FindingCode.RESIDENCY_VIOLATION, Severity.ERROR),
                finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.WARNING));
        Verdict v = ObjectiveChecks.verdict(List.of(MET), findings);
        // 3 of the 4 findings are errors; the warning does not count.
        assertThat(v.state()).isEqualTo(Verdict.State.PASS_WITH_ERRORS);
        assertThat(v.errors()).isEqualTo(3);
        assertThat(v.pass()).isFalse();
        assertThat(v.green()).isFalse();
        assertThat(v.objectivesMet()).isTrue();
        assertThat(v.summary()).isEqualTo("PASS on objectives, 3 errors: meets all 1 objectives; error findings: "
                + "WRITES_NEVER_REPLICATED, RESIDENCY_VIOLATION");
    }

    @Test
    void onlyMetObjectivesWithoutErrorsAreGreen() {
        Verdict clean = ObjectiveChecks.verdict(List.of(MET),
                List.of(finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.WARNING)));
        assertThat(clean.state()).isEqualTo(Verdict.State.PASS);
        assertThat(clean.pass()).isTrue();
        assertThat(clean.green()).isTrue();
        assertThat(clean.summary()).isEqualTo("PASS: meets all 1 objectives, no error findings");
    }

    @Test
    void aFailureCountsTheErrorsBesideTheMissedObjectives() {
        Verdict v = ObjectiveChecks.verdict(List.of(MET, MISSED),
                List.of(finding(FindingCode.N_MINUS_1_OVERLOAD, Severity.ERROR)));
        assertThat(v.state()).isEqualTo(Verdict.State.FAIL);
        assertThat(v.failed()).isEqualTo(1);
        assertThat(v.summary()).isEqualTo("FAIL: misses 1 of 2 objectives (rpo); 1 error (N_MINUS_1_OVERLOAD)");
        assertThat(ObjectiveChecks.verdict(List.of(MET, MISSED), List.of()).summary())
                .isEqualTo("FAIL: misses 1 of 2 objectives (rpo)");
    }

    @Test
    void noObjectivesIsNeutralNotGreen() {
        Verdict none = ObjectiveChecks.verdict(List.of(), List.of());
        assertThat(none.state()).isEqualTo(Verdict.State.NO_OBJECTIVES);
        assertThat(none.green()).isFalse();
        assertThat(none.pass()).isTrue(); // nothing fails, so `check` exits 0
        assertThat(none.summary()).isEqualTo("NO OBJECTIVES: the design states none, and no error finding stands");
        Verdict withErrors = ObjectiveChecks.verdict(List.of(),
                List.of(finding(FindingCode.RESIDENCY_VIOLATION, Severity.ERROR)));
        assertThat(withErrors.pass()).isFalse();
        assertThat(withErrors.summary())
                .isEqualTo("NO OBJECTIVES, 1 error: the design states none; error findings: RESIDENCY_VIOLATION");
    }

    @Test
    void theRecordRefusesAStateItsCountsContradict() {
        assertThatThrownBy(() -> new Verdict(Verdict.State.PASS, true, 0, 2, 1, "PASS"))
                .isInstanceOf(ModelException.class).hasMessageContaining("PASS_WITH_ERRORS");
        assertThatThrownBy(() -> new Verdict(Verdict.State.PASS_WITH_ERRORS, true, 0, 2, 1, "x"))
                .isInstanceOf(ModelException.class).hasMessageContaining("pass");
        assertThatThrownBy(() -> new Verdict(Verdict.State.FAIL, false, 3, 2, 0, "x"))
                .isInstanceOf(ModelException.class).hasMessageContaining("failed");
        assertThatThrownBy(() -> new Verdict(Verdict.State.PASS, true, 0, 0, 0, "x"))
                .isInstanceOf(ModelException.class).hasMessageContaining("NO_OBJECTIVES");
    }

    /** One region, one API tier of 50 instances × 200 req/s = 10,000 req/s, and users sending 10,500 req/s. */
    private static Topology oneRegionAt105Percent(OverloadBehaviour overload) {
        return Topology.EMPTY.withRegion(region("use1", 38.9, -77.0))
                .withComponent(new Component("api-use1", "api-use1", "use1", 50, 0.096, Reliability.ofSla(0.999),
                        new ComponentSpec.Service(200, 0.7, overload, null, 0)))
                .withPopulation(new Population("users", "users", new GeoPoint(40, -75), 10_500, 0.9, null, null,
                        List.of()));
    }

    @Test
    void aSheddingRegionOverloadedInNormalOperationIsAnError() {
        // 10,500 / 10,000 = 105% with every region up; the tier sheds, serving 10,000 / 10,500 = 95.2%.
        // To run at the 70% target: ceil(10,500 / (200 × 0.7)) = 75 instances.
        Topology t = oneRegionAt105Percent(OverloadBehaviour.SHED);
        List<Finding> out = new ArrayList<>();
        ServiceFindings.overloads(t, CapacityEngine.evaluate(t), out);
        assertThat(out).filteredOn(f -> f.code() == FindingCode.NORMAL_OPERATION_OVERLOAD).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.elementIds()).containsExactly("use1");
                    assertThat(f.title()).isEqualTo("Region 'use1' is overloaded in normal operation");
                    assertThat(f.explanation()).contains("use1 at 105% of its capacity (10,500 req/s; it serves "
                            + "95.2% of them)");
                    assertThat(f.fix()).contains("api-use1: 50 → 75 instances");
                });
    }

    @Test
    void aCollapsingRegionAt105PercentHasAFindingAndNoGreenVerdict() {
        // The same region with a collapsing tier: 105% > 100%, so it falls and serves nobody; availability 0.
        // With an objective of 99.9% availability (missed) and one of surviving nothing (met).
        Topology t = oneRegionAt105Percent(OverloadBehaviour.COLLAPSE)
                .withObjectives(new Objectives(0.999, null, null, null, null, null, SurviveLoss.NONE));
        Evaluation e = Evaluator.evaluate(t);
        assertThat(e.availability().overallWithFailover().value()).isZero();
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.NORMAL_OPERATION_OVERLOAD).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("its tier collapses and the region serves nobody")
                        .contains("The cascade takes [use1] down and leaves 10,500 req/s unserved"));
        assertThat(e.verdict().state()).isEqualTo(Verdict.State.FAIL);
        assertThat(e.verdict().errors()).isPositive();
        assertThat(e.verdict().summary()).contains("NORMAL_OPERATION_OVERLOAD");

        // Without objectives it is still not green: neutral state, with the error counted.
        Evaluation none = Evaluator.evaluate(oneRegionAt105Percent(OverloadBehaviour.COLLAPSE));
        assertThat(none.verdict().state()).isEqualTo(Verdict.State.NO_OBJECTIVES);
        assertThat(none.verdict().pass()).isFalse();
        assertThat(none.verdict().summary()).startsWith("NO OBJECTIVES, 1 error");
    }
}
