package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a design cannot drive the terminal: control characters come out as {@code \}{@code uXXXX}. */
class TerminalSafeWriterTest {
    private static final String ESC = "\u001B";

    private static String through(String... parts) throws IOException {
        StringWriter sink = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(sink)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return sink.toString();
    }

    @Test
    void clearScreenAndCursorMovesArePrintedAsText() throws IOException {
        assertThat(through("a" + ESC + "[2J" + ESC + "[1;1Hb")).isEqualTo("a\\u001B[2J\\u001B[1;1Hb");
    }

    @Test
    void newlinesAndTabsPassButALoneCarriageReturnDoesNot() throws IOException {
        assertThat(through("x\ty\nz")).isEqualTo("x\ty\nz");
        // "\r" would return to the start of the line and let the rest overwrite what was printed before it.
        assertThat(through("error: bad\rok    ")).isEqualTo("error: bad\\u000Dok    ");
        assertThat(through("ends in CR\r")).isEqualTo("ends in CR\\u000D");
    }

    @Test
    void c1ControlsDelAndBidiOverridesAreEscaped() throws IOException {
        // U+009B is the one-character CSI; U+202E makes the rest of a line read right to left.
        assertThat(through("a\u009B2Jb\u007Fc\u202Ed\u2066e\u2028f")).isEqualTo(
                "a\\u009B2Jb\\u007Fc\\u202Ed\\u2066e\\u2028f");
    }

    @Test
    void ordinaryUnicodeAndSurrogatePairsPassEvenWhenSplitAcrossWrites() throws IOException {
        String tokyo = "東京 – Zürich ";
        String rocket = "\uD83D\uDE80"; // U+1F680
        assertThat(through(tokyo + rocket)).isEqualTo(tokyo + rocket);
        assertThat(through("x\uD83D", "\uDE80y")).isEqualTo("x" + rocket + "y");
        assertThat(through("lone \uD83D!", " and \uDE80")).isEqualTo("lone \\uD83D! and \\uDE80");
    }

    @Test
    void escapedJsonStillMeansTheSameStrings() throws IOException {
        // Inside a JSON string "\u202E" is the same character again, so machine readers lose nothing.
        String json = new ObjectMapper().writeValueAsString(java.util.Map.of("name", "pay\u202Eroll\u009B"));
        String printed = through(json);
        assertThat(printed).doesNotContain("\u202E").doesNotContain("\u009B");
        assertThat(new ObjectMapper().readTree(printed).get("name").asText()).isEqualTo("pay\u202Eroll\u009B");
    }

    @Test
    void aDesignNameWithEscapesReachesTheTerminalAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        Files.writeString(file, """
                {"schema": "meridian/1", "name": "evil\\u001b[2J\\r\\u202Eeman",
                 "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
                 "components": [{"id": "api", "kind": "service", "region": "use1", "availability": 0.99,
                                 "capacityPerInstanceRps": 100}]}
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(out), new PrintWriter(err), "evaluate", file.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("evil\\u001B[2J\\u000D\\u202Eeman")
                .doesNotContain(ESC).doesNotContain("\r").doesNotContain("\u202E");
    }

    @Test
    void anIdWithAControlCharacterInAnErrorLineIsEscaped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        Files.writeString(file, """
                {"schema": "meridian/1", "name": "t",
                 "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
                 "components": [{"id": "api", "kind": "service", "region": "use\\u001b[2K9", "availability": 0.99,
                                 "capacityPerInstanceRps": 100}]}
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MeridianCommand.run(new PrintWriter(out), new PrintWriter(err), "evaluate", file.toString());
        assertThat(code).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(err.toString()).doesNotContain(ESC).contains("use\\u001B[2K9");
    }
}
