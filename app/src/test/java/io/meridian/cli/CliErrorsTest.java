package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.catalog.CatalogException;
import io.meridian.model.InvalidTopologyException;
import io.meridian.model.ModelException;
import io.meridian.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reaches stderr for each kind of failure that is not already a located bad-input line. */
class CliErrorsTest {
    @Test
    void aModelRefusalAfterValidationIsAnInternalErrorNotAnUnlocatedBadInputLine() {
        // Before: "capacityRps: must be a finite number >= 0, got Infinity", naming neither file nor path.
        assertThat(CliErrors.lines(new ModelException("capacityRps", "must be a finite number >= 0, got Infinity")))
                .containsExactly("internal error: a design that passed validation was refused later: capacityRps: "
                        + "must be a finite number >= 0, got Infinity (please report this with the input that caused it)");
    }

    @Test
    void aTopologyRefusalAfterValidationIsOneInternalErrorLine() {
        // Before: one "$.scenarios[0].regions[0]: …" line per problem, with no file.
        InvalidTopologyException e = new InvalidTopologyException(List.of(
                new Problem("scenarios[0].regions[0]", "no region with id 'usw2'"),
                new Problem("links[1].to", "no component with id 'db'")));
        assertThat(CliErrors.lines(e)).singleElement().asString()
                .startsWith("internal error: a design that passed validation was refused later: "
                        + "scenarios[0].regions[0]: no region with id 'usw2'; links[1].to:");
    }

    @Test
    void aCatalogueProblemKeepsItsFileAndLine() {
        assertThat(CliErrors.lines(CatalogException.at("regions.csv", 12, "lat", "latitude must be in [-90, 90]")))
                .containsExactly("regions.csv:12: lat: latitude must be in [-90, 90]");
    }

    @Test
    void exitCodesTellTheUsersInputFromOurFailureToFinishFromOurDefects() {
        assertThat(CliErrors.exitCode(new BadInputException(List.of("d.json: $.x: bad")))).isEqualTo(2);
        assertThat(CliErrors.exitCode(CatalogException.at("regions.csv", 1, "lat", "bad"))).isEqualTo(2);
        assertThat(CliErrors.exitCode(new java.io.IOException("No space left on device"))).isEqualTo(3);
        assertThat(CliErrors.exitCode(new ModelException("capacityRps", "got Infinity"))).isEqualTo(4);
        assertThat(CliErrors.exitCode(new IllegalStateException("bug"))).isEqualTo(4);
    }

    @Test
    void anInternalErrorsStackTraceIsKeptInTheLogFolderForTheReport() throws Exception {
        String said = CliErrors.keepDetails(new IllegalStateException("no router for 'use1'"), "evaluate big.json");
        java.nio.file.Path log = io.meridian.app.log.ErrorLog.folder().resolve("meridian-cli.log");
        assertThat(said).isEqualTo("details for the report: " + log);
        assertThat(java.nio.file.Files.readString(log)).contains(" meridian evaluate big.json")
                .contains("java.lang.IllegalStateException: no router for 'use1'")
                .contains("\tat io.meridian.cli.CliErrorsTest");
    }
}
