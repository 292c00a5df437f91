package io.meridian.app.designdata;

import static io.meridian.app.designdata.AssumptionFieldsTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.inspect.Field;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.FailureScenario;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Providers' failure domains and user failure scenarios: stated, edited, refused, removed. */
class FailureDomainFieldsTest {
    private static final Design TWO = Templates.load(Templates.DEFAULT_ID);

    @Test
    void aProviderInUseWithoutAProfileIsListedOnDefaultsAndItsFirstEditStatesOne() {
        assertThat(ProviderFields.listed(TWO.topology())).containsExactly(Provider.AWS);
        assertThat(ProviderFields.describe(TWO.topology(), Provider.AWS)).isEqualTo("AWS · 2 regions · default");
        List<Field> f = ProviderFields.of(TWO, Provider.AWS);
        assertThat(field(f, "availability").value()).isEmpty();
        assertThat(field(f, "availability").prompt()).isEqualTo("default: 0.99995");
        Design d = field(f, "availability").apply().apply("0.9999");
        // Stated: the edit plus the defaults for the rest (4 h, list prices).
        assertThat(d.topology().providers()).containsExactly(new ProviderProfile(Provider.AWS, 0.9999,
                Defaults.PROVIDER_MTTR_HOURS, 0));
        d = field(ProviderFields.of(d, Provider.AWS), "discountPercent").apply().apply("30");
        assertThat(d.topology().provider(Provider.AWS).discountPercent()).isEqualTo(30);
        assertThat(d.topology().provider(Provider.AWS).availability()).isEqualTo(0.9999);
        assertThat(ProviderFields.describe(d.topology(), Provider.AWS)).endsWith("stated");

        Design reverted = ProviderFields.revert(d, Provider.AWS);
        assertThat(reverted.topology().providers()).isEmpty();
        assertThat(reverted.topology().provider(Provider.AWS)).isEqualTo(ProviderProfile.defaultFor(Provider.AWS));
    }

    @Test
    void aProviderProfileRefusesWhatTheModelRefuses() {
        List<Field> f = ProviderFields.of(TWO, Provider.AWS);
        assertThatThrownBy(() -> field(f, "mttrHours").apply().apply("0")).hasMessageContaining("mttrHours");
        assertThatThrownBy(() -> field(f, "discountPercent").apply().apply("120"))
                .hasMessageContaining("discountPercent");
    }

    @Test
    void aScenarioIsAddedEditedByRegionAndProviderRefusedWhenEmptyAndDeleted() {
        Added added = ScenarioFields.add(TWO);
        assertThat(added.id()).isEqualTo("scenario-1");
        FailureScenario s = added.design().topology().scenarios().get(0);
        assertThat(s.regionIds()).containsExactly("use1");
        assertThat(s.name()).isEqualTo("Scenario 1");

        List<Field> f = ScenarioFields.of(added.design(), s);
        Field regions = field(f, "regions");
        assertThat(regions.show("usw2")).isEqualTo(TWO.topology().region("usw2").orElseThrow().name());
        Design d = regions.apply().apply("use1,usw2");
        d = field(ScenarioFields.of(d, d.topology().scenarios().get(0)), "providers").apply().apply("aws");
        d = field(ScenarioFields.of(d, d.topology().scenarios().get(0)), "name").apply().apply("Both coasts");
        assertThat(d.topology().scenarios()).containsExactly(new FailureScenario("scenario-1", "Both coasts",
                List.of("use1", "usw2"), List.of(Provider.AWS)));
        assertThat(field(f, "providers").show("gcp")).isEqualTo("Google Cloud");

        assertThatThrownBy(() -> regions.apply().apply(""))
                .hasMessageContaining("a failure scenario fails at least one region or provider");
        assertThat(ScenarioFields.add(d).id()).isEqualTo("scenario-2");
        assertThat(ScenarioFields.delete(d, "scenario-1").topology().scenarios()).isEmpty();
    }
}
