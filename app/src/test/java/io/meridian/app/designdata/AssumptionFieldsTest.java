package io.meridian.app.designdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.inspect.Field;
import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every assumption is a field with its default as the prompt; empty text restores the default (or null). */
class AssumptionFieldsTest {
    private static final Design TWO = Templates.load(Templates.DEFAULT_ID);

    static Field field(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Assumptions assumptions(Design d) {
        return d.topology().assumptions();
    }

    @Test
    void everyFieldOfTheRecordHasAField() {
        List<String> keys = AssumptionFields.of(TWO).stream().map(Field::key).toList();
        List<String> record = java.util.Arrays.stream(Assumptions.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(keys).containsExactlyElementsOf(record);
    }

    @Test
    void downtimeCostIsSetAndEmptyTextRestoresTheDefault() {
        Field cost = field(AssumptionFields.of(TWO), "downtimeCostPerHour");
        assertThat(cost.prompt()).isEqualTo("default: 0 USD/h");
        Design d = cost.apply().apply("25,000"); // grouping accepted: 25000 USD/h
        assertThat(assumptions(d).downtimeCostPerHour()).isEqualTo(25_000);
        assertThat(field(AssumptionFields.of(d), "downtimeCostPerHour").value()).isEqualTo("25000");
        d = field(AssumptionFields.of(d), "downtimeCostPerHour").apply().apply("");
        assertThat(assumptions(d).downtimeCostPerHour()).isEqualTo(Defaults.DOWNTIME_COST_PER_HOUR);
    }

    @Test
    void aDefaultedFieldShowsEmptyWithItsDefaultAndKeepsTheOthersWhenEdited() {
        Field reconnect = field(AssumptionFields.of(TWO), "reconnectSeconds");
        assertThat(assumptions(TWO).reconnectSeconds()).isEqualTo(Defaults.RECONNECT_SECONDS);
        assertThat(reconnect.value()).isEmpty();
        assertThat(reconnect.prompt()).isEqualTo("default: 5 s");
        assertThat(reconnect.help()).contains("Default 5 s");
        Design d = reconnect.apply().apply("12");
        d = field(AssumptionFields.of(d), "operatorDecisionMinutes").apply().apply("30");
        assertThat(assumptions(d).reconnectSeconds()).isEqualTo(12);
        assertThat(assumptions(d).operatorDecisionMinutes()).isEqualTo(30);
        assertThat(assumptions(d).fiberKmPerMs()).isEqualTo(assumptions(TWO).fiberKmPerMs());
        d = field(AssumptionFields.of(d), "reconnectSeconds").apply().apply(" ");
        assertThat(assumptions(d).reconnectSeconds()).isEqualTo(Defaults.RECONNECT_SECONDS);
        assertThat(assumptions(d).operatorDecisionMinutes()).isEqualTo(30);
    }

    @Test
    void theNullableOnesClearToEachCorridorsOwn() {
        Design d = field(AssumptionFields.of(TWO), "routeInflation").apply().apply("1.4");
        assertThat(assumptions(d).routeInflation()).isEqualTo(1.4);
        d = field(AssumptionFields.of(d), "overheadRttMs").apply().apply("3");
        assertThat(assumptions(d).overheadRttMs()).isEqualTo(3.0);
        d = field(AssumptionFields.of(d), "routeInflation").apply().apply("");
        assertThat(assumptions(d).routeInflation()).isNull();
        assertThat(assumptions(d).overheadRttMs()).isEqualTo(3.0);
        assertThat(field(AssumptionFields.of(d), "routeInflation").prompt()).isEqualTo("each corridor's own");
    }

    @Test
    void badValuesAreRefusedWithTheModelsMessage() {
        List<Field> f = AssumptionFields.of(TWO);
        assertThatThrownBy(() -> field(f, "fiberKmPerMs").apply().apply("400"))
                .hasMessageContaining("cannot exceed the speed of light");
        assertThatThrownBy(() -> field(f, "routeInflation").apply().apply("0.9"))
                .hasMessageContaining("must be >= 1");
        assertThatThrownBy(() -> field(f, "switchoverFailureOnDemand").apply().apply("1.5"))
                .hasMessageContaining("switchoverFailureOnDemand");
        assertThatThrownBy(() -> field(f, "downtimeCostPerHour").apply().apply("lots"))
                .hasMessageContaining("'lots' is not a number");
    }

    @Test
    void resetAllPutsEveryAssumptionBackToItsDefault() {
        Design d = field(AssumptionFields.of(TWO), "wanCutHours").apply().apply("48");
        assertThat(assumptions(AssumptionFields.resetAll(d))).isEqualTo(Assumptions.DEFAULTS);
    }
}
