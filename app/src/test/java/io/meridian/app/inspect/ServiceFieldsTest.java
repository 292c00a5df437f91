package io.meridian.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.OverloadBehaviour;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.Test;

/** Editing a service's capacity or target utilisation keeps its overload behaviour and autoscaling settings. */
class ServiceFieldsTest {
    private static Field field(Design d, String id, String key) {
        return PropertyForms.of(d, id).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static ComponentSpec.Service service(Design d) {
        return (ComponentSpec.Service) d.topology().component("api-use1").orElseThrow().spec();
    }

    @Test
    void capacityAndUtilisationEditsKeepOverloadMaxInstancesAndWarmup() {
        Design d = Templates.load(Templates.DEFAULT_ID);
        Component api = d.topology().component("api-use1").orElseThrow();
        ComponentSpec.Service before = (ComponentSpec.Service) api.spec();
        Design collapsing = d.withTopology(d.topology().withComponent(api.withSpec(new ComponentSpec.Service(
                before.capacityPerInstanceRps(), before.targetUtilization(), OverloadBehaviour.COLLAPSE, 80, 7.5))));

        Design faster = field(collapsing, "api-use1", "capacityPerInstanceRps").apply().apply("750");
        assertThat(service(faster).capacityPerInstanceRps()).isEqualTo(750);
        assertThat(service(faster).overload()).isEqualTo(OverloadBehaviour.COLLAPSE);
        assertThat(service(faster).maxInstances()).isEqualTo(80);
        assertThat(service(faster).warmupMinutes()).isEqualTo(7.5);

        Design hotter = field(faster, "api-use1", "targetUtilization").apply().apply("0.8");
        assertThat(service(hotter).targetUtilization()).isEqualTo(0.8);
        assertThat(service(hotter).capacityPerInstanceRps()).isEqualTo(750);
        assertThat(service(hotter).overload()).isEqualTo(OverloadBehaviour.COLLAPSE);
        assertThat(service(hotter).maxInstances()).isEqualTo(80);
        assertThat(service(hotter).warmupMinutes()).isEqualTo(7.5);
    }
}
