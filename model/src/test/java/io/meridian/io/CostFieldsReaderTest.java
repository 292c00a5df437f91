package io.meridian.io;

import static io.meridian.io.DesignReaderTest.VALID;
import static io.meridian.io.DesignReaderTest.problemsWith;
import static io.meridian.io.DesignReaderTest.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.Provider;
import org.junit.jupiter.api.Test;

/**
 * The cost inputs of issue 11 (a population's response size, an object store's monthly writes, a provider's
 * discount) are read, written back, and refused in one located line, on {@link DesignReaderTest}'s base design.
 */
class CostFieldsReaderTest {
    private static final String WITH_COST_FIELDS = VALID.replace("\"links\": [", """
            "populations": [{"id": "us", "lat": 40, "lon": -75, "requestsPerSecond": 10, "responseBytes": 5000}],
            "providers": [{"provider": "aws", "discountPercent": 28}],
            "links": [""").replace("{\"id\": \"db\", \"kind\": \"database\", \"region\": \"use1\", \"availability\": "
            + "0.999}", "{\"id\": \"db\", \"kind\": \"database\", \"region\": \"use1\", \"availability\": 0.999}, "
            + "{\"id\": \"s3\", \"kind\": \"object-store\", \"region\": \"use1\", \"availability\": 0.9999, "
            + "\"storedGb\": 1000, \"writtenGbPerMonth\": 100}");

    @Test
    void theCostFieldsAreReadAndRoundTrip() {
        Design design = reader.read(WITH_COST_FIELDS, "design.json");

        assertThat(design.topology().population("us").orElseThrow().responseBytes()).isEqualTo(5000);
        assertThat(design.topology().component("s3").orElseThrow().spec())
                .isEqualTo(new ComponentSpec.ObjectStore(1000, 100));
        assertThat(design.topology().provider(Provider.AWS).discountPercent()).isEqualTo(28);
        // a provider entry that states only a discount keeps the default failure domain
        assertThat(design.topology().provider(Provider.AWS).availability()).isEqualTo(0.99995);
        String saved = DesignWriter.toJson(design);
        assertThat(saved).contains("\"responseBytes\": 5000", "\"writtenGbPerMonth\": 100", "\"discountPercent\": 28");
        assertThat(reader.read(saved, "saved.json")).isEqualTo(design);
    }

    @Test
    void unstatedCostFieldsTakeTheirDefaults() {
        Design design = reader.read(VALID.replace("\"links\": [",
                "\"populations\": [{\"id\": \"us\", \"lat\": 40, \"lon\": -75, \"requestsPerSecond\": 10}], "
                        + "\"links\": ["), "design.json");

        assertThat(design.topology().population("us").orElseThrow().responseBytes()).isNull();
        assertThat(design.topology().provider(Provider.AWS).discountPercent()).isZero();
        assertThat(DesignWriter.toJson(design)).doesNotContain("responseBytes");
    }

    @Test
    void badCostFieldsAreRefusedInOneLocatedLine() {
        assertThat(problemsWith("\"links\": [", "\"populations\": [{\"id\": \"us\", \"lat\": 40, \"lon\": -75, "
                + "\"requestsPerSecond\": 10, \"responseBytes\": -1}], \"links\": ["))
                .singleElement().asString().startsWith("design.json: $.populations[0].responseBytes: ");
        assertThat(problemsWith("\"links\": [", "\"providers\": [{\"provider\": \"aws\", \"discountPercent\": 120}], "
                + "\"links\": [")).containsExactly("design.json: $.providers[0].discountPercent: 120 is more than the "
                + "maximum 100");
        assertThat(problemsWith("\"availability\": 0.999}", "\"availability\": 0.999}, {\"id\": \"s3\", \"kind\": "
                + "\"object-store\", \"region\": \"use1\", \"availability\": 0.9999, \"writtenGbPerMonth\": -5}"))
                .singleElement().asString().startsWith("design.json: $.components[2].writtenGbPerMonth: ");
        assertThat(problemsWith("\"availability\": 0.999}", "\"availability\": 0.999, \"writtenGbPerMonth\": 5}"))
                .singleElement().asString().startsWith("design.json: $.components[1]: field 'writtenGbPerMonth' "
                        + "does not apply to a database");
    }
}
