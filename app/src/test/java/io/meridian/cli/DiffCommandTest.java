package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.io.DesignFiles;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meridian diff} on the two-region seed and the same with us-west-2's API tier at 75 instances, the number
 * the capacity engine says survives the loss of us-east-1 (10,500 req/s on 75 × 200 × 0.7 = 10,500): one field
 * changed, the N−1 overload resolved, the bill up by 25 × $0.096 × 730 h = $1,752 a month.
 */
class DiffCommandTest {
    @TempDir
    Path dir;

    private Path[] files() throws Exception {
        Path before = dir.resolve("before.json");
        DesignFiles.save(Templates.load("two-region-active-active"), before);
        ObjectNode tree = (ObjectNode) CliJson.MAPPER.readTree(before.toFile());
        for (JsonNode c : (ArrayNode) tree.get("components")) {
            if (c.get("id").asText().equals("api-usw2")) {
                ((ObjectNode) c).put("instances", 75);
            }
        }
        Path after = dir.resolve("after.json");
        Files.writeString(after, CliJson.MAPPER.writeValueAsString(tree));
        return new Path[] {before, after};
    }

    @Test
    void oneFieldChangedAndWhatItDoes() throws Exception {
        Path[] f = files();
        CliRun run = CliRun.of("diff", f[0].toString(), f[1].toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        JsonNode changes = root.path("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("element").asText()).isEqualTo("components/api-usw2");
        assertThat(changes.get(0).path("field").asText()).isEqualTo("instances");
        assertThat(changes.get(0).path("before").asText()).isEqualTo("50");
        assertThat(changes.get(0).path("after").asText()).isEqualTo("75");
        assertThat(root.path("findingsResolved").get(0).asText()).startsWith("N_MINUS_1_OVERLOAD");
        // $19,834 → $21,586: 25 more instances at $0.096 an hour for 730 hours.
        assertThat(root.at("/consequences/monthly bill/before").asText()).isEqualTo("$19,834");
        assertThat(root.at("/consequences/monthly bill/after").asText()).isEqualTo("$21,586");
    }

    @Test
    void markdownIsAPullRequestCommentAndVariantsCompareWithinAFile() throws Exception {
        Path[] f = files();
        CliRun md = CliRun.of("diff", f[0].toString(), f[1].toString(), "--markdown");
        assertThat(md.out()).startsWith("## Meridian: before.json → after.json").contains("| | before | after |")
                .contains("- components/api-usw2.instances: 50 → 75").contains("**$21,586**");
        CliRun variants = CliRun.of("diff", f[0] + "#baseline", f[0] + "#single-region");
        assertThat(variants.exitCode()).as(variants.err()).isZero();
        assertThat(variants.out()).contains("removed regions/usw2");
    }

    /**
     * The must-show: baseline against n-plus-one (75 API instances a region instead of 50). Two instance-count edits;
     * the bill up by 2 × 25 × $0.096 × 730 h = $3,504 a month ($19,834 → $23,338); both N−1 overloads resolved;
     * availability as the engine computes it for each variant on its own.
     */
    @Test
    void baselineAgainstNPlusOneListsTheInstanceEditsAndTheEnginesFigures() throws Exception {
        Path file = dir.resolve("seed.json");
        io.meridian.model.Design design = Templates.load("two-region-active-active");
        DesignFiles.save(design, file);
        CliRun run = CliRun.of("diff", file + "#baseline", file + "#n-plus-one", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(root.path("changes")).extracting(c -> c.path("element").asText() + "." + c.path("field").asText()
                + ": " + c.path("before").asText() + " → " + c.path("after").asText())
                .containsExactly("components/api-use1.instances: 50 → 75", "components/api-usw2.instances: 50 → 75");
        assertThat(root.at("/consequences/monthly bill/before").asText()).isEqualTo("$19,834");
        assertThat(root.at("/consequences/monthly bill/after").asText()).isEqualTo("$23,338");
        assertThat(root.path("findingsResolved")).extracting(JsonNode::asText)
                .allMatch(f -> f.startsWith("N_MINUS_1_OVERLOAD")).hasSize(2);
        assertThat(root.path("findingsAppeared")).isEmpty();
        assertThat(root.at("/consequences/objective survive-loss/before").asText()).startsWith("FAIL");
        assertThat(root.at("/consequences/objective survive-loss/after").asText()).startsWith("pass");
        double before = io.meridian.evaluation.Evaluator.evaluate(design.topology()).availability()
                .overallWithFailover().value();
        double after = io.meridian.evaluation.Evaluator.evaluate(design.alternative("n-plus-one").orElseThrow()
                .topology()).availability().overallWithFailover().value();
        assertThat(after).isGreaterThan(before);
        assertThat(root.at("/consequences/availability (with failover)/before").asText())
                .isEqualTo(io.meridian.model.Quantities.availability(before));
        assertThat(root.at("/consequences/availability (with failover)/after").asText())
                .isEqualTo(io.meridian.model.Quantities.availability(after));
    }

    @Test
    void aMissingVariantOrFileIsOneLine() throws Exception {
        Path[] f = files();
        CliRun run = CliRun.of("diff", f[0].toString(), f[0] + "#nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(f[0] + "#nope: no variant 'nope' (the design has baseline, "
                + "n-plus-one, single-region)");
        CliRun missing = CliRun.of("diff", f[0].toString(), dir.resolve("gone.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(dir.resolve("gone.json") + ": no such file");
        // A file written by a newer Meridian (another schema) is refused by name, not half-compared.
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(f[0]).replace("\"meridian/1\"", "\"meridian/2\""));
        CliRun schema = CliRun.of("diff", f[0].toString(), newer.toString());
        assertThat(schema.exitCode()).isEqualTo(2);
        assertThat(schema.errLines()).containsExactly(newer + ": $.schema: 'meridian/2' was written by a newer "
                + "Meridian; this version reads meridian/1 (update Meridian to open it)");
    }
}
