package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured RTTs on the command line: the user's global file (~/.meridian/latency.csv, or MERIDIAN_LATENCY) and
 * {@code --latency FILE}, in every command that shows a latency, and each bad file as one line and exit 2.
 */
class MeasuredRttCliTest {
    /**
     * Users standing at us-east-1's catalogue coordinates (0 km: with the stated overhead, 0 × 1.5 + 2 = 2 ms to use1)
     * write to the primary in us-west-2: write latency = 2 ms + the use1 ↔ usw2 RTT.
     */
    static final String DESIGN = """
            {"schema": "meridian/1", "name": "measured",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}, {"id": "usw2", "catalog": "aws:us-west-2"}],
             "components": [
               {"id": "api-e", "kind": "service", "region": "use1", "availability": 0.999, "capacityPerInstanceRps": 100},
               {"id": "api-w", "kind": "service", "region": "usw2", "availability": 0.999, "capacityPerInstanceRps": 100},
               {"id": "db-e", "kind": "database", "region": "use1", "role": "replica", "availability": 0.999},
               {"id": "db-w", "kind": "database", "region": "usw2", "availability": 0.999}],
             "links": [{"id": "rep", "kind": "replication", "from": "db-w", "to": "db-e", "mode": "async"}],
             "datasets": [{"id": "orders", "copies": ["db-w", "db-e"], "writesPerSecond": 10}],
             "populations": [{"id": "east", "lat": 39.0458, "lon": -77.4874, "requestsPerSecond": 100}],
             "assumptions": {"routeInflation": 1.5, "overheadRttMs": 2}}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "from,to,rtt_ms\n";

    @TempDir
    Path dir;
    Path home;
    Path design;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        design = Files.writeString(dir.resolve("design.json"), DESIGN);
    }

    private Path globalFile(String rows) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve(".meridian")).resolve("latency.csv"),
                HEADER + rows);
    }

    private JsonNode evaluate(Map<String, String> env, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("evaluate", design.toString(), "--json"));
        args.addAll(List.of(more));
        CliRun run = CliRun.in(env, home, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(MeridianCommand.OK, MeridianCommand.OBJECTIVES_FAILED);
        return JSON.readTree(run.out()).path("latency");
    }

    private static double write(JsonNode latency) {
        return latency.at("/writes/0/latency/meanMs/value").asDouble();
    }

    @Test
    void withoutAFileEveryPairIsEstimated() throws IOException {
        JsonNode latency = evaluate(Map.of());
        assertThat(latency.at("/regions/source/0/1").asText()).isEqualTo("estimated");
        assertThat(latency.path("measuredPaths")).isEmpty();
        // use1 ↔ usw2 is 3,511 km: floor 35.11 ms, estimate 35.11 × 1.5 + 2 = 54.67 ms; write 2 + 54.67 = 56.67 ms.
        assertThat(write(latency)).isCloseTo(56.67, within(0.01));
    }

    @Test
    void theGlobalFileInTheHomeFolderReplacesTheEstimate() throws IOException {
        Path global = globalFile("aws:us-west-2,aws:us-east-1,58\n");
        JsonNode latency = evaluate(Map.of());
        assertThat(latency.at("/regions/typicalRttMs/0/1").asDouble()).isEqualTo(58);
        assertThat(latency.at("/regions/source/0/1").asText()).isEqualTo("measured");
        assertThat(latency.at("/regions/source/1/0").asText()).isEqualTo("measured");
        assertThat(latency.at("/regions/source/0/0").asText()).isEqualTo("estimated");
        assertThat(latency.at("/measuredPaths/0/latency/measuredIn").asText()).isEqualTo(global + ":2");
        // Hand-worked: 2 ms to use1 + the measured 58 ms to the primary in usw2 = 60 ms.
        assertThat(write(latency)).isCloseTo(60, within(1e-9));
    }

    @Test
    void theFileTheEnvironmentNamesWinsOverTheHomeFolders() throws IOException {
        globalFile("aws:us-west-2,aws:us-east-1,58\n");
        Path named = Files.writeString(dir.resolve("named.csv"), HEADER + "aws:us-east-1,aws:us-west-2,61\n");
        JsonNode latency = evaluate(Map.of("MERIDIAN_LATENCY", named.toString()));
        assertThat(write(latency)).isCloseTo(2 + 61, within(1e-9));
        assertThat(latency.at("/measuredPaths/0/latency/measuredIn").asText()).isEqualTo(named + ":2");
    }

    @Test
    void theRunsFileIsLaidOverTheGlobalOnePairByPair() throws IOException {
        globalFile("aws:us-west-2,aws:us-east-1,58\naws:us-east-1,aws:eu-west-1,80\n");
        Path mine = Files.writeString(dir.resolve("mine.csv"), HEADER + "aws:us-east-1,aws:us-west-2,64\n");
        JsonNode latency = evaluate(Map.of(), "--latency", mine.toString());
        assertThat(write(latency)).isCloseTo(2 + 64, within(1e-9));
        assertThat(latency.at("/measuredPaths/0/latency/measuredIn").asText()).isEqualTo(mine + ":2");
    }

    @Test
    void theDesignsOwnNetworkLinkWinsOverEveryFile() throws IOException {
        globalFile("aws:us-west-2,aws:us-east-1,58\n");
        Files.writeString(design, DESIGN.replace("\"mode\": \"async\"}]",
                "\"mode\": \"async\"}, {\"id\": \"dx\", \"kind\": \"network\", \"from\": \"use1\", \"to\": \"usw2\", "
                        + "\"rttMs\": 70}]"));
        JsonNode latency = evaluate(Map.of());
        assertThat(write(latency)).isCloseTo(2 + 70, within(1e-9));
        assertThat(latency.at("/measuredPaths/0/latency/measuredByLinkId").asText()).isEqualTo("dx");
        assertThat(latency.at("/regions/source/0/1").asText()).isEqualTo("measured");
    }

    @Test
    void theTextMarksMeasuredCellsAndSaysWhereEachComesFrom() throws IOException {
        Path global = globalFile("aws:us-west-2,aws:us-east-1,58\n");
        CliRun run = CliRun.in(Map.of(), home, "evaluate", design.toString());
        assertThat(run.out()).contains("Region RTT, ms: typical (floor); * measured, not estimated")
                .contains("58.0 (35.1)*")
                .contains("measured: use1 ↔ usw2 58.0 ms, median in " + global + ":2");
    }

    @Test
    void theLatencyCommandUsesTheFilesBetweenCataloguePlaces() throws IOException {
        Path global = globalFile("aws:us-west-2,aws:us-east-1,58\n");
        CliRun one = CliRun.in(Map.of(), home, "latency", "aws:us-east-1", "aws:us-west-2", "--json");
        JsonNode json = JSON.readTree(one.out());
        assertThat(json.path("typicalRttMs").asDouble()).isEqualTo(58);
        assertThat(json.path("source").asText()).isEqualTo("measured");
        assertThat(json.path("measuredIn").asText()).isEqualTo(global + ":2");
        assertThat(json.path("estimatedRttMs").asDouble()).isCloseTo(60.06, within(0.01));
        // Coordinates are not catalogue places: estimated even where us-east-1 stands.
        CliRun coords = CliRun.in(Map.of(), home, "latency", "39.0458,-77.4874", "aws:us-west-2", "--json");
        assertThat(JSON.readTree(coords.out()).path("source").asText()).isEqualTo("estimated");
        CliRun csv = CliRun.in(Map.of(), home, "latency", "--matrix", "aws:us-east-1", "aws:us-west-2", "--csv");
        assertThat(csv.out().lines()).contains("aws:us-east-1,aws:us-west-2,3511.1,35.11,58.00,measured",
                "aws:us-east-1,aws:us-east-1,0.0,0.00,0.00,estimated");
        CliRun matrix = CliRun.in(Map.of(), home, "latency", "--matrix", "aws:us-east-1", "aws:us-west-2", "--json");
        assertThat(JSON.readTree(matrix.out()).at("/source/1/0").asText()).isEqualTo("measured");
    }

    private void assertOneLine(CliRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(line);
    }

    @Test
    void aBadFileIsOneLineAndExit2AndNothingIsEvaluated() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.csv"), HEADER + "aws:us-east-1,aws:us-west-2,58\n"
                + "aws:us-east-1,aws:eu-west-1,30\n");
        // us-east-1 ↔ eu-west-1 is 5,475 km: no round trip is faster than 2 × 5,475 / 200 = 54.75 ms.
        assertOneLine(CliRun.in(Map.of(), home, "evaluate", design.toString(), "--latency", mine.toString()),
                mine + ":3: rtt_ms: 30 ms is below the physical floor of 54.75 ms between aws:us-east-1 and "
                        + "aws:eu-west-1 (5,475 km at 200 km/ms): no round trip is that fast (a one-way time, or the "
                        + "wrong pair?)");
        Path global = globalFile("aws:us-east-1,aws:us-wst-2,58\n");
        assertOneLine(CliRun.in(Map.of(), home, "check", design.toString()),
                global + ":2: to: unknown place 'aws:us-wst-2' (did you mean aws:us-west-2?)");
        assertOneLine(CliRun.in(Map.of(), home, "latency", "aws:us-east-1", "aws:us-west-2"),
                global + ":2: to: unknown place 'aws:us-wst-2' (did you mean aws:us-west-2?)");
        Path exported = dir.resolve("out.xlsx");
        assertOneLine(CliRun.in(Map.of(), home, "export", design.toString(), "--xlsx", exported.toString()),
                global + ":2: to: unknown place 'aws:us-wst-2' (did you mean aws:us-west-2?)");
        assertThat(exported).doesNotExist();
        Files.delete(global);
        assertOneLine(CliRun.in(Map.of("MERIDIAN_LATENCY", dir.resolve("typo.csv").toString()), home, "evaluate",
                design.toString()), dir.resolve("typo.csv") + ": no such file (named by MERIDIAN_LATENCY)");
        assertOneLine(CliRun.in(Map.of(), home, "evaluate", design.toString(), "--latency", dir.toString()),
                dir + ": not a regular file (a folder)");
        assertOneLine(CliRun.in(Map.of(), home, "evaluate", "--template", "blank", "--latency",
                dir.resolve("none.csv").toString()), dir.resolve("none.csv") + ": no such file");
    }

    /**
     * The real entry point in a child JVM: the variable from the process environment and the home folder from
     * {@code user.home}, as a user runs it.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theProcessEnvironmentAndHomeFolderAreRead() throws Exception {
        Path global = globalFile("aws:us-west-2,aws:us-east-1,58\n");
        JsonNode fromHome = JSON.readTree(child(Map.of(), "latency", "aws:us-east-1", "aws:us-west-2", "--json"));
        assertThat(fromHome.path("measuredIn").asText()).isEqualTo(global + ":2");
        Path named = Files.writeString(dir.resolve("named.csv"), HEADER + "aws:us-east-1,aws:us-west-2,61\n");
        JsonNode fromEnv = JSON.readTree(child(Map.of("MERIDIAN_LATENCY", named.toString()),
                "latency", "aws:us-east-1", "aws:us-west-2", "--json"));
        assertThat(fromEnv.path("typicalRttMs").asDouble()).isEqualTo(61);
    }

    private String child(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), "io.meridian.app.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MERIDIAN_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
