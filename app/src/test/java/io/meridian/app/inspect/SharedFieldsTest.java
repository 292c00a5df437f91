package io.meridian.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.SampleDesigns;
import io.meridian.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several elements edited at once, on the two-region sample (api-use1 and api-euw1: 50 instances each). */
class SharedFieldsTest {
    private final Design design = SampleDesigns.twoRegions();

    private static Field field(PropertyForms.Form form, String key) {
        return form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void twoServicesShowTheirCommonFieldsWithTheValueTheyShareAndOneEditSetsBoth() {
        PropertyForms.Form form = SharedFields.of(design, List.of("api-use1", "api-euw1"));
        assertThat(form.title()).isEqualTo("2 services · common fields");
        // Their region is shared too (moving both at once); their ids never are.
        assertThat(form.fields()).extracting(Field::key).contains("instances", "name", "region",
                "capacityPerInstanceRps").doesNotContain("id");
        assertThat(field(form, "instances").value()).isEqualTo("50");
        Design after = field(form, "instances").apply().apply("60");
        assertThat(after.topology().component("api-use1").orElseThrow().instances()).isEqualTo(60);
        assertThat(after.topology().component("api-euw1").orElseThrow().instances()).isEqualTo(60);
        // Everything else stays: the other service's region, the databases.
        assertThat(after.topology().component("api-euw1").orElseThrow().regionId()).isEqualTo("euw1");
        assertThat(after.topology().components()).hasSize(design.topology().components().size());
    }

    @Test
    void differingValuesShowEmptyAsMixedAndABadValueIsRefusedByTheModel() {
        // The services are named "api" both; the databases "orders-db" and "eu-witness" differ.
        PropertyForms.Form dbs = SharedFields.of(design, List.of("db-use1", "db-euc1"));
        assertThat(field(dbs, "name").value()).isEmpty();
        assertThat(field(dbs, "name").prompt()).isEqualTo("mixed");
        Field instances = field(SharedFields.of(design, List.of("api-use1", "api-euw1")), "instances");
        assertThatThrownBy(() -> instances.apply().apply("-1")).hasMessageContaining("instances");
    }

    @Test
    void aRegionAndAServiceShareOnlyTheirName() {
        PropertyForms.Form form = SharedFields.of(design, List.of("use1", "api-use1"));
        assertThat(form.title()).isEqualTo("2 elements · common fields");
        assertThat(form.fields()).extracting(Field::key).containsExactly("name");
        Design after = field(form, "name").apply().apply("east");
        assertThat(after.topology().region("use1").orElseThrow().name()).isEqualTo("east");
        assertThat(after.topology().component("api-use1").orElseThrow().name()).isEqualTo("east");
    }
}
