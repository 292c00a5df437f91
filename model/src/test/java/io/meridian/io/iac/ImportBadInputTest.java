package io.meridian.io.iac;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.catalog.RegionCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input that cannot be imported at all is refused with one line naming the file and the problem. */
class ImportBadInputTest {
    @TempDir
    Path dir;

    private String refusal(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        try {
            IacImporter.terraform(file, RegionCatalog.builtin(), PriceLookup.NONE);
        } catch (ImportException e) {
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage().replace(file.toString(), name);
        }
        throw new AssertionError("imported " + name);
    }

    @Test
    void notJson() throws Exception {
        org.assertj.core.api.Assertions.assertThat(refusal("plan.txt", "Terraform will perform the following actions:"))
                .isEqualTo("plan.txt: not JSON: Unrecognized token 'Terraform': was expecting (JSON String, Number, "
                        + "Array, Object or token 'null', 'true' or 'false') at line 1, column 10");
    }

    @Test
    void anUnknownFormatVersion() throws Exception {
        org.assertj.core.api.Assertions.assertThat(refusal("plan.json", "{\"format_version\": \"2.0\", "
                + "\"planned_values\": {\"root_module\": {}}}"))
                .isEqualTo("plan.json: format_version 2.0 is not supported: this importer reads format 1.x "
                        + "(terraform show -json of Terraform 0.12 and later, OpenTofu)");
    }

    @Test
    void aTruncatedFile() throws Exception {
        String whole = Files.readString(ImportFixtures.fixture("aws-two-region.plan.json"));
        String cut = whole.substring(0, 2000);
        String line = refusal("cut.json", cut);
        org.assertj.core.api.Assertions.assertThat(line).startsWith("cut.json: the JSON ends early at line ")
                .endsWith("(truncated file?); expected the whole output of 'terraform show -json'");
    }

    @Test
    void aStateWithNoResources() throws Exception {
        // What terraform show -json prints for an empty state: the version and nothing else.
        org.assertj.core.api.Assertions.assertThat(refusal("empty.tfstate.json",
                "{\"format_version\":\"1.0\",\"terraform_version\":\"1.9.8\"}"))
                .isEqualTo("empty.tfstate.json: the state holds no resources (no values.root_module): nothing to "
                        + "import");
        org.assertj.core.api.Assertions.assertThat(refusal("bare.json", "{\"format_version\":\"1.0\",\"values\":"
                + "{\"root_module\":{}}}")).isEqualTo("bare.json: the state holds no managed resources: nothing to "
                + "import");
    }

    @Test
    void jsonThatIsNotAPlanOrState() throws Exception {
        org.assertj.core.api.Assertions.assertThat(refusal("design.json", "{\"schema\": \"meridian/1\"}"))
                .isEqualTo("design.json: not a Terraform plan or state: no format_version (expected the output of "
                        + "'terraform show -json')");
        org.assertj.core.api.Assertions.assertThat(refusal("blank.json", "  \n"))
                .isEqualTo("blank.json: the file is empty; expected the output of 'terraform show -json'");
    }
}
