package io.meridian.io;

import static io.meridian.io.DesignReaderTest.VALID;
import static io.meridian.io.DesignReaderTest.problems;
import static io.meridian.io.DesignReaderTest.problemsWith;
import static io.meridian.io.DesignReaderTest.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import org.junit.jupiter.api.Test;

/**
 * The failure-semantics fields (zones, overload and autoscaling, common causes, who writes what, promotion, ack
 * timeouts) are read with their defaults and refused in one located line, on {@link DesignReaderTest}'s base design.
 */
class FailureFieldsReaderTest {
    @Test
    void zonesPerRegionAndZoneRedundancyAreReadAndCheckedWhereTheyStand() {
        Design design = reader.read(VALID.replace("\"catalog\": \"aws:us-east-1\"", "\"catalog\": \"aws:us-east-1\", "
                + "\"zoneAvailability\": 0.9995, \"zoneMttrHours\": 2").replace("\"availability\": 0.999}",
                "\"availability\": 0.999, \"zoneRedundant\": true}"), "design.json");
        assertThat(design.topology().region("use1").orElseThrow().zoneAvailability()).isEqualTo(0.9995);
        assertThat(design.topology().region("use1").orElseThrow().zoneMttrHours()).isEqualTo(2);
        assertThat(design.topology().component("db").orElseThrow().zoneRedundant()).isTrue();
        assertThat(problemsWith("\"catalog\": \"aws:us-east-1\"", "\"catalog\": \"aws:us-east-1\", "
                + "\"zoneAvailability\": 1.5")).singleElement().asString()
                .startsWith("design.json: $.regions[0].zoneAvailability: ");
        assertThat(problemsWith("\"catalog\": \"aws:us-east-1\"", "\"catalog\": \"aws:us-east-1\", "
                + "\"zoneMttrHours\": 0")).singleElement().asString()
                .startsWith("design.json: $.regions[0].zoneMttrHours: ");
        assertThat(problemsWith("\"availability\": 0.999}", "\"availability\": 0.999, \"zoneRedundant\": \"yes\"}"))
                .singleElement().asString().startsWith("design.json: $.components[1].zoneRedundant: ");
    }

    @Test
    void overloadBehaviourAndAutoscalingAreReadAndCheckedWhereTheyStand() {
        Design design = reader.read(VALID.replace("\"capacityPerInstanceRps\": 100",
                "\"capacityPerInstanceRps\": 100, \"overload\": \"collapse\", \"maxInstances\": 4, "
                        + "\"warmupMinutes\": 2"), "design.json");
        assertThat(design.topology().component("api").orElseThrow().spec()).isEqualTo(new ComponentSpec.Service(100,
                0.7, io.meridian.model.OverloadBehaviour.COLLAPSE, 4, 2));
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": 100, "
                + "\"overload\": \"drop\"")).containsExactly("design.json: $.components[0].overload: unknown "
                + "overload 'drop' (expected one of shed, collapse)");
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": 100, "
                + "\"maxInstances\": 0")).singleElement().asString()
                .startsWith("design.json: $.components[0].maxInstances: ");
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": 100, "
                + "\"warmupMinutes\": -1")).singleElement().asString()
                .startsWith("design.json: $.components[0].warmupMinutes: ");
    }

    @Test
    void commonCausesAndRoutingServicesAreReadWithTheirDefaultsAndCheckedWhereTheyStand() {
        String routing = "\"routing\": {\"kind\": \"latency-dns\", \"services\": [\"route53\", \"cloudflare\"]}, ";
        Design read = reader.read(VALID.replace("\"links\": [", routing + """
                "populations": [{"id": "us", "lat": 0, "lon": 0, "requestsPerSecond": 1}],
                "commonCauses": {"globalChange": {"rolloutWaves": 1},
                  "dependencies": [{"id": "idp", "kind": "identity", "usedBy": ["us"]},
                                   {"id": "pay", "kind": "payments", "availability": 0.999}]},
                "links": ["""), "design.json");
        // Two redundant services at 0.9999 each (their 100% SLAs read as 0.9999): 1 − 0.0001² = 0.99999999.
        assertThat(read.topology().routing().reliability().availability()).isCloseTo(0.99999999,
                org.assertj.core.api.Assertions.within(1e-15));
        io.meridian.model.CommonCauses causes = read.topology().commonCauses();
        assertThat(causes.globalChange()).isEqualTo(new io.meridian.model.GlobalChange(1, 2, 1));
        assertThat(causes.dependencies().get(0).reliability().availability()).isEqualTo(0.9999);
        assertThat(causes.dependencies().get(0).usedBy()).containsExactly("us");
        assertThat(causes.dependencies().get(1).reliability().availability()).isEqualTo(0.999);
        // Without the field: one 2 h change a year in 4 waves; a routing layer without services: 0.9999.
        Design plain = reader.read(VALID.replace("\"links\": [", "\"routing\": {\"kind\": \"geo-dns\"}, \"links\": ["),
                "design.json");
        assertThat(plain.topology().commonCauses()).isEqualTo(io.meridian.model.CommonCauses.DEFAULTS);
        assertThat(plain.topology().routing().reliability().availability()).isEqualTo(0.9999);
        assertThat(problemsWith("\"links\": [", "\"commonCauses\": {\"globalChange\": {\"eventsPerYear\": 400}}, "
                + "\"links\": [")).containsExactly("design.json: $.commonCauses.globalChange.eventsPerYear: 400 is more "
                + "than the maximum 365");
        assertThat(problemsWith("\"links\": [", "\"commonCauses\": {\"dependencies\": [{\"id\": \"x\", "
                + "\"usedBy\": [\"nobody\"], \"availability\": 0.9}]}, \"links\": [")).containsExactly(
                "design.json: $.commonCauses.dependencies[0].usedBy: dependency 'x' names population 'nobody', which "
                        + "the design does not have");
        assertThat(problemsWith("\"links\": [", "\"commonCauses\": {\"dependencies\": [{\"id\": \"x\"}]}, "
                + "\"links\": [")).containsExactly("design.json: $.commonCauses.dependencies[0].availability: give "
                + "availability, or both mtbfHours and mttrHours");
    }

    @Test
    void whoWritesWhatPromotionAndAckTimeoutsAreReadAndCheckedWithTheirPaths() {
        String design = VALID.replace("\"links\": [", """
                "datasets": [{"id": "orders", "copies": ["db"], "promotion": "manual", "promotionOrder": [],
                  "decisionMinutes": 5}],
                "populations": [{"id": "us", "lat": 0, "lon": 0, "requestsPerSecond": 1, "writes": ["orders"],
                  "reads": []}],
                "links": [""");
        Design read = reader.read(design, "design.json");
        assertThat(read.topology().dataset("orders").orElseThrow().decisionMinutesOrDefault(15)).isEqualTo(5);
        assertThat(read.topology().population("us").orElseThrow().writes()).containsExactly("orders");
        assertThat(reader.read(DesignWriter.toJson(read), "saved.json")).isEqualTo(read);

        assertThat(problems(design.replace("\"promotion\": \"manual\", ", "")))
                .containsExactly("design.json: $.datasets[0].decisionMinutes: only a manual promotion waits for a decision");
        assertThat(problems(design.replace("\"promotionOrder\": []", "\"promotionOrder\": [\"api\"]")))
                .containsExactly("design.json: $.datasets[0].promotionOrder[0]: 'api' is not one of the dataset's copies");
        assertThat(problems(design.replace("\"writes\": [\"orders\"]", "\"writes\": [\"ordres\"]")))
                .containsExactly("design.json: $.populations[0].writes[0]: no dataset with id 'ordres'");
        assertThat(problems(design.replace("\"to\": \"db\"}", "\"to\": \"db\"}, {\"id\": \"r\", "
                + "\"kind\": \"replication\", \"from\": \"db\", \"to\": \"api\", \"mode\": \"sync\", "
                + "\"ackTimeoutMs\": 500}")))
                .containsExactly("design.json: $.links[1].ackTimeoutMs: only a semi-sync replication link falls back "
                        + "after a timeout (a sync link never does)");
    }

    @Test
    void readConsistencyAndQuorumLeaderAreReadWrittenBackAndCheckedWhereTheyStand() {
        String design = VALID.replace("\"links\": [", """
                "datasets": [{"id": "flags", "strategy": "commit-wait", "copies": ["db"],
                  "readConsistency": "stale", "quorumLeader": "home-region"}],
                "links": [""");
        Design read = reader.read(design, "design.json");
        io.meridian.model.Dataset flags = read.topology().dataset("flags").orElseThrow();
        assertThat(flags.readConsistency()).isEqualTo(io.meridian.model.ReadConsistency.STALE);
        assertThat(flags.quorumLeader()).isEqualTo(io.meridian.model.QuorumLeader.HOME_REGION);
        assertThat(reader.read(DesignWriter.toJson(read), "saved.json")).isEqualTo(read);
        // Unstated: strong reads and one fixed leader, and nothing is written back.
        Design plain = reader.read(design.replace("\"readConsistency\": \"stale\", \"quorumLeader\": "
                + "\"home-region\"", "\"promotion\": \"automatic\""), "design.json");
        assertThat(plain.topology().dataset("flags").orElseThrow().readConsistencyOrDefault())
                .isEqualTo(io.meridian.model.ReadConsistency.STRONG);
        assertThat(DesignWriter.toJson(plain)).doesNotContain("readConsistency").doesNotContain("quorumLeader");

        assertThat(problems(design.replace("\"stale\"", "\"eventual\""))).containsExactly("design.json: "
                + "$.datasets[0].readConsistency: unknown readConsistency 'eventual' (expected one of strong, stale)");
        assertThat(problems(design.replace("\"commit-wait\"", "\"multi-primary\"").replace("\"stale\"",
                "\"strong\"").replace(", \"quorumLeader\": \"home-region\"", ""))).containsExactly("design.json: "
                + "$.datasets[0].readConsistency: multi-primary data has no strong read: each copy commits alone "
                + "(use 'stale', or a single-leader strategy)");
        assertThat(problems(design.replace("\"commit-wait\"", "\"single-primary\""))).containsExactly(
                "design.json: $.datasets[0].quorumLeader: applies only to majority-quorum and commit-wait data, not "
                        + "single-primary");
    }

    @Test
    void serviceTimesAndP99LatencyObjectivesAreReadWrittenBackAndCheckedWhereTheyStand() {
        Design read = reader.read(VALID.replace("\"capacityPerInstanceRps\": 100}", "\"capacityPerInstanceRps\": 100, "
                + "\"serviceTimeMs\": 5, \"serviceTimeP99Ms\": 40}").replace("\"availability\": 0.999}",
                "\"availability\": 0.999, \"serviceTimeMs\": 2}").replace("\"links\": [",
                "\"objectives\": {\"readLatencyP99Ms\": 80, \"writeLatencyP99Ms\": 120}, \"links\": ["), "design.json");
        assertThat(read.topology().component("api").orElseThrow().serviceTime())
                .isEqualTo(new io.meridian.model.ServiceTime(5, 40));
        // A median alone: p99 = 3 × 2 = 6 ms.
        assertThat(read.topology().component("db").orElseThrow().serviceTime())
                .isEqualTo(new io.meridian.model.ServiceTime(2, 6));
        assertThat(read.topology().objectives().readLatencyP99Ms()).isEqualTo(80);
        assertThat(read.topology().objectives().writeLatencyP99Ms()).isEqualTo(120);
        assertThat(reader.read(DesignWriter.toJson(read), "saved.json")).isEqualTo(read);

        assertThat(problemsWith("\"capacityPerInstanceRps\": 100}", "\"capacityPerInstanceRps\": 100, "
                + "\"serviceTimeMs\": 5, \"serviceTimeP99Ms\": 4}")).containsExactly("design.json: "
                + "$.components[0].serviceTimeP99Ms: the 99th percentile (4 ms) cannot be below the median "
                + "serviceTimeMs (5 ms)");
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100}", "\"capacityPerInstanceRps\": 100, "
                + "\"serviceTimeP99Ms\": 4}")).containsExactly("design.json: $.components[0]: missing field "
                + "'serviceTimeMs'");
        assertThat(problemsWith("\"links\": [", "\"objectives\": {\"readLatencyP99Ms\": -1}, \"links\": ["))
                .singleElement().asString().startsWith("design.json: $.objectives.readLatencyP99Ms: ");
    }
}
