package io.meridian.io.iac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Layout;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer plan over a design the user worked on: the user's population (homed in us-west-2 and reading the
 * "sessions" data), objectives, hand-moved card and alternative stay; the infrastructure follows the new plan.
 */
class ReimportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsTheUsersAdditionsAndReportsWhatChanged(@TempDir Path dir) throws Exception {
        Design first = ImportFixtures.terraform("aws-two-region.plan.json").design();
        Population users = new Population("us-users", "US users", new GeoPoint(40.7, -74.0), 1000, 0.9, null,
                "us-west-2", List.of(), List.of("sessions"), List.of("sessions"));
        Design worked = first.withTopology(first.topology().withPopulation(users)
                        .withObjectives(new Objectives(0.9995, null, null, null, null, null, null)))
                .withLayout(first.layout().with("app-us-east-1", new Layout.Position(400, 300)))
                .withAlternative(new Alternative("one-region", "One region", "", first.topology()));

        // The newer plan: the us-east-1 group grows from 6 to 8, the replica bucket and its replication are gone.
        ObjectNode plan = (ObjectNode) JSON.readTree(ImportFixtures.fixture("aws-two-region.plan.json").toFile());
        for (JsonNode module : plan.path("planned_values").path("root_module").path("child_modules")) {
            for (JsonNode r : module.path("resources")) {
                if (r.path("address").asText().equals("module.region_us.aws_autoscaling_group.app")) {
                    ((ObjectNode) r.get("values")).put("desired_capacity", 8);
                }
            }
        }
        ArrayNode root = (ArrayNode) plan.path("planned_values").path("root_module").path("resources");
        for (int i = root.size() - 1; i >= 0; i--) {
            String address = root.get(i).path("address").asText();
            if (address.equals("aws_s3_bucket.assets_replica")
                    || address.equals("aws_s3_bucket_replication_configuration.assets")) {
                root.remove(i);
            }
        }
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, JSON.writeValueAsString(plan));
        Design imported = IacImporter.terraform(newer, RegionCatalog.builtin(), ImportFixtures.PRICES).design();

        Reimport.Result merged = Reimport.merge(worked, imported);
        assertThat(merged.changes()).containsExactlyInAnyOrder("changed component app-us-east-1",
                "removed component assets_replica-us-west-2", "removed link assets-us-east-1.to.assets_replica-us-west-2",
                "kept 1 alternative(s) as they were: they do not follow the import");
        Design d = merged.design();
        assertThat(d.topology().component("app-us-east-1").orElseThrow().instances()).isEqualTo(8);
        assertThat(d.topology().component("assets_replica-us-west-2")).isEmpty();
        assertThat(d.topology().populations()).containsExactly(users);
        assertThat(d.topology().objectives().availability()).isEqualTo(0.9995);
        assertThat(d.layout().positions().get("app-us-east-1")).isEqualTo(new Layout.Position(400, 300));
        assertThat(d.layout().positions()).doesNotContainKey("assets_replica-us-west-2");
        assertThat(d.alternatives()).extracting(Alternative::id).containsExactly("one-region");
        // With a population it evaluates per population.
        assertThat(Evaluator.evaluate(d).baseline().availability()).isNotNull();
    }

    @Test
    void aRegionTheImportDropsTakesTheUsersReferencesToItAlong() throws Exception {
        Design first = ImportFixtures.terraform("aws-two-region.plan.json").design();
        Population users = new Population("eu", "EU", new GeoPoint(50, 8), 100, 0.9, null, "us-west-2", List.of());
        Design worked = first.withTopology(first.topology().withPopulation(users));
        Design oneRegion = ImportFixtures.terraform("aws-secrets.plan.json").design(); // eu-west-1 only
        Design d = Reimport.merge(worked, oneRegion).design();
        assertThat(d.topology().regions()).extracting(r -> r.id()).containsExactly("eu-west-1");
        assertThat(d.topology().population("eu").orElseThrow().homeRegionId()).isNull();
    }
}
