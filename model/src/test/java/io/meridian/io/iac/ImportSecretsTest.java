package io.meridian.io.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.io.DesignWriter;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Secrets never leave the plan: aws-secrets.plan.json holds passwords, tokens, keys and connection strings, marked
 * sensitive (sensitive_values, or only the change's after_sensitive), unmarked in secret-named attributes, and
 * in plain attributes the mappers do not read (tags, description). None reaches the design file or the summary.
 */
class ImportSecretsTest {
    private static final List<String> SECRETS = List.of("hunter2-MASTER-PASSWORD", "tok-ELASTICACHE-AUTH-123",
            "CONNSTR-SECRET", "AKIAEXAMPLESECRETKEY99", "BEGIN RSA PRIVATE KEY", "VAR-SECRET-db-pass",
            "OUTPUT-SECRET-value", "USERDATA-SECRET-export-TOKEN");
    /** In a tag and a description: neither marked nor secret-named, so only the mappers' discipline keeps it out. */
    private static final String PLAIN_SIGHT = "TAG-SECRET-in-plain-sight";

    @Test
    void theFixtureReallyHoldsTheSecrets() throws Exception {
        String plan = Files.readString(ImportFixtures.fixture("aws-secrets.plan.json"));
        assertThat(plan).contains(SECRETS).contains(PLAIN_SIGHT);
    }

    @Test
    void markedAndSecretNamedValuesAreGoneBeforeAnyMapperSeesThem() throws Exception {
        List<IacResource> resources = TerraformReader.read(ImportFixtures.fixture("aws-secrets.plan.json"));
        String seen = resources.stream().map(r -> r.values().toString()).reduce("", String::concat);
        assertThat(seen).doesNotContain(SECRETS);
        // Still there (unmarked, innocently named): the next test shows it does not reach the design either.
        assertThat(seen).contains(PLAIN_SIGHT);
    }

    @Test
    void theDesignFileAndTheSummaryHoldNoneOfThem() throws Exception {
        IacImporter.Result result = ImportFixtures.terraform("aws-secrets.plan.json");
        String file = DesignWriter.toJson(result.design());
        String summary = String.join("\n", result.summary().lines());
        assertThat(file).doesNotContain(SECRETS).doesNotContain(PLAIN_SIGHT);
        assertThat(summary).doesNotContain(SECRETS).doesNotContain(PLAIN_SIGHT);
        // And the import did map them: RDS Multi-AZ, the cache, the Aurora cluster, the instance.
        assertThat(result.design().topology().components()).hasSize(4);
    }

    @Test
    void aMaskMarksLeavesInsideListsAndObjects() {
        var values = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        values.putArray("users").addObject().put("login", "a").put("pin", "1234");
        values.putObject("settings").put("tier", "db-custom-2-7680");
        var mask = values.objectNode();
        mask.putArray("users").addObject().put("pin", true);
        var redacted = Redaction.redact(values, mask);
        assertThat(redacted.toString()).isEqualTo("{\"users\":[{\"login\":\"a\"}],\"settings\":{\"tier\":"
                + "\"db-custom-2-7680\"}}");
        assertThat(Redaction.redact(values, values.booleanNode(true))).isNull();
    }
}
