package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.io.DesignFiles;
import io.meridian.templates.Templates;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code check --format junit|json|sarif} on the two-region seed: it misses all 4 objectives (availability, rto, rpo,
 * survive-loss) and has 3 error findings, so 7 failed test cases, and exit 1 as in text.
 */
class CheckFormatsTest {
    private static final String TEMPLATE = "two-region-active-active";

    @TempDir
    Path dir;

    @Test
    void junitHasOneFailedCasePerObjectiveMissedAndPerErrorFinding() throws Exception {
        CliRun run = CliRun.of("check", "--template", TEMPLATE, "--format", "junit");
        assertThat(run.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suites = xml.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("7");
        assertThat(suites.getAttribute("failures")).isEqualTo("7");
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("classname") + ":"
                    + ((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("objectives:availability", "objectives:rto", "objectives:rpo",
                "objectives:survive-loss", "findings:N_MINUS_1_OVERLOAD", "findings:CONFLICT_UNSAFE_WRITES");
    }

    @Test
    void junitIsValidAgainstTheSchemaJenkinsReadsItWith() throws Exception {
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/junit-10.xsd")).newValidator();
        for (String template : List.of(TEMPLATE, "ten-region-multicloud-2pc", "spanner-external-consistency")) {
            CliRun run = CliRun.of("check", "--template", template, "--format", "junit");
            validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(run.out())));
        }
        // The validator can say no: a test case without its required name.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(
                new javax.xml.transform.stream.StreamSource(new java.io.StringReader(
                        "<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\">"
                                + "<testcase classname=\"c\"/></testsuite></testsuites>"))))
                .isInstanceOf(org.xml.sax.SAXParseException.class).hasMessageContaining("name");
    }

    @Test
    void sarifIsValidAgainstTheSarif210JsonSchema() throws Exception {
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                .getSchema(getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json"));
        Path file = dir.resolve("seed.json");
        DesignFiles.save(Templates.load(TEMPLATE), file);
        for (String[] args : List.of(new String[] {"check", file.toString(), "--format", "sarif"},
                new String[] {"check", "--template", "ten-region-multicloud-2pc", "--format", "sarif"})) {
            CliRun run = CliRun.of(args);
            JsonNode sarif = CliJson.MAPPER.readTree(run.out());
            assertThat(schema.validate(sarif)).as(run.out()).isEmpty();
        }
        // The validator can say no: a result's level outside the enumeration, a run without its tool.
        JsonNode bad = CliJson.MAPPER.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":"
                + "[{\"message\":{\"text\":\"x\"},\"level\":\"fatal\"}]}]}");
        assertThat(schema.validate(bad)).extracting(m -> m.getMessage()).anyMatch(m -> m.contains("tool"))
                .anyMatch(m -> m.contains("level"));
    }

    @Test
    void jsonSaysWhatTheTextSays() throws Exception {
        CliRun run = CliRun.of("check", "--template", TEMPLATE, "--format", "json");
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(root.path("pass").asBoolean()).isFalse();
        assertThat(root.at("/variants/0/objectives")).hasSize(4);
        assertThat(root.at("/variants/0/verdict").asText()).startsWith("FAIL: misses 4 of 4 objectives");
    }

    @Test
    void sarifPutsEachFindingAtTheLineOfTheElementItNames() throws Exception {
        Path file = dir.resolve("seed.json");
        DesignFiles.save(Templates.load(TEMPLATE), file);
        CliRun run = CliRun.of("check", file.toString(), "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode results = root.at("/runs/0/results");
        assertThat(results.size()).isGreaterThanOrEqualTo(7);
        List<String> lines = Files.readAllLines(file);
        boolean located = false;
        for (JsonNode r : results) {
            JsonNode region = r.at("/locations/0/physicalLocation/region/startLine");
            if (!region.isMissingNode()) {
                // The line holds an element's id: the element the finding names first.
                assertThat(lines.get(region.asInt() - 1)).contains("\"id\"");
                located = true;
            }
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("seed.json");
        }
        assertThat(located).isTrue();
    }

    @Test
    void anUnknownFormatIsOneLine() {
        CliRun run = CliRun.of("check", "--template", TEMPLATE, "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("--format: expected text, junit, sarif or json, got 'xml'");
    }
}
