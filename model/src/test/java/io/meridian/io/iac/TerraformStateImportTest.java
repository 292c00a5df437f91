package io.meridian.io.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.Region;
import org.junit.jupiter.api.Test;

/**
 * A state (aws-state.json): no configuration, so no provider regions and no expression references. Regions come
 * from the ARNs, and the read replica finds its source by the ARN in replicate_source_db.
 */
class TerraformStateImportTest {
    @Test
    void regionsFromArnsAndReferencesByValue() throws Exception {
        IacImporter.Result result = ImportFixtures.terraform("aws-state.json");
        Design d = result.design();
        assertThat(d.topology().regions()).extracting(Region::catalogId)
                .containsExactly("aws:eu-west-1", "aws:eu-central-1");
        assertThat(d.topology().component("web-eu-west-1").orElseThrow().instances()).isEqualTo(3); // web[0..2]
        assertThat(d.topology().component("web-eu-west-1").orElseThrow().hourlyPrice()).isEqualTo(0.085); // c5.large
        var replica = d.topology().component("replica-eu-central-1").orElseThrow();
        assertThat(((ComponentSpec.Database) replica.spec()).role()).isEqualTo(DatabaseRole.REPLICA);
        assertThat(d.topology().dataset("main").orElseThrow().copies())
                .containsExactly("main-eu-west-1", "replica-eu-central-1");
        // rds-mysql-db.r5.large, single-AZ: $0.24/h
        assertThat(d.topology().component("main-eu-west-1").orElseThrow().hourlyPrice()).isEqualTo(0.24);
        assertThat(result.summary().skipped()).extracting(ImportSummary.Skipped::address)
                .containsExactly("aws_kinesis_stream.clicks");
    }
}
