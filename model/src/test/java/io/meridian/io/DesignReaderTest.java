package io.meridian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one line naming the file, the place and the problem; never a stack trace. */
class DesignReaderTest {
    static final DesignReader reader = new DesignReader(TestCatalog.CATALOG);

    /** A valid design with one region, one service and one database, to break one thing at a time. */
    static final String VALID = """
            {"schema": "meridian/1", "name": "t",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
             "components": [
               {"id": "api", "kind": "service", "region": "use1", "availability": 0.99, "capacityPerInstanceRps": 100},
               {"id": "db", "kind": "database", "region": "use1", "availability": 0.999}
             ],
             "links": [{"id": "api-db", "kind": "dependency", "from": "api", "to": "db"}]}
            """;

    static List<String> problems(String json) {
        try {
            reader.read(json, "design.json");
        } catch (DesignFormatException e) {
            assertThat(e.lines()).allSatisfy(line -> assertThat(line).doesNotContain("\n").startsWith("design.json"));
            return e.lines();
        }
        throw new AssertionError("expected the design to be refused:\n" + json);
    }

    static List<String> problemsWith(String from, String to) {
        assertThat(VALID).contains(from);
        return problems(VALID.replace(from, to));
    }

    @Test
    void theBaseDesignIsValid() {
        Design design = reader.read(VALID, "design.json");
        assertThat(design.topology().components()).hasSize(2);
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        String json = "{\n  \"schema\": \"meridian/1\",\n  \"name\": \"t\",\n  \"regions\": [ ; ]\n}\n"; // ';' is column 16
        assertThat(problems(json)).singleElement().asString()
                .startsWith("design.json:4:16: malformed JSON: Unexpected character (';'");
    }

    @Test
    void truncatedJsonSaysWhereItEnded() {
        assertThat(problems("{\"schema\": \"meridian/1\", \"regions\": [")).singleElement().asString()
                .startsWith("design.json:1:38: malformed JSON: Unexpected end-of-input")
                .doesNotContain("Source");
    }

    @Test
    void aRepeatedKeyIsASyntaxErrorNotASilentOverride() {
        assertThat(problems("{\"schema\": \"meridian/1\", \"name\": \"a\", \"name\": \"b\"}")).singleElement()
                .asString().startsWith("design.json:1:").contains("malformed JSON: Duplicate field 'name'");
    }

    @Test
    void contentAfterTheDesignIsRefused() {
        assertThat(problems("{\"schema\": \"meridian/1\"} {}")).containsExactly(
                "design.json:1:26: malformed JSON: more content after the end of the design object");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(problems("")).singleElement().asString().startsWith("design.json: empty file");
        assertThat(problems("  \n ")).singleElement().asString().startsWith("design.json: empty file");
    }

    @Test
    void aRootThatIsNotAnObjectSaysWhatItIs() {
        assertThat(problems("[1, 2]")).containsExactly(
                "design.json: $: expected a JSON object (a Meridian design), got an array");
        assertThat(problems("42")).containsExactly(
                "design.json: $: expected a JSON object (a Meridian design), got a number");
    }

    @Test
    void aMissingSchemaAsksWhetherThisIsADesignFile() {
        assertThat(problems("{\"name\": \"x\"}")).containsExactly(
                "design.json: $: missing \"schema\": \"meridian/1\" (is this a Meridian design file?)");
    }

    @Test
    void aNewerSchemaSaysItWasWrittenByANewerMeridianAndNothingElse() {
        assertThat(problems("{\"schema\": \"meridian/2\", \"hologram\": true}")).containsExactly(
                "design.json: $.schema: 'meridian/2' was written by a newer Meridian; this version reads "
                        + "meridian/1 (update Meridian to open it)");
    }

    @Test
    void anUnknownSchemaIsNamed() {
        assertThat(problems("{\"schema\": \"openapi/3\"}")).containsExactly(
                "design.json: $.schema: unknown schema 'openapi/3' (expected 'meridian/1')");
        assertThat(problems("{\"schema\": 1}")).containsExactly(
                "design.json: $.schema: expected a string, got a number");
    }

    @Test
    void aDanglingIdIsReportedAtTheReference() {
        assertThat(problemsWith("\"region\": \"use1\", \"availability\": 0.999",
                "\"region\": \"use9\", \"availability\": 0.999"))
                .containsExactly("design.json: $.components[1].region: no region with id 'use9'");
    }

    @Test
    void aDuplicateIdNamesBothPlaces() {
        assertThat(problemsWith("{\"id\": \"db\"", "{\"id\": \"api\""))
                .contains("design.json: $.components[1].id: duplicate id 'api' (already used at $.components[0].id)");
    }

    @Test
    void availabilityOutsideTheUnitIntervalIsRefusedWithTheFieldNamed() {
        assertThat(problemsWith("\"availability\": 0.999", "\"availability\": 1.2")).containsExactly(
                "design.json: $.components[1].availability: availability must be in (0, 1], got 1.2");
        assertThat(problemsWith("\"availability\": 0.999", "\"availability\": 0")).containsExactly(
                "design.json: $.components[1].availability: availability must be in (0, 1], got 0.0");
    }

    @Test
    void aNegativeRateIsRefusedWithTheFieldNamed() {
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": -100"))
                .containsExactly("design.json: $.components[0].capacityPerInstanceRps: "
                        + "must be a finite number > 0, got -100.0");
    }

    @Test
    void anUnknownElementKindListsTheKnownOnes() {
        assertThat(problemsWith("\"kind\": \"database\"", "\"kind\": \"mainframe\"")).containsExactly(
                "design.json: $.components[1].kind: unknown kind 'mainframe' (expected one of service, database, "
                        + "cache, queue, object-store, load-balancer)");
    }

    @Test
    void anUnknownFieldIsReportedNotDropped() {
        assertThat(problemsWith("\"id\": \"db\",", "\"id\": \"db\", \"colour\": \"red\",")).containsExactly(
                "design.json: $.components[1]: unknown field 'colour' (not in meridian/1; written by a newer version?)");
        assertThat(problemsWith("\"name\": \"t\",", "\"name\": \"t\", \"theme\": \"dark\",")).containsExactly(
                "design.json: $: unknown field 'theme' (not in meridian/1; written by a newer version?)");
    }

    @Test
    void aFieldOfAnotherKindSaysWhichKindsItBelongsTo() {
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": 100, \"engine\": \"pg\""))
                .containsExactly("design.json: $.components[0]: field 'engine' does not apply to a service "
                        + "(only to database, cache, queue)");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatCame() {
        assertThat(problemsWith("\"capacityPerInstanceRps\": 100", "\"capacityPerInstanceRps\": \"100\""))
                .containsExactly("design.json: $.components[0].capacityPerInstanceRps: expected a number, got a string");
        assertThat(problemsWith("{\"id\": \"db\", \"kind\": \"database\",", "{\"id\": \"db\", \"kind\": \"database\", \"workers\": 2.5,"))
                .containsExactly("design.json: $.components[1].workers: expected an integer, got 2.5");
        assertThat(problemsWith("\"components\": [", "\"components\": {\"a\": 1}, \"x\": [")).contains(
                "design.json: $.components: expected an array, got an object");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(problemsWith(", \"capacityPerInstanceRps\": 100", "")).containsExactly(
                "design.json: $.components[0]: missing field 'capacityPerInstanceRps'");
    }

    @Test
    void anUnknownCatalogueIdSuggestsTheFullId() {
        assertThat(problemsWith("\"catalog\": \"aws:us-east-1\"", "\"catalog\": \"us-east-1\"")).containsExactly(
                "design.json: $.regions[0].catalog: no region 'us-east-1' in the catalogue (did you mean 'aws:us-east-1'?)");
    }

    @Test
    void aCustomRegionNeedsProviderAndCoordinates() {
        assertThat(problemsWith("\"catalog\": \"aws:us-east-1\"", "\"provider\": \"onprem\"")).containsExactly(
                "design.json: $.regions[0]: a custom region (no \"catalog\") needs provider, lat and lon; missing lat, lon");
    }

    @Test
    void everyProblemIsReportedInOnePassWithoutEchoes() {
        String json = VALID
                .replace("\"name\": \"t\",", "\"name\": \"t\", \"colour\": \"red\",")
                .replace("\"availability\": 0.99,", "\"availability\": 1.5,")
                .replace("\"to\": \"db\"", "\"to\": \"cache\"")
                .replace("\"region\": \"use1\", \"availability\": 0.999", "\"region\": \"use9\", \"availability\": 0.999");
        // The link from the refused 'api' is not reported again as dangling: 'api' already has its line.
        assertThat(problems(json)).containsExactly(
                "design.json: $: unknown field 'colour' (not in meridian/1; written by a newer version?)",
                "design.json: $.components[0].availability: availability must be in (0, 1], got 1.5",
                "design.json: $.components[1].region: no region with id 'use9'",
                "design.json: $.links[0].to: no component with id 'cache'");
    }

    @Test
    void problemsInAnAlternativeArePrefixedWithItsPath() {
        String json = VALID.replace("\"name\": \"t\",", """
                "name": "t", "alternatives": [{"id": "alt", "regions": [{"id": "r", "catalog": "aws:us-west-2"}],
                  "components": [{"id": "c", "kind": "cache", "region": "use1", "availability": 0.9}]}],
                """);
        assertThat(problems(json)).containsExactly(
                "design.json: $.alternatives[0].components[0].region: no region with id 'use1'");
    }

    @Test
    void layoutPositionsAreChecked() {
        String json = VALID.replace("\"name\": \"t\",",
                "\"name\": \"t\", \"layout\": {\"positions\": {\"api\": {\"x\": 1, \"y\": \"2\"}, \"db\": {\"x\": 1e999, \"y\": 0}}},");
        assertThat(problems(json)).containsExactly(
                "design.json: $.layout.positions.api.y: expected a number, got a string",
                "design.json: $.layout.positions.db.x: must be a finite number, got Infinity");
    }

    @Test
    void cardOffsetsAreChecked() {
        String json = VALID.replace("\"name\": \"t\",", "\"name\": \"t\", \"layout\": {\"cards\": "
                + "{\"use1\": {\"dx\": 10001, \"dy\": 0}, \"usw2\": {\"dx\": 5}}},");
        assertThat(problems(json)).containsExactly(
                "design.json: $.layout.cards.use1.dx: 10,001 px is outside ±10,000 px",
                "design.json: $.layout.cards.usw2: missing field 'dy'");
    }

    @Test
    void quotedValuesNeverBreakTheOneLineRuleNorRunOn() {
        assertThat(problemsWith("\"id\": \"db\",", "\"id\": \"db\", \"a\\nb\": 1,")).containsExactly(
                "design.json: $.components[1]: unknown field 'a\\nb' (not in meridian/1; written by a newer version?)");
        String longId = "aws:" + "x".repeat(100_000);
        assertThat(problemsWith("\"catalog\": \"aws:us-east-1\"", "\"catalog\": \"" + longId + "\""))
                .singleElement().asString().hasSizeLessThan(400).endsWith("…");
    }

    @Test
    void aFloodOfProblemsIsCappedWithACount() {
        StringBuilder json = new StringBuilder("{\"schema\": \"meridian/1\", \"regions\": [");
        for (int i = 0; i < 150; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"r").append(i).append("\"}");
        }
        List<String> lines = problems(json.append("]}").toString());
        assertThat(lines).hasSize(ProblemLog.MAX_SHOWN + 1);
        assertThat(lines.get(ProblemLog.MAX_SHOWN)).isEqualTo("design.json: 50 more problems not shown");
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() {
        String json = "{\"schema\": \"meridian/1\", \"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThat(problems(json)).singleElement().asString()
                .isEqualTo("design.json:1:95: refused: Document nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    void aHugeSchemaVersionIsStillANewerVersion() {
        assertThat(problems("{\"schema\": \"meridian/99999999999999999999\"}")).singleElement().asString()
                .contains("was written by a newer Meridian");
    }

    /** Mangled copies of the full example: each must give a design or problem lines, never another exception. */
    @Test
    void mangledFilesGiveProblemLinesNeverAnotherException() throws IOException {
        String example = DesignRoundTripTest.fullExample();
        String[] replacements = {"", "null", "-1", "1e999", "\"x\"", "[]", "{}", "true", "0", "\"use1\""};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 400; i++) {
            String mangled;
            int at = random.nextInt(example.length());
            if (i % 4 == 0) {
                mangled = example.substring(0, at);
            } else {
                // Replace a value: from just after a ':' to the next ',' or closing bracket.
                int colon = example.indexOf(':', at);
                int end = colon < 0 ? -1 : example.substring(colon).replaceAll("[,}\\]].*", "").length() + colon;
                mangled = colon < 0 ? example : example.substring(0, colon + 1)
                        + replacements[random.nextInt(replacements.length)] + example.substring(end);
            }
            try {
                reader.read(mangled, "design.json");
            } catch (DesignFormatException e) {
                assertThat(e.lines()).isNotEmpty().allSatisfy(line ->
                        assertThat(line).startsWith("design.json").doesNotContain("\n").doesNotContain("Exception"));
            }
        }
    }

    @Test
    void anOversizedTextIsRefusedUnread() {
        String json = "{\"schema\": \"meridian/1\", \"description\": \"" + "x".repeat(21 * 1024 * 1024) + "\"}";
        assertThat(problems(json)).containsExactly(
                "design.json: file is too large (21.0 MB; a design file may be at most 20 MB)");
    }

    @Test
    void anOversizedFileIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[21 * 1024 * 1024]);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DesignFormatException.class)
                .hasMessage(file + ": file is too large (21.0 MB; a design file may be at most 20 MB)");
    }

    @Test
    void aFileIsNamedByItsPathAndBadBytesAreASyntaxError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DesignFormatException.class)
                .hasMessageStartingWith(file + ":1:").hasMessageContaining("malformed JSON: Invalid UTF-8");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aValidFileOnDiskLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        Files.writeString(file, VALID);
        assertThat(reader.read(file).name()).isEqualTo("t");
    }

    @Test
    void providersAndScenariosAreCheckedWithTheirPaths() {
        String withScenario = VALID.replace("\"links\":", "\"providers\": [{\"provider\": \"ibm\"}], "
                + "\"scenarios\": [{\"id\": \"s1\", \"regions\": [\"use9\"], \"providers\": [\"aws\"]}], \"links\":");
        assertThat(problems(withScenario)).containsExactlyInAnyOrder(
                "design.json: $.providers[0].provider: unknown provider 'ibm' (expected one of aws, gcp, azure, onprem, other)",
                "design.json: $.scenarios[0].regions[0]: no region with id 'use9'");
    }

    @Test
    void aSearchSpaceIsCheckedWithItsPaths() {
        String bad = VALID.replace("\"links\":", "\"search\": {\"spares\": 21, \"colour\": 1, "
                + "\"instanceTypes\": [{\"component\": \"db\", \"options\": [{\"item\": \"m5.large\", "
                + "\"capacityPerInstanceRps\": 200}]}], \"writeStrategies\": [{\"dataset\": \"d\", "
                + "\"strategies\": [\"paxos\"]}]}, \"links\":");
        assertThat(problems(bad)).containsExactlyInAnyOrder(
                "design.json: $.search: unknown field 'colour' (not in meridian/1; written by a newer version?)",
                "design.json: $.search.writeStrategies[0].strategies[0]: unknown value 'paxos' (expected one of "
                        + "single-primary, home-region, multi-primary, majority-quorum, two-phase-commit, commit-wait)");
        // Well-formed, but naming a database where a service tier is meant, and too many spares.
        String wrongKind = VALID.replace("\"links\":", "\"search\": {\"instanceTypes\": [{\"component\": "
                + "\"db\", \"options\": [{\"item\": \"m5.large\", \"capacityPerInstanceRps\": 200}]}]}, "
                + "\"links\":");
        assertThat(problems(wrongKind)).containsExactly("design.json: $.search.instanceTypes[0].component: no service "
                + "tier 'db' in the design (instance types are a choice of service tiers)");
        String tooMany = VALID.replace("\"links\":", "\"search\": {\"spares\": 21}, \"links\":");
        assertThat(problems(tooMany)).singleElement().asString().startsWith("design.json: $.search.spares: ");
    }
}
