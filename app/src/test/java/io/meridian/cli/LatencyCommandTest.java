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
        // Typical = floor RTT × 1.540 + 0 ms: corridor NA–EU of corridors.csv.
        assertThat(json.get("typicalRttMs").asDouble()).isCloseTo(km / 100 * 1.54, within(0.02));
        assertThat(json.get("corridor").asText()).isEqualTo("NA–EU");
        assertThat(json.get("source").asText()).isEqualTo("estimated");
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
    void statedInflationAndOverheadReplaceTheCorridor() throws Exception {
        // Equator 0° → 10° E: 1,113.19 km, floor 11.1319 ms at 200 km/ms; stated 1.5 and 2: 11.1319 × 1.5 + 2 = 18.70.
        CliRun run = CliRun.of("latency", "0,0", "0,10", "--json", "--route-inflation", "1.5", "--overhead-ms", "2");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("typicalRttMs").asDouble()).isCloseTo(18.70, within(0.01));
        assertThat(json.get("routeInflation").asDouble()).isEqualTo(1.5);
    }

    @Test
    void aNegativeLatitudeIsAPlaceNotAnOption() throws Exception {
        // Sydney's harbour (-33.87, 151.21) to the catalogue's aws:ap-southeast-2 (-33.8688, 151.2093): 0.1 km.
        // Corridor OC within (inflation 1.643, overhead 2 ms) plus the short hop, 1.75 × (1 − 0.1/500) ≈ 1.7497:
        // typical ≈ 0.001 × 1.643 + 2 + 1.7497 = 3.75 ms.
        CliRun run = CliRun.of("latency", "-33.87,151.21", "aws:ap-southeast-2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/from/lat").asDouble()).isEqualTo(-33.87);
        assertThat(json.at("/from/zone").asText()).isEqualTo("OC");
        assertThat(json.get("typicalRttMs").asDouble()).isCloseTo(3.75, within(0.01));
        // Both places negative, and the options after them.
        assertThat(CliRun.of("latency", "-33.87,151.21", "-23.55,-46.63").exitCode()).isZero();
    }

    @Test
    void theWholeMatrixInOneRun() throws Exception {
        // 0,0 → 0,10: 1,113.19 km; both points are in Africa (corridor AF within: inflation 1.656, overhead 2 ms):
        // 11.1319 × 1.656 + 2 = 20.43 ms. The diagonal is a place to itself: 0.
        CliRun run = CliRun.of("latency", "--matrix", "0,0", "0,10", "-33.87,151.21", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("places")).hasSize(3);
        assertThat(json.at("/typicalRttMs/0/1").asDouble()).isCloseTo(20.43, within(0.01));
        assertThat(json.at("/typicalRttMs/1/0").asDouble()).isEqualTo(json.at("/typicalRttMs/0/1").asDouble());
        assertThat(json.at("/typicalRttMs/2/2").asDouble()).isZero();
        assertThat(json.at("/source/0/1").asText()).isEqualTo("estimated");

        CliRun csv = CliRun.of("latency", "--matrix", "0,0", "0,10", "--csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "from,to,distance_km,floor_rtt_ms,typical_rtt_ms,source",
                "\"0,0\",\"0,0\",0.0,0.00,0.00,estimated",
                "\"0,0\",\"0,10\",1113.2,11.13,20.43,estimated",
                "\"0,10\",\"0,0\",1113.2,11.13,20.43,estimated",
                "\"0,10\",\"0,10\",0.0,0.00,0.00,estimated");

        CliRun text = CliRun.of("latency", "--matrix", "aws:us-east-1", "aws:eu-west-1", "aws:sa-east-1");
        assertThat(text.out()).contains("aws:us-east-1", "aws:sa-east-1", "typical (floor)");
    }

    @Test
    void moreThanTwoPlacesNeedTheMatrixAndCsvNeedsIt() {
        CliRun three = CliRun.of("latency", "0,0", "0,10", "0,20");
        assertThat(three.exitCode()).isEqualTo(2);
        assertThat(three.errLines()).singleElement().asString().contains("3 places", "--matrix");
        CliRun csv = CliRun.of("latency", "0,0", "0,10", "--csv");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.errLines()).singleElement().asString().contains("--csv needs --matrix");
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
