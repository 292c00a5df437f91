package io.meridian.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.edit.DesignEdits;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.RouteWeight;
import io.meridian.model.RoutingService;
import io.meridian.model.ServiceTime;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The inspector's fields for the failure-semantics and latency inputs: overload, autoscaling, service times,
 * switchover, object store writes, population weights, reads/writes and response size, routing services. Optional
 * ones clear back to their default with empty text.
 */
class FailureAndLatencyFieldsTest {
    private static final Design TWO = Templates.load(Templates.DEFAULT_ID);

    static Field field(Design d, String id, String key) {
        return PropertyForms.of(d, id).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Component component(Design d, String id) {
        return d.topology().component(id).orElseThrow();
    }

    private static ComponentSpec.Service service(Design d) {
        return (ComponentSpec.Service) component(d, "api-use1").spec();
    }

    @Test
    void overloadAutoscalingAndWarmupAreEditedAndAutoscalingClearsToNone() {
        Design d = field(TWO, "api-use1", "overload").apply().apply("collapse");
        assertThat(service(d).overload()).isEqualTo(OverloadBehaviour.COLLAPSE);
        d = field(d, "api-use1", "maxInstances").apply().apply("80");
        assertThat(service(d).maxInstances()).isEqualTo(80);
        assertThat(field(d, "api-use1", "maxInstances").value()).isEqualTo("80");
        d = field(d, "api-use1", "warmupMinutes").apply().apply("7.5");
        assertThat(service(d).warmupMinutes()).isEqualTo(7.5);
        assertThat(service(d).overload()).isEqualTo(OverloadBehaviour.COLLAPSE); // kept by the other edits

        // Empty warm-up: the default (5 min); empty maximum: no autoscaling (null), shown empty.
        d = field(d, "api-use1", "warmupMinutes").apply().apply("");
        assertThat(service(d).warmupMinutes()).isEqualTo(Defaults.WARMUP_MINUTES);
        d = field(d, "api-use1", "maxInstances").apply().apply("");
        assertThat(service(d).maxInstances()).isNull();
        assertThat(field(d, "api-use1", "maxInstances").value()).isEmpty();
        assertThat(field(d, "api-use1", "maxInstances").prompt()).isEqualTo("no autoscaling");
    }

    @Test
    void autoscalingBelowTheRunningInstancesIsRefusedWithTheModelsMessage() {
        // api-use1 runs 50 instances: autoscaling to 10 is refused by Component's constructor.
        assertThatThrownBy(() -> field(TWO, "api-use1", "maxInstances").apply().apply("10"))
                .hasMessageContaining("must be at least instances (50)");
        assertThatThrownBy(() -> field(TWO, "api-use1", "overload").apply().apply("explode"))
                .hasMessageContaining("explode");
    }

    @Test
    void serviceTimeMedianTakesTheDefaultTailAndClearsToNotStated() {
        assertThat(field(TWO, "db-use1", "serviceTimeMs").value()).isEmpty();
        Design d = field(TWO, "db-use1", "serviceTimeMs").apply().apply("4");
        // p99 by default = 3 × p50 = 3 × 4 = 12 ms
        assertThat(component(d, "db-use1").serviceTime()).isEqualTo(new ServiceTime(4, 12));
        d = field(d, "db-use1", "serviceTimeP99Ms").apply().apply("20");
        assertThat(component(d, "db-use1").serviceTime()).isEqualTo(new ServiceTime(4, 20));
        Design stated = d;
        assertThatThrownBy(() -> field(stated, "db-use1", "serviceTimeP99Ms").apply().apply("3"))
                .hasMessageContaining("cannot be below the median");
        d = field(d, "db-use1", "serviceTimeP99Ms").apply().apply("");
        assertThat(component(d, "db-use1").serviceTime()).isEqualTo(new ServiceTime(4, 12));
        d = field(d, "db-use1", "serviceTimeMs").apply().apply("");
        assertThat(component(d, "db-use1").serviceTime()).isNull();
    }

    @Test
    void switchoverShowsItsDefaultAsThePromptAndClearsToNull() {
        Field db = field(TWO, "db-use1", "switchoverSeconds");
        assertThat(db.prompt()).isEqualTo("default: 90 s"); // the design's inRegionSwitchoverSeconds
        assertThat(field(TWO, "cache-use1", "switchoverSeconds").prompt()).isEqualTo("default: 15 s");
        Design d = db.apply().apply("45");
        assertThat(component(d, "db-use1").switchoverSeconds()).isEqualTo(45.0);
        d = field(d, "db-use1", "switchoverSeconds").apply().apply("");
        assertThat(component(d, "db-use1").switchoverSeconds()).isNull();
        assertThatThrownBy(() -> db.apply().apply("-1")).hasMessageContaining("switchoverSeconds");
    }

    @Test
    void anObjectStoresMonthlyWritesAreEdited() {
        Design d = field(TWO, "assets-use1", "writtenGbPerMonth").apply().apply("250");
        ComponentSpec.ObjectStore s = (ComponentSpec.ObjectStore) component(d, "assets-use1").spec();
        assertThat(s.writtenGbPerMonth()).isEqualTo(250);
        assertThat(s.storedGb()).isEqualTo(((ComponentSpec.ObjectStore) component(TWO, "assets-use1").spec())
                .storedGb());
    }

    @Test
    void populationWeightsAreTypedByRegionNameReadsAndWritesByDatasetAndResponseSizeClears() {
        String east = TWO.topology().region("use1").orElseThrow().name();
        String west = TWO.topology().region("usw2").orElseThrow().name();
        Design d = field(TWO, "east-coast", "weights").apply().apply(east + " = 60%; " + west + " = 0.4");
        // 60% = 0.6; 0.6 + 0.4 = 1
        assertThat(d.topology().population("east-coast").orElseThrow().weights())
                .containsExactly(new RouteWeight("use1", 0.6), new RouteWeight("usw2", 0.4));
        assertThat(field(d, "east-coast", "weights").value()).isEqualTo(east + " = 0.6; " + west + " = 0.4");
        assertThatThrownBy(() -> field(TWO, "east-coast", "weights").apply().apply(east + " = 0.5"))
                .hasMessageContaining("must add up to 1");
        assertThatThrownBy(() -> field(TWO, "east-coast", "weights").apply().apply("Atlantis = 1"))
                .hasMessageContaining("no region is named 'Atlantis'");
        d = field(d, "east-coast", "weights").apply().apply("");
        assertThat(d.topology().population("east-coast").orElseThrow().weights()).isEmpty();

        Field reads = field(d, "east-coast", "reads");
        assertThat(reads.type()).isEqualTo(Field.Type.MULTI);
        assertThat(reads.show("orders")).isEqualTo(TWO.topology().dataset("orders").orElseThrow().name());
        d = reads.apply().apply("orders");
        d = field(d, "east-coast", "writes").apply().apply("orders,sessions");
        assertThat(d.topology().population("east-coast").orElseThrow().reads()).containsExactly("orders");
        assertThat(d.topology().population("east-coast").orElseThrow().writes()).containsExactly("orders", "sessions");
        d = field(d, "east-coast", "reads").apply().apply(""); // none ticked: back to the zone's datasets
        assertThat(d.topology().population("east-coast").orElseThrow().reads()).isNull();

        d = field(d, "east-coast", "responseBytes").apply().apply("20000");
        assertThat(d.topology().population("east-coast").orElseThrow().responseBytes()).isEqualTo(20000.0);
        d = field(d, "east-coast", "responseBytes").apply().apply("");
        assertThat(d.topology().population("east-coast").orElseThrow().responseBytes()).isNull();
    }

    @Test
    void routingEditsKeepTheServicesItRunsOnWhichAreEditedByName() {
        Design d = field(TWO, DesignEdits.ROUTING_ID, "dnsTtlSeconds").apply().apply("30");
        assertThat(d.topology().routing().dnsTtlSeconds()).isEqualTo(30);
        assertThat(d.topology().routing().services()).containsExactly(RoutingService.ROUTE53);
        Field services = field(d, DesignEdits.ROUTING_ID, "services");
        assertThat(services.show("route53")).isEqualTo("Amazon Route 53");
        d = services.apply().apply("route53,cloudflare");
        assertThat(d.topology().routing().services()).containsExactly(RoutingService.ROUTE53, RoutingService.CLOUDFLARE);
    }
}
