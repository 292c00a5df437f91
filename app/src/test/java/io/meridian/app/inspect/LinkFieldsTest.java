package io.meridian.app.inspect;

import static io.meridian.app.inspect.FailureAndLatencyFieldsTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.model.Design;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.Test;

/** A replication link's via queue, semi-sync acknowledgement timeout and measured lag, each clearable. */
class LinkFieldsTest {
    private static Link link(Design d, String id) {
        return d.topology().link(id).orElseThrow();
    }

    @Test
    void semiSyncTimeoutShowsItsDefaultAndAModeChangeDropsIt() {
        Design d = Templates.load(Templates.DEFAULT_ID);
        String id = "repl.db-use1.db-usw2";
        assertThat(PropertyForms.of(d, id).fields()).noneMatch(f -> f.key().equals("ackTimeoutMs")); // async
        d = field(d, id, "mode").apply().apply("semi-sync");
        Field timeout = field(d, id, "ackTimeoutMs");
        assertThat(timeout.value()).isEmpty();
        assertThat(timeout.prompt()).isEqualTo("default: 10000 ms");
        d = timeout.apply().apply("2500");
        assertThat(link(d, id).ackTimeoutMs()).isEqualTo(2500.0);
        d = field(d, id, "lagMs").apply().apply("5");
        assertThat(link(d, id).ackTimeoutMs()).isEqualTo(2500.0); // kept by another edit
        d = field(d, id, "ackTimeoutMs").apply().apply("");
        assertThat(link(d, id).ackTimeoutMs()).isNull();
        d = field(d, id, "ackTimeoutMs").apply().apply("2500");
        d = field(d, id, "mode").apply().apply("async");
        assertThat(link(d, id).mode()).isEqualTo(ReplicationMode.ASYNC);
        assertThat(link(d, id).ackTimeoutMs()).isNull();
    }

    @Test
    void measuredLagIsEditedRefusedBelowTheMedianAndCleared() {
        Design d = Templates.load(Templates.DEFAULT_ID);
        String id = "repl.db-use1.db-usw2";
        d = field(d, id, "lagP50Ms").apply().apply("120");
        d = field(d, id, "lagP99Ms").apply().apply("900");
        assertThat(link(d, id).lagP50Ms()).isEqualTo(120.0);
        assertThat(link(d, id).lagP99Ms()).isEqualTo(900.0);
        Design measured = d;
        assertThatThrownBy(() -> field(measured, id, "lagP99Ms").apply().apply("100"))
                .hasMessageContaining("below the median");
        d = field(d, id, "lagP50Ms").apply().apply("");
        assertThat(link(d, id).lagP50Ms()).isNull();
        assertThat(link(d, id).lagP99Ms()).isEqualTo(900.0);
    }

    @Test
    void aCdcLinkPicksItsQueueByNameOrNone() {
        Design d = Templates.load("active-passive-cdc");
        String id = "repl.pg-use1.pg-euw1";
        Field via = field(d, id, "via");
        assertThat(via.value()).isEqualTo("kafka-use1");
        assertThat(via.choices()).containsExactly(Values.NONE, "kafka-use1", "kafka-euw1");
        assertThat(via.show("kafka-euw1")).isEqualTo(d.topology().component("kafka-euw1").orElseThrow().name());
        d = via.apply().apply("kafka-euw1");
        assertThat(link(d, id).via()).isEqualTo("kafka-euw1");
        d = field(d, id, "via").apply().apply(Values.NONE);
        assertThat(link(d, id).via()).isNull();
        assertThat(field(d, id, "from").value()).isEqualTo(d.topology().component("pg-use1").orElseThrow().name());
    }
}
