package io.meridian.io;

import static io.meridian.io.DesignReaderTest.problemsWith;
import static io.meridian.io.DesignReaderTest.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.model.RangeShape;
import io.meridian.model.UncertainInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A numeric input written as a range: read as its point value, recorded with its path, written back. */
class RangesReaderTest {
    static final String API_AVAILABILITY = "\"availability\": 0.99, \"capacityPerInstanceRps\": 100";

    static Design withApiAvailability(String range) {
        return reader.read(DesignReaderTest.VALID.replace(API_AVAILABILITY,
                "\"availability\": " + range + ", \"capacityPerInstanceRps\": 100"), "design.json");
    }

    @Test
    void aRangeGivesItsLikelyValueAndIsRecordedWithItsPath() {
        Design d = withApiAvailability("{\"low\": 0.98, \"likely\": 0.99, \"high\": 0.995}");
        assertThat(d.topology().component("api").orElseThrow().reliability().sla()).isEqualTo(0.99);
        assertThat(d.uncertainties().inputs()).singleElement().satisfies(u -> {
            assertThat(u.path()).isEqualTo("$.components[0].availability");
            assertThat(u.label()).isEqualTo("api · availability");
            assertThat(u.range().shape()).isEqualTo(RangeShape.TRIANGULAR);
            assertThat(u.range().low()).isEqualTo(0.98);
            assertThat(u.range().high()).isEqualTo(0.995);
        });
    }

    @Test
    void everyNumericFieldTakesARangeAndEachShapeItsOwnParameters() {
        String json = DesignReaderTest.VALID
                .replace("{\"id\": \"use1\", \"catalog\": \"aws:us-east-1\"}", "{\"id\": \"use1\", \"catalog\": "
                        + "\"aws:us-east-1\", \"mttrHours\": {\"distribution\": \"lognormal\", \"median\": 4, "
                        + "\"p90\": 12, \"label\": \"Region repair time\"}}")
                .replace("\"availability\": 0.999}", "\"availability\": {\"distribution\": \"uniform\", "
                        + "\"low\": 0.998, \"high\": 0.9995}, \"hourlyPrice\": {\"distribution\": \"pert\", "
                        + "\"low\": 0.5, \"likely\": 0.6, \"high\": 1}}");
        Design d = reader.read(json, "design.json");
        // Lognormal: its median 4; uniform without likely: its midpoint (0.998 + 0.9995)/2 = 0.99875.
        assertThat(d.topology().regions().get(0).mttrHours()).isEqualTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(d.topology().component("db").orElseThrow().reliability().sla()).isEqualTo(0.99875);
        assertThat(d.topology().component("db").orElseThrow().hourlyPrice()).isEqualTo(0.6);
        assertThat(d.uncertainties().inputs()).extracting(UncertainInput::path).containsExactly(
                "$.regions[0].mttrHours", "$.components[1].hourlyPrice", "$.components[1].availability");
        assertThat(d.uncertainties().inputs().get(0).label()).isEqualTo("Region repair time");
    }

    @Test
    void theWriterPutsEachRangeBackWhereItWas() {
        String json = DesignReaderTest.VALID.replace(API_AVAILABILITY, "\"availability\": {\"low\": 0.98, "
                + "\"likely\": 0.99, \"high\": 0.995}, \"capacityPerInstanceRps\": 100")
                .replace("{\"id\": \"use1\", \"catalog\": \"aws:us-east-1\"}", "{\"id\": \"use1\", \"catalog\": "
                        + "\"aws:us-east-1\", \"mttrHours\": {\"distribution\": \"lognormal\", \"low\": 1, "
                        + "\"high\": 24}, \"zoneAvailability\": {\"low\": 0.999, \"likely\": 0.9999, \"high\": 1}}");
        Design d = reader.read(json, "design.json");
        String saved = DesignWriter.toJson(d);
        assertThat(saved).contains("\"availability\": {\n        \"low\": 0.98,\n        \"likely\": 0.99,\n"
                + "        \"high\": 0.995\n      }");
        assertThat(saved).contains("\"distribution\": \"lognormal\"");
        // zoneAvailability's likely is the default, which the writer leaves out as a number; the range comes back.
        assertThat(saved).contains("\"zoneAvailability\": {");
        Design again = reader.read(saved, "saved.json");
        assertThat(again).isEqualTo(d);
        assertThat(DesignWriter.toJson(again)).isEqualTo(saved);
    }

    @Test
    void anEditedValueDropsItsRange() {
        Design d = withApiAvailability("{\"low\": 0.98, \"likely\": 0.99, \"high\": 0.995}");
        var api = d.topology().component("api").orElseThrow();
        Design edited = d.withTopology(d.topology().withComponent(api.withReliability(
                io.meridian.model.Reliability.ofSla(0.97))));
        String saved = DesignWriter.toJson(edited);
        assertThat(saved).contains("\"availability\": 0.97").doesNotContain("\"likely\"");
        // Nor is it sampled: the point designs keep the edit.
        PointDesigns points = new PointDesigns(edited, TestCatalog.CATALOG);
        assertThat(points.inputs()).isEmpty();
        assertThat(points.at(Map.of()).topology()).isEqualTo(edited.topology());
    }

    @Test
    void lowAboveHighIsOneLineAtTheRange() {
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"low\": 0.995, \"likely\": 0.99, "
                + "\"high\": 0.98}, \"capacityPerInstanceRps\": 100")).containsExactly(
                "design.json: $.components[0].availability.high: high must be greater than low, got low 0.995, "
                        + "high 0.98 (a single value is written as a plain number)");
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"low\": 0.98, \"likely\": 0.999, "
                + "\"high\": 0.995}, \"capacityPerInstanceRps\": 100")).containsExactly(
                "design.json: $.components[0].availability.likely: likely must lie between low and high, got low "
                        + "0.98, likely 0.999, high 0.995");
    }

    @Test
    void anEndOutsideTheFieldsOwnLimitsIsReportedAtTheField() {
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"low\": 0.98, \"likely\": 0.99, "
                + "\"high\": 1.2}, \"capacityPerInstanceRps\": 100")).containsExactly(
                "design.json: $.components[0].availability: range high 1.2: availability must be in (0, 1], got 1.2");
        // A lognormal is checked at the bounds it is sampled between: 0.995 ± 0.004 as P5–P95 reaches above 1.
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"distribution\": \"lognormal\", "
                + "\"low\": 0.99, \"high\": 0.9999}, \"capacityPerInstanceRps\": 100")).singleElement().asString()
                .startsWith("design.json: $.components[0].availability: range upper bound (its 99.5th percentile) ");
    }

    @Test
    void nonNumericAndUnknownPartsAreOneLineEach() {
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"low\": \"high\", \"likely\": 0.99, "
                + "\"high\": 0.995}, \"capacityPerInstanceRps\": 100")).containsExactly(
                "design.json: $.components[0].availability.low: expected a number, got a string");
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"distribution\": \"beta\", \"low\": 0.98, "
                + "\"likely\": 0.99, \"high\": 0.995}, \"capacityPerInstanceRps\": 100")).containsExactly(
                "design.json: $.components[0].availability.distribution: unknown distribution 'beta' (expected one "
                        + "of triangular, uniform, pert, lognormal)");
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": {\"min\": 0.98, \"likely\": 0.99, "
                + "\"high\": 0.995}, \"capacityPerInstanceRps\": 100")).first().asString()
                .startsWith("design.json: $.components[0].availability: unknown field 'min' in a range");
        assertThat(problemsWith(API_AVAILABILITY, "\"availability\": \"high\", \"capacityPerInstanceRps\": 100"))
                .containsExactly("design.json: $.components[0].availability: expected a number, got a string");
    }

    @Test
    void countsObjectivesAndTheLayoutTakeNoRange() {
        String withLayout = DesignReaderTest.VALID.replace("\"name\": \"t\",", "\"name\": \"t\", \"layout\": "
                + "{\"positions\": {\"api\": {\"x\": {\"low\": 1, \"likely\": 2, \"high\": 3}, \"y\": 0}}},");
        assertThat(DesignReaderTest.problems(withLayout)).containsExactly("design.json: $.layout.positions.api.x: "
                + "a layout position takes a plain number, not a range");
        assertThat(problemsWith(API_AVAILABILITY,
                "\"instances\": {\"low\": 1, \"likely\": 2, \"high\": 3}, " + API_AVAILABILITY))
                .containsExactly("design.json: $.components[0].instances: expected an integer, got an object");
        String withObjective = DesignReaderTest.VALID.replace("\"links\"",
                "\"objectives\": {\"availability\": {\"low\": 0.99, \"likely\": 0.999, \"high\": 0.9999}}, \"links\"");
        assertThat(DesignReaderTest.problems(withObjective)).containsExactly("design.json: $.objectives.availability: "
                + "an objective is a target, not an uncertain input: give one number");
    }

    @Test
    void pointDesignsSetOneInputAndKeepTheOthersAtTheirPointValues() {
        Design d = withApiAvailability("{\"low\": 0.98, \"likely\": 0.99, \"high\": 0.995}");
        PointDesigns points = new PointDesigns(d, TestCatalog.CATALOG);
        Design low = points.at(Map.of("$.components[0].availability", 0.98));
        assertThat(low.topology().component("api").orElseThrow().reliability().sla()).isEqualTo(0.98);
        assertThat(low.uncertainties().isEmpty()).isTrue();
        assertThat(points.at(Map.of()).topology()).isEqualTo(d.topology());
    }
}
