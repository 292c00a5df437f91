package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meridian import}: the fixtures of the model module's importer tests, through the command line. */
class ImportCommandTest {
    /** Maven runs each module's tests in its own folder; the fixtures live beside the importer's tests. */
    private static final Path FIXTURES = Path.of("..", "model", "src", "test", "resources", "io", "meridian", "io",
            "iac");

    @TempDir
    Path dir;

    @Test
    void terraformWritesTheDesignAndPrintsTheSummary() throws Exception {
        Path out = dir.resolve("design.json");
        CliRun run = CliRun.of("import", "terraform", FIXTURES.resolve("aws-two-region.plan.json").toString(),
                "-o", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + out + ": 2 regions, 10 components, 6 links, 2 datasets",
                "mapped (21):", "  module.region_us.aws_autoscaling_group.app -> app-us-east-1",
                "skipped (6):", "  aws_sqs_queue.orders_dlq (aws_sqs_queue): resource type not mapped",
                "No populations were imported");
        Design design = new DesignReader().read(out);
        assertThat(design.topology().components()).hasSize(10);
    }

    @Test
    void intoAnExistingDesignPrintsWhatChanged() throws Exception {
        Path out = dir.resolve("design.json");
        String plan = FIXTURES.resolve("aws-two-region.plan.json").toString();
        assertThat(CliRun.of("import", "terraform", plan, "-o", out.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("import", "terraform", FIXTURES.resolve("aws-secrets.plan.json").toString(), "-o",
                out.toString(), "--into", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("changes against " + out, "removed region us-east-1",
                "added region eu-west-1");
    }

    @Test
    void cloudFormationStacks() throws Exception {
        Path out = dir.resolve("cfn.json");
        CliRun run = CliRun.of("import", "cloudformation", "--stack",
                FIXTURES.resolve("checkout-east.yaml") + "=us-east-1", "--stack",
                FIXTURES.resolve("checkout-west.yaml") + "=us-west-2", "-o", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 regions, 10 components");
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        Path out = dir.resolve("design.json");
        Path text = dir.resolve("plan.txt");
        Files.writeString(text, "Plan: 3 to add, 0 to change, 0 to destroy.");
        CliRun notJson = CliRun.of("import", "terraform", text.toString(), "-o", out.toString());
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.errLines()).singleElement().asString().startsWith(text + ": not JSON: ");

        Path v2 = dir.resolve("v2.json");
        Files.writeString(v2, "{\"format_version\":\"2.1\"}");
        assertThat(CliRun.of("import", "terraform", v2.toString(), "-o", out.toString()).errLines())
                .containsExactly(v2 + ": format_version 2.1 is not supported: this importer reads format 1.x "
                        + "(terraform show -json of Terraform 0.12 and later, OpenTofu)");

        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, Files.readString(FIXTURES.resolve("aws-two-region.plan.json")).substring(0, 5000));
        CliRun truncated = CliRun.of("import", "terraform", cut.toString(), "-o", out.toString());
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.errLines()).singleElement().asString().contains("(truncated file?)");

        Path missing = dir.resolve("nope.json");
        assertThat(CliRun.of("import", "terraform", missing.toString(), "-o", out.toString()).errLines())
                .containsExactly(missing + ": no such file");
        assertThat(CliRun.of("import", "cloudformation", FIXTURES.resolve("checkout-east.yaml").toString(), "-o",
                out.toString()).errLines()).containsExactly(FIXTURES.resolve("checkout-east.yaml")
                + ": give the region it is deployed to with --region R");
        assertThat(CliRun.of("import", "cloudformation", FIXTURES.resolve("checkout-east.yaml").toString(),
                "--region", "us-east-9", "-o", out.toString()).errLines()).containsExactly(
                FIXTURES.resolve("checkout-east.yaml") + ": region us-east-9: unknown place 'aws:us-east-9' (did you "
                        + "mean aws:us-east-1?)");
        Path noStack = dir.resolve("nope.yaml");
        assertThat(CliRun.of("import", "cloudformation", "--stack", noStack + "=us-east-1", "-o", out.toString())
                .errLines()).containsExactly(noStack + ": no such file");
        assertThat(out).doesNotExist();
    }
}
