package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LatencyCommandTest {

    @Test
    void virginiaToDublinAsJson() throws Exception {
        CliRun run = CliRun.of("latency", "aws:us-east-1", "aws:eu-west-1", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        double km = json.get("distanceKm").asDouble();
        // Washington DC (38.9072, -77.0369) to Dublin (53.3498, -6.2603) on WGS84: about 5,460 km.
        assertThat(km).isCloseTo(5460, within(55.0));
        // At 200 km/ms: one way = km / 200, RTT = km / 100.
        assertThat(json.get("floorOneWayMs").asDouble()).isCloseTo(km / 200, within(0.01));
        assertThat(json.get("floorRttMs").asDouble()).isCloseTo(km / 100, within(0.01));
        // Typical = floor RTT × 1.5 + 2 ms (Defaults).
        assertThat(json.get("typicalRttMs").asDouble()).isCloseTo(km / 100 * 1.5 + 2, within(0.02));
        assertThat(json.get("fiberKmPerMs").asDouble()).isEqualTo(200.0);
        assertThat(json.at("/from/id").asText()).isEqualTo("aws:us-east-1");
    }

    @Test
    void coordinatesAndAChangedFiberSpeed() throws Exception {
        // Equator, 0° to 10° E: 1,113.19 km on WGS84; at 204 km/ms the floor RTT is 2 × 1113.19 / 204 = 10.914 ms.
        CliRun run = CliRun.of("latency", "0,0", "0,10", "--json", "--fiber-km-per-ms", "204");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("distanceKm").asDouble()).isCloseTo(1113.2, within(0.1));
        assertThat(json.get("floorRttMs").asDouble()).isCloseTo(10.91, within(0.01));
    }

    @Test
    void textOutputIsATable() {
        CliRun run = CliRun.of("latency", "aws:us-east-1", "aws:eu-west-1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("floor RTT", "typical RTT", "km", "distance / 200.0 km/ms");
    }

    @Test
    void unknownPlaceIsBadInputWithASuggestion() {
        CliRun run = CliRun.of("latency", "aws:us-east-9", "aws:eu-west-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("aws:us-east-9", "did you mean aws:us-east-1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void latitudeOutOfRangeIsBadInput() {
        CliRun run = CliRun.of("latency", "95,0", "0,0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("latitude must be in [-90, 90]");
    }

    @Test
    void fiberFasterThanLightIsBadInput() {
        CliRun run = CliRun.of("latency", "0,0", "0,10", "--fiber-km-per-ms", "400");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("fiberKmPerMs", "speed of light");
    }

    @Test
    void missingArgumentIsAUsageErrorWithExit2() {
        CliRun run = CliRun.of("latency", "aws:us-east-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter", "meridian latency --help");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"latency", "evaluate", "templates"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: meridian " + command);
        }
        assertThat(CliRun.of("--help").out()).contains("latency", "evaluate", "templates", "Exit codes");
    }
}
