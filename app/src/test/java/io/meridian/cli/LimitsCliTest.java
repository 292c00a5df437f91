package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric field's documented limit (io.meridian.model.Limits, docs/file-format.md), end to end through
 * {@code meridian evaluate}: one value just past it gives exit 2 and exactly one line naming file, path and limit.
 */
class LimitsCliTest {
    /** Every element kind and setting, so that each field below exists; accepted as it is. */
    static final String BASE = """
            {"schema": "meridian/1", "name": "limits",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}, {"id": "euw1", "catalog": "aws:eu-west-1"}],
             "components": [
               {"id": "api", "kind": "service", "region": "use1", "instances": 3, "availability": 0.99,
                "capacityPerInstanceRps": 100},
               {"id": "db", "kind": "database", "region": "use1", "availability": 0.999},
               {"id": "db2", "kind": "database", "region": "euw1", "role": "replica", "mtbfHours": 1000, "mttrHours": 1},
               {"id": "q", "kind": "queue", "region": "use1", "availability": 0.999, "throughputRps": 1000},
               {"id": "s3", "kind": "object-store", "region": "use1", "availability": 0.999, "storedGb": 10}
             ],
             "links": [{"id": "api-db", "kind": "dependency", "from": "api", "to": "db"},
                       {"id": "rep", "kind": "replication", "from": "db", "to": "db2", "mode": "async"},
                       {"id": "net", "kind": "network", "from": "use1", "to": "euw1", "rttMs": 70}],
             "datasets": [{"id": "orders", "copies": ["db", "db2"], "writesPerSecond": 10}],
             "routing": {"kind": "latency-dns"},
             "populations": [{"id": "us", "lat": 40, "lon": -74, "requestsPerSecond": 100}],
             "objectives": {"availability": 0.99},
             "assumptions": {},
             "providers": [{"provider": "aws"}],
             "layout": {"positions": {"api": {"x": 0, "y": 0}}}}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theBaseDesignIsAccepted() throws IOException {
        Path file = Files.writeString(dir.resolve("limits.json"), BASE);
        CliRun run = CliRun.of("evaluate", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isIn(MeridianCommand.OK, MeridianCommand.OBJECTIVES_FAILED);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /components/0/instances                | 2147483647 | 2147483647 is more than the maximum 100,000
            /components/0/instances                | 100001     | 100001 is more than the maximum 100,000
            /components/0/hourlyPrice              | 1e308      | 1.0E308 is more than the maximum 1,000,000
            /components/0/hourlyPrice              | 1e400      | must be a finite number >= 0, got Infinity
            /components/0/capacityPerInstanceRps   | 2e9        | 2000000000 is more than the maximum 1,000,000,000
            /components/0/capacityPerInstanceRps   | -1e400     | must be a finite number > 0, got -Infinity
            /components/0/availability             | 1e-7       | 1.0E-7 is less than the minimum 1.0E-6
            /components/1/workers                  | 10001      | 10001 is more than the maximum 10,000
            /components/1/workers                  | 2147483648 | expected an integer, got 2147483648
            /components/1/applyRatePerWorker       | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /components/1/promoteSeconds           | 1e9        | 1000000000 is more than the maximum 100,000,000
            /components/1/switchoverSeconds        | 1e9        | 1000000000 is more than the maximum 100,000,000
            /components/1/mttrHours                | 2e6        | 2000000 is more than the maximum 1,000,000
            /components/2/mtbfHours                | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /components/3/retentionHours           | 1e7        | 10000000 is more than the maximum 1,000,000
            /components/3/throughputRps            | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /components/3/consumerLagSeconds       | 1e9        | 1000000000 is more than the maximum 100,000,000
            /components/4/storedGb                 | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /links/1/lagMs                         | 1e9        | 1000000000 is more than the maximum 100,000,000
            /links/2/rttMs                         | 1e9        | 1000000000 is more than the maximum 100,000,000
            /datasets/0/writesPerSecond            | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /datasets/0/recordBytes                | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /datasets/0/mergeRatePerSecond         | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /populations/0/requestsPerSecond       | 1e10       | 10000000000 is more than the maximum 1,000,000,000
            /regions/0/mttrHours                   | 1e7        | 10000000 is more than the maximum 1,000,000
            /regions/0/zones                       | 101        | 101 is more than the maximum 100
            /providers/0/mttrHours                 | 1e7        | 10000000 is more than the maximum 1,000,000
            /routing/dnsTtlSeconds                 | 1e9        | 1000000000 is more than the maximum 100,000,000
            /routing/healthCheckIntervalSeconds    | 1e9        | 1000000000 is more than the maximum 100,000,000
            /routing/failureThreshold              | 1001       | 1001 is more than the maximum 1,000
            /routing/convergenceSeconds            | 1e9        | 1000000000 is more than the maximum 100,000,000
            /routing/dnsCacheTailSeconds           | 1e9        | 1000000000 is more than the maximum 100,000,000
            /routing/monthlyPrice                  | 1e13       | 10000000000000 is more than the maximum 1,000,000,000,000
            /objectives/rtoSeconds                 | 1e9        | 1000000000 is more than the maximum 100,000,000
            /objectives/rpoSeconds                 | 1e9        | 1000000000 is more than the maximum 100,000,000
            /objectives/readLatencyMs              | 1e9        | 1000000000 is more than the maximum 100,000,000
            /objectives/writeLatencyMs             | 1e9        | 1000000000 is more than the maximum 100,000,000
            /objectives/monthlyBudget              | 1e13       | 10000000000000 is more than the maximum 1,000,000,000,000
            /assumptions/fiberKmPerMs              | 0.5        | 0.5 is less than the minimum 1
            /assumptions/routeInflation            | 11         | 11 is more than the maximum 10
            /assumptions/overheadRttMs             | 1e9        | 1000000000 is more than the maximum 100,000,000
            /assumptions/commitWaitEpsilonMs       | 1e9        | 1000000000 is more than the maximum 100,000,000
            /assumptions/downtimeCostPerHour       | 1e13       | 10000000000000 is more than the maximum 1,000,000,000,000
            /assumptions/reconnectSeconds          | 1e9        | 1000000000 is more than the maximum 100,000,000
            /assumptions/partitionSeconds          | 1e9        | 1000000000 is more than the maximum 100,000,000
            /assumptions/wanCutHours               | 1e7        | 10000000 is more than the maximum 1,000,000
            /assumptions/transferPricePerGb        | 1001       | 1001 is more than the maximum 1,000
            /assumptions/inRegionSwitchoverSeconds | 1e9        | 1000000000 is more than the maximum 100,000,000
            /assumptions/operatorDecisionMinutes   | 1e9        | 1000000000 is more than the maximum 1,000,000
            /assumptions/switchoverFailureOnDemand | 1.5        | must be in [0, 1], got 1.5
            /layout/positions/api/x                | 1e8        | 100000000 is outside ±10,000,000
            /layout/positions/api/y                | 1e400      | must be a finite number, got Infinity
            """)
    void aValuePastItsLimitIsOneLocatedLine(String pointer, String raw, String message) throws IOException {
        Path file = dir.resolve("limits.json");
        Files.writeString(file, with(pointer, raw));
        CliRun run = CliRun.of("evaluate", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": " + toPath(pointer) + ": " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "BASELINE", "Baseline"})
    void anAlternativeCannotBeCalledBaselineInAnyCase(String id) throws IOException {
        Path file = dir.resolve("limits.json");
        ObjectNode tree = (ObjectNode) JSON.readTree(BASE);
        tree.putArray("alternatives").addObject().put("id", id);
        Files.writeString(file, JSON.writeValueAsString(tree));
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": $.alternatives[0].id: 'baseline' (in any case) is "
                + "reserved for the design's own topology; give the alternative another id");
    }

    /** BASE with the value at {@code pointer} replaced by the number text {@code raw}, exactly as written. */
    private static String with(String pointer, String raw) throws IOException {
        JsonNode tree = JSON.readTree(BASE);
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        String placeholder = "@@value@@";
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), placeholder);
        } else {
            ((ObjectNode) parent).put(at.last().getMatchingProperty(), placeholder);
        }
        return JSON.writeValueAsString(tree).replace("\"" + placeholder + "\"", raw);
    }

    /** /components/0/instances → $.components[0].instances. */
    private static String toPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/")) {
            path.append(part.matches("\\d+") ? "[" + part + "]" : "." + part);
        }
        return path.toString();
    }
}
