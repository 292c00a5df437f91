package io.meridian.app.designdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.model.ModelException;
import io.meridian.model.Objectives;
import io.meridian.model.SurviveLoss;
import org.junit.jupiter.api.Test;

/** Targets typed in the units a person uses become the model's units, and read back the same. */
class ObjectiveTargetTest {
    @Test
    void availabilityIsTypedAsAPercentage() {
        // 99.99 % = 99.99 / 100 = 0.9999; computed in decimal, so the double nearest 0.9999, not 0.99989999…
        assertThat(ObjectiveTarget.AVAILABILITY.parse("99.99")).isEqualTo(0.9999);
        assertThat(ObjectiveTarget.AVAILABILITY.parse("99.95 %")).isEqualTo(0.9995);
        assertThat(ObjectiveTarget.AVAILABILITY.parse("100")).isEqualTo(1.0);
        assertThat(ObjectiveTarget.AVAILABILITY.format(0.9995)).isEqualTo("99.95");
        assertThat(ObjectiveTarget.AVAILABILITY.format(0.99999)).isEqualTo("99.999");
        assertThatThrownBy(() -> ObjectiveTarget.AVAILABILITY.parse("100.5")).isInstanceOf(ModelException.class)
                .hasMessageContaining("at most 100 %");
        assertThatThrownBy(() -> ObjectiveTarget.AVAILABILITY.parse("0")).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> ObjectiveTarget.AVAILABILITY.parse("0.9999 h")).isInstanceOf(ModelException.class)
                .hasMessageContaining("percentage");
    }

    @Test
    void rtoIsInMinutesUnlessAnotherUnitIsTyped() {
        // 15 min × 60 = 900 s; 1.5 min = 90 s; 4 h × 3,600 = 14,400 s; "90 s" stays 90 s.
        assertThat(ObjectiveTarget.RTO.parse("15")).isEqualTo(900.0);
        assertThat(ObjectiveTarget.RTO.parse("1.5")).isEqualTo(90.0);
        assertThat(ObjectiveTarget.RTO.parse("4 h")).isEqualTo(14_400.0);
        assertThat(ObjectiveTarget.RTO.parse("90s")).isEqualTo(90.0);
        // Back in minutes: 900 / 60 = 15; 90 / 60 = 1.5; 14,495 / 60 = 241.58333… shown to 10 digits.
        assertThat(ObjectiveTarget.RTO.format(900)).isEqualTo("15");
        assertThat(ObjectiveTarget.RTO.format(90)).isEqualTo("1.5");
        assertThat(ObjectiveTarget.RTO.format(14_495)).isEqualTo("241.5833333");
        assertThatThrownBy(() -> ObjectiveTarget.RTO.parse("2 days")).isInstanceOf(ModelException.class)
                .hasMessageContaining("not a unit of time");
    }

    @Test
    void rpoIsInSecondsLatencyInMillisecondsBudgetInDollars() {
        // RPO: 30 s; 5 min × 60 = 300 s; 250 ms = 0.25 s.
        assertThat(ObjectiveTarget.RPO.parse("30")).isEqualTo(30.0);
        assertThat(ObjectiveTarget.RPO.parse("5 min")).isEqualTo(300.0);
        assertThat(ObjectiveTarget.RPO.parse("250 ms")).isEqualTo(0.25);
        assertThat(ObjectiveTarget.RPO.format(0.25)).isEqualTo("0.25");
        // Latency: 120 ms; 0.2 s × 1,000 = 200 ms.
        assertThat(ObjectiveTarget.READ_LATENCY.parse("120")).isEqualTo(120.0);
        assertThat(ObjectiveTarget.WRITE_LATENCY_P99.parse("0.2 s")).isEqualTo(200.0);
        // Budget: "$12,500" is 12,500 USD a month.
        assertThat(ObjectiveTarget.MONTHLY_BUDGET.parse("$12,500")).isEqualTo(12_500.0);
        assertThat(ObjectiveTarget.MONTHLY_BUDGET.format(12_500)).isEqualTo("12500");
        assertThatThrownBy(() -> ObjectiveTarget.MONTHLY_BUDGET.parse("lots")).isInstanceOf(ModelException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void settingOneTargetLeavesTheOthersAndNullRemovesIt() {
        Objectives o = new Objectives(0.999, 900.0, null, 100.0, null, null, SurviveLoss.ANY_REGION, null, 400.0);
        Objectives withRpo = ObjectiveTarget.RPO.apply(o, "30");
        assertThat(withRpo).isEqualTo(new Objectives(0.999, 900.0, 30.0, 100.0, null, null, SurviveLoss.ANY_REGION,
                null, 400.0));
        assertThat(ObjectiveTarget.WRITE_LATENCY_P99.with(withRpo, null).writeLatencyP99Ms()).isNull();
        assertThat(ObjectiveTarget.AVAILABILITY.with(withRpo, null)).isEqualTo(new Objectives(null, 900.0, 30.0,
                100.0, null, null, SurviveLoss.ANY_REGION, null, 400.0));
        for (ObjectiveTarget t : ObjectiveTarget.values()) {
            assertThat(t.get(t.with(Objectives.NONE, 1.0))).as(t.key()).isEqualTo(1.0);
        }
        // The model's own refusal comes through: a negative RTO.
        assertThatThrownBy(() -> ObjectiveTarget.RTO.apply(o, "-5")).isInstanceOf(ModelException.class)
                .hasMessageContaining("rtoSeconds");
    }
}
