package io.meridian.catalog;

import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserCatalogTest {
    private static final String USER_CSV = """
            provider,code,name,city,country,lat,lon,jurisdiction,availability,zones
            # our own data centre, and a less optimistic view of us-east-1
            onprem,fra-dc1,Frankfurt DC 1,Frankfurt,Germany,50.1109,8.6821,EU,0.999,1
            aws,us-east-1,US East (N. Virginia),Ashburn,United States,39.0458,-77.4874,US,0.999,6
            """;

    @TempDir
    Path dir;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void overridesReplaceInPlaceAndAddNewIds() {
        RegionCatalog builtin = RegionCatalog.builtin();
        RegionCatalog merged = builtin.withOverrides(RegionCatalog.load(new StringReader(USER_CSV), "user.csv"));

        assertThat(merged.size()).isEqualTo(builtin.size() + 1);
        assertThat(merged.require("aws:us-east-1").availability()).isEqualTo(0.999);
        assertThat(merged.entries().get(0).id()).isEqualTo("aws:us-east-1"); // kept its place
        assertThat(merged.entries().get(merged.size() - 1).id()).isEqualTo("onprem:fra-dc1");
        CatalogEntry dc = merged.require("onprem:fra-dc1");
        assertThat(dc.provider()).isEqualTo(Provider.ONPREM);
        assertThat(dc.location()).isEqualTo(new GeoPoint(50.1109, 8.6821));
        assertThat(merged.byProvider(Provider.ONPREM)).containsExactly(dc);
        // the built-in catalogue is untouched
        assertThat(builtin.require("aws:us-east-1").availability()).isEqualTo(0.9995);
        assertThat(builtin.find("onprem:fra-dc1")).isEmpty();
    }

    @Test
    void environmentVariableNamesTheUserFile() throws IOException {
        Path file = write(dir.resolve("elsewhere/my-places.csv"), USER_CSV);
        RegionCatalog c = RegionCatalog.forUser(Map.of(RegionCatalog.ENV_VAR, file.toString()), dir.resolve("home"));
        assertThat(c.find("onprem:fra-dc1")).isPresent();
        assertThat(c.require("aws:us-east-1").availability()).isEqualTo(0.999);
    }

    @Test
    void environmentVariableWinsOverTheHomeFile() throws IOException {
        Path home = dir.resolve("home");
        write(RegionCatalog.defaultUserFile(home), USER_CSV.replace("fra-dc1", "home-dc"));
        Path file = write(dir.resolve("env.csv"), USER_CSV);
        RegionCatalog c = RegionCatalog.forUser(Map.of(RegionCatalog.ENV_VAR, file.toString()), home);
        assertThat(c.find("onprem:fra-dc1")).isPresent();
        assertThat(c.find("onprem:home-dc")).isEmpty();
    }

    @Test
    void homeFileIsUsedWithoutTheVariable() throws IOException {
        Path home = dir.resolve("home");
        assertThat(RegionCatalog.defaultUserFile(home)).isEqualTo(home.resolve(".meridian/regions.csv"));
        write(RegionCatalog.defaultUserFile(home), USER_CSV);
        assertThat(RegionCatalog.forUser(Map.of(), home).find("onprem:fra-dc1")).isPresent();
    }

    @Test
    void withoutAUserFileTheBuiltinIsReturned() {
        assertThat(RegionCatalog.forUser(Map.of(), dir.resolve("nobody"))).isSameAs(RegionCatalog.builtin());
        assertThat(RegionCatalog.forUser(Map.of(RegionCatalog.ENV_VAR, " "), dir.resolve("nobody")))
                .isSameAs(RegionCatalog.builtin());
    }

    @Test
    void aMissingFileNamedByTheVariableIsAnError() {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> RegionCatalog.forUser(Map.of(RegionCatalog.ENV_VAR, missing.toString()), dir))
                .isInstanceOf(CatalogException.class)
                .hasMessage(missing + ": no such file (named by MERIDIAN_CATALOG)");
    }

    @Test
    void errorsInTheUserFileNameItsPath() throws IOException {
        Path file = write(dir.resolve("bad.csv"), USER_CSV + "onprem,lab,Lab,Here,Nowhere,12,500,,,\n");
        assertThatThrownBy(() -> RegionCatalog.forUser(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ":5: lon: longitude must be in [-180, 180], got 500.0");
    }

    @Test
    void loadingAMissingPathSaysSo() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> RegionCatalog.load(missing)).hasMessage(missing + ": no such file");
    }
}
