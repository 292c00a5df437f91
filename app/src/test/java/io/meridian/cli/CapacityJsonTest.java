package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In --json, a failure state lists only the regions unlike normal operation; normal operation lists them all. */
class CapacityJsonTest {
    @Test
    void aFailureStateListsTheRegionsItChangesAndCountsTheRest(@TempDir Path dir) throws Exception {
        // 13 regions on the equator, 10° apart; both populations (100 rps each) sit at lon 0.5, served by r0.
        CliRun run = CliRun.of("evaluate", LargeDesignTextTest.design(dir, 13, 2).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode scenarios = CliJson.MAPPER.readTree(run.out()).at("/capacity/scenarios");
        JsonNode normal = scenarios.get(0).get("initial");
        assertThat(normal.get("regions")).hasSize(13);
        assertThat(normal.has("regionsAsNormal")).isFalse();
        // r0 down: r0 itself (now down) and r1 (now carrying the 200 rps) change; the other 11 are as normal.
        JsonNode r0Down = scenario(scenarios, "region:r0").get("initial");
        assertThat(ids(r0Down)).containsExactly("r0", "r1");
        assertThat(r0Down.get("regionsAsNormal").asInt()).isEqualTo(11);
        assertThat(r0Down.at("/regions/1/load/value").asDouble()).isEqualTo(200.0);
        // r5 down: it carried nothing, so only its own state changes.
        JsonNode r5Down = scenario(scenarios, "region:r5").get("initial");
        assertThat(ids(r5Down)).containsExactly("r5");
        assertThat(r5Down.at("/regions/0/down").asBoolean()).isTrue();
        assertThat(r5Down.get("regionsAsNormal").asInt()).isEqualTo(12);
    }

    private static JsonNode scenario(JsonNode scenarios, String id) {
        for (JsonNode s : scenarios) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no scenario " + id);
    }

    private static List<String> ids(JsonNode state) {
        List<String> ids = new ArrayList<>();
        state.get("regions").forEach(r -> ids.add(r.get("regionId").asText()));
        return ids;
    }
}
