package io.meridian.app.designdata;

import static io.meridian.app.designdata.AssumptionFieldsTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.inspect.Field;
import io.meridian.model.DependencyKind;
import io.meridian.model.Design;
import io.meridian.model.GlobalChange;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global change and third-party dependencies as fields. */
class CommonCauseFieldsTest {
    private static final Design TWO = Templates.load(Templates.DEFAULT_ID);

    private static GlobalChange change(Design d) {
        return d.topology().commonCauses().globalChange();
    }

    @Test
    void theGlobalChangeIsEditedRefusedPastTheYearAndResetByEmptyText() {
        Design d = field(CommonCauseFields.globalChange(TWO), "eventsPerYear").apply().apply("3");
        assertThat(change(d).eventsPerYear()).isEqualTo(3);
        Design three = d;
        // 3 events × 5,000 h = 15,000 h > 8,766 h of a year: refused by GlobalChange's constructor.
        assertThatThrownBy(() -> field(CommonCauseFields.globalChange(three), "durationHours").apply().apply("5000"))
                .hasMessageContaining("more than the 8766.0 h of a year");
        assertThatThrownBy(() -> field(CommonCauseFields.globalChange(three), "rolloutWaves").apply().apply("2.5"))
                .hasMessageContaining("must be a whole number");
        d = field(CommonCauseFields.globalChange(d), "rolloutWaves").apply().apply("1");
        assertThat(change(d).rolloutWaves()).isEqualTo(1);
        d = field(CommonCauseFields.globalChange(d), "eventsPerYear").apply().apply("");
        assertThat(change(d)).isEqualTo(new GlobalChange(GlobalChange.DEFAULT.eventsPerYear(),
                GlobalChange.DEFAULT.durationHours(), 1));
        assertThat(change(CommonCauseFields.resetGlobalChange(d))).isEqualTo(GlobalChange.DEFAULT);
    }

    @Test
    void aDependencyIsAddedUsedByChosenPopulationsAndOtherKindMustStateItsAvailability() {
        Added added = CommonCauseFields.addDependency(TWO);
        ThirdPartyDependency x = added.design().topology().commonCauses().dependencies().get(0);
        assertThat(x.id()).isEqualTo("dependency-1");
        assertThat(x.kind()).isEqualTo(DependencyKind.IDENTITY);
        assertThat(x.usedBy()).isEmpty(); // every population
        List<Field> f = CommonCauseFields.dependency(added.design(), x);
        assertThat(field(f, "availability").value()).isEmpty(); // the kind's default
        assertThat(field(f, "usedBy").show("west-coast")).isEqualTo("West Coast users");

        Design d = field(f, "usedBy").apply().apply("west-coast");
        d = field(CommonCauseFields.dependency(d, dep(d)), "availability").apply().apply("0.999");
        d = field(CommonCauseFields.dependency(d, dep(d)), "kind").apply().apply("other");
        assertThat(dep(d)).isEqualTo(new ThirdPartyDependency("dependency-1", "Dependency 1", DependencyKind.OTHER,
                Reliability.ofSla(0.999), List.of("west-coast")));
        Design other = d;
        assertThatThrownBy(() -> field(CommonCauseFields.dependency(other, dep(other)), "availability").apply()
                .apply("")).hasMessageContaining("state its availability");
        assertThatThrownBy(() -> field(CommonCauseFields.dependency(other, dep(other)), "availability").apply()
                .apply("1.2")).hasMessageContaining("availability");
        assertThat(CommonCauseFields.deleteDependency(d, "dependency-1").topology().commonCauses().dependencies())
                .isEmpty();
    }

    private static ThirdPartyDependency dep(Design d) {
        return d.topology().commonCauses().dependencies().get(0);
    }
}
