package io.meridian.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.Test;

/** The inspector's zone fields: a component's zone-redundant checkbox, a region's zone availability and repair. */
class ZoneFieldsTest {
    private static Field field(Design d, String id, String key) {
        return PropertyForms.of(d, id).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aComponentIsMadeZoneRedundantByItsCheckboxAndOtherEditsKeepIt() {
        Design d = Templates.load(Templates.DEFAULT_ID);
        Field box = field(d, "db-use1", "zoneRedundant");
        assertThat(box.type()).isEqualTo(Field.Type.CHECK);
        assertThat(box.value()).isEqualTo("false");
        Design redundant = box.apply().apply("true");
        assertThat(redundant.topology().component("db-use1").orElseThrow().zoneRedundant()).isTrue();
        Design repriced = field(redundant, "db-use1", "hourlyPrice").apply().apply("0.75");
        assertThat(repriced.topology().component("db-use1").orElseThrow().zoneRedundant()).isTrue();
        assertThat(repriced.topology().component("db-use1").orElseThrow().hourlyPrice()).isEqualTo(0.75);
    }

    @Test
    void aRegionsZoneFiguresAreEditedAndKeptByItsOtherEdits() {
        Design d = Templates.load(Templates.DEFAULT_ID);
        Design edited = field(d, "use1", "zoneAvailability").apply().apply("0.9995");
        edited = field(edited, "use1", "zoneMttrHours").apply().apply("2");
        edited = field(edited, "use1", "mttrHours").apply().apply("6");
        edited = field(edited, "use1", "zones").apply().apply("1");
        var use1 = edited.topology().region("use1").orElseThrow();
        assertThat(use1.zoneAvailability()).isEqualTo(0.9995);
        assertThat(use1.zoneMttrHours()).isEqualTo(2);
        assertThat(use1.mttrHours()).isEqualTo(6);
        assertThat(use1.zones()).isEqualTo(1);
    }
}
