package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input, end to end through {@code meridian evaluate FILE}: exit code 2, exactly one line on
 * stderr that names the file, the JSON path (or line:column) and the problem, nothing on stdout, no stack trace.
 */
class BadInputCliTest {
    private static final String VALID = """
            {"schema": "meridian/1", "name": "t",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
             "components": [
               {"id": "api", "kind": "service", "region": "use1", "availability": 0.99, "capacityPerInstanceRps": 100},
               {"id": "db", "kind": "database", "region": "use1", "availability": 0.999}
             ],
             "links": [{"id": "api-db", "kind": "dependency", "from": "api", "to": "db"}]}
            """;

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("design.json");
    }

    /** Writes VALID with one replacement and runs evaluate on it; returns the single stderr line. */
    private String oneErrorLine(String from, String to) throws IOException {
        assertThat(VALID).contains(from);
        Files.writeString(file, VALID.replace(from, to));
        CliRun run = CliRun.of("evaluate", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        String line = run.errLines().get(0);
        assertThat(line).startsWith(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        return line;
    }

    @Test
    void theValidDesignEvaluatesWithExitZero() throws IOException {
        Files.writeString(file, VALID);
        CliRun run = CliRun.of("evaluate", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void danglingId() throws IOException {
        assertThat(oneErrorLine("\"from\": \"api\"", "\"from\": \"apx\""))
                .isEqualTo(file + ": $.links[0].from: no component with id 'apx'");
    }

    @Test
    void duplicateId() throws IOException {
        // Ids are unique across the whole design, so a link cannot reuse a component's id.
        assertThat(oneErrorLine("{\"id\": \"api-db\"", "{\"id\": \"api\""))
                .isEqualTo(file + ": $.links[0].id: duplicate id 'api' (already used at $.components[0].id)");
    }

    @Test
    void availabilityOutsideTheUnitInterval() throws IOException {
        assertThat(oneErrorLine("\"availability\": 0.999", "\"availability\": 1.5"))
                .isEqualTo(file + ": $.components[1].availability: availability must be in (0, 1], got 1.5");
    }

    @Test
    void negativeRate() throws IOException {
        assertThat(oneErrorLine("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": -5"))
                .isEqualTo(file + ": $.components[0].capacityPerInstanceRps: must be a finite number > 0, got -5.0");
    }

    @Test
    void unknownElementKind() throws IOException {
        assertThat(oneErrorLine("\"kind\": \"database\"", "\"kind\": \"mainframe\""))
                .startsWith(file + ": $.components[1].kind: unknown kind 'mainframe' (expected one of service,");
    }

    @Test
    void unknownField() throws IOException {
        assertThat(oneErrorLine("\"id\": \"db\",", "\"id\": \"db\", \"colour\": \"red\","))
                .isEqualTo(file + ": $.components[1]: unknown field 'colour' "
                        + "(not in meridian/1; written by a newer version?)");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        // Line 2 of VALID is ` "regions": [...],`; without its comma the parser stops at the next key, line 3 column 2.
        String line = oneErrorLine("}],\n \"components\"", "}]\n \"components\"");
        assertThat(line).startsWith(file + ":3:2: malformed JSON: ").contains("expecting comma");
    }

    @Test
    void aMissingFileIsOneLine() {
        CliRun run = CliRun.of("evaluate", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(dir.resolve("nope.json") + ": no such file");
    }

    @Test
    void anUnknownTemplateIsOneLine() {
        CliRun run = CliRun.of("evaluate", "--template", "no-such-template");
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("--template: ").contains("no-such-template");
    }
}
