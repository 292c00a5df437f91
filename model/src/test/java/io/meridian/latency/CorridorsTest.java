package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.catalog.CatalogException;
import io.meridian.model.Assumptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorridorsTest {
    @TempDir
    Path home;

    @Test
    void theUsersFileReplacesTheRowsItGives() throws IOException {
        Path dir = Files.createDirectories(home.resolve(".meridian"));
        Files.writeString(dir.resolve("corridors.csv"), "# a private backbone\nzone_a,zone_b,inflation,overhead_ms,pairs\n"
                + "EU,na,1.3,1.5,\n");
        Corridors c = Corridors.forUser(Map.of(), home);
        // Either order, either case: NA–EU is now 1.3 × + 1.5 ms; 5,700 km → 57 × 1.3 + 1.5 = 75.6 ms.
        assertThat(c.between(Zone.NA, Zone.EU).inflation()).isEqualTo(1.3);
        assertThat(new LatencyModel(Assumptions.DEFAULTS, c).forDistance(5700, Zone.EU, Zone.NA).typicalRttMs().value())
                .isCloseTo(75.6, offset(1e-9));
        // The rows it does not give stay built in (EU within: 1.92, 2 ms).
        assertThat(c.between(Zone.EU, Zone.EU)).isEqualTo(Corridors.builtin().between(Zone.EU, Zone.EU));
        assertThat(Corridors.forUser(Map.of(), home.resolve("nobody"))).isSameAs(Corridors.builtin());
    }

    @Test
    void aBadRowIsOneLocatedLine() throws IOException {
        Path file = home.resolve("c.csv");
        Files.writeString(file, "zone_a,zone_b,inflation,overhead_ms,pairs\nNA,EU,0.8,0,\n");
        assertThatThrownBy(() -> Corridors.forUser(Map.of(Corridors.ENV_VAR, file.toString()), home))
                .isInstanceOf(CatalogException.class).hasMessageContaining("c.csv:2")
                .hasMessageContaining("inflation").hasMessageContaining("must be in [1, 10]");
        Files.writeString(file, "zone_a,zone_b,inflation,overhead_ms,pairs\nNA,XX,1.2,0,\n");
        assertThatThrownBy(() -> Corridors.forUser(Map.of(Corridors.ENV_VAR, file.toString()), home))
                .hasMessageContaining("c.csv:2").hasMessageContaining("zone_b").hasMessageContaining("unknown zone 'XX'");
        Files.writeString(file, "from,to,rtt\n");
        assertThatThrownBy(() -> Corridors.forUser(Map.of(Corridors.ENV_VAR, file.toString()), home))
                .hasMessageContaining("c.csv:1").hasMessageContaining("expected 'zone_a,zone_b,inflation,overhead_ms,pairs'");
        // A folder is refused before it is opened (UserFiles.readBounded).
        assertThatThrownBy(() -> Corridors.forUser(Map.of(Corridors.ENV_VAR, home.toString()), home))
                .hasMessageContaining("not a regular file");
    }

    @Test
    void zonesOfKnownPlaces() {
        assertThat(Zone.of(39.0458, -77.4874)).isEqualTo(Zone.NA); // Ashburn
        assertThat(Zone.of(-23.55, -46.63)).isEqualTo(Zone.SA); // São Paulo
        assertThat(Zone.of(-33.92, 18.42)).isEqualTo(Zone.AF); // Cape Town
        assertThat(Zone.of(32.09, 34.78)).isEqualTo(Zone.LV); // Tel Aviv
        assertThat(Zone.of(25.20, 55.27)).isEqualTo(Zone.ME); // Dubai
        assertThat(Zone.of(41.01, 28.98)).isEqualTo(Zone.EU); // Istanbul
        assertThat(Zone.of(19.08, 72.88)).isEqualTo(Zone.SAS); // Mumbai
        assertThat(Zone.of(1.35, 103.82)).isEqualTo(Zone.SEA); // Singapore
        assertThat(Zone.of(22.32, 114.17)).isEqualTo(Zone.EAS); // Hong Kong
        assertThat(Zone.of(-36.85, 174.76)).isEqualTo(Zone.OC); // Auckland
        assertThat(Zone.of(21.31, -157.86)).isEqualTo(Zone.NA); // Honolulu
    }
}
