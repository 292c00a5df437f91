package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.catalog.CatalogException;
import io.meridian.catalog.RegionCatalog;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a measured-RTT file: what a spreadsheet export may hold, and every mistake as one located line. */
class MeasuredRttsTest {
    /**
     * Three places on the equator, 10° of longitude apart. The equator is a geodesic of the WGS84 ellipsoid, so each
     * neighbour is a × Δλ = 6,378.137 km × π/18 = 1,113.19 km away: floor RTT 2 × 1,113.19 / 200 = 11.13 ms.
     */
    static final RegionCatalog EQUATOR = RegionCatalog.load(new StringReader("""
            provider,code,name,city,country,lat,lon,jurisdiction,availability,zones
            onprem,eq0,Equator 0,,,0,0,,,
            onprem,eq10,Equator 10,,,0,10,,,
            onprem,eq20,Equator 20,,,0,20,,,
            """), "equator.csv");

    @TempDir
    Path dir;

    static MeasuredRtts parse(String text) {
        return MeasuredRtts.parse(new StringReader(text), "rtts.csv", EQUATOR);
    }

    private static void assertRefused(String text, String line) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(CatalogException.class).hasMessage(line);
    }

    @Test
    void oneRowPerPairInCatalogueIdsEitherOrder() {
        MeasuredRtts m = parse("from,to,rtt_ms\nonprem:eq0,onprem:eq10,20\nonprem:eq20,onprem:eq10,30.5\n");
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.between("onprem:eq10", "onprem:eq0")).hasValueSatisfying(r -> {
            assertThat(r.rttMs()).isEqualTo(20);
            assertThat(r.placeA()).isEqualTo("onprem:eq0");
            assertThat(r.measuredIn()).isEqualTo("rtts.csv:2");
        });
        assertThat(m.between("onprem:eq10", "onprem:eq20").orElseThrow().rttMs()).isEqualTo(30.5);
        assertThat(m.between("onprem:eq0", "onprem:eq20")).isEmpty();
        assertThat(m.between(null, "onprem:eq20")).isEmpty();
    }

    @Test
    void bothDirectionsOfAPairAreAveraged() {
        // A round trip is the same loop from either end: 20 and 23 ms → (20 + 23) / 2 = 21.5 ms.
        MeasuredRtt r = parse("from,to,rtt_ms\nonprem:eq0,onprem:eq10,20\n\nonprem:eq10,onprem:eq0,23\n")
                .between("onprem:eq0", "onprem:eq10").orElseThrow();
        assertThat(r.rttMs()).isEqualTo(21.5);
        assertThat(r.lines()).containsExactly(2, 4);
        assertThat(r.measuredIn()).isEqualTo("rtts.csv:2,4 (mean of both directions)");
    }

    @Test
    void aSpreadsheetExportIsReadAsItComes() {
        // BOM, CRLF, a quoted header and quoted fields ("" is a quote, never valid in an id, so only around values),
        // spaces around fields, upper-case ids, comment and blank lines, the percentile column blank, p50 or median.
        String text = "\uFEFF# measured 2025-01 by smokeping\r\n\"from\", \"To\" ,RTT_MS,percentile\r\n\r\n"
                + "\"onprem:eq0\",\"ONPREM:EQ10\", \"20.5\" ,p50\r\n"
                + "  # a note\r\n"
                + " onprem:eq10 , onprem:eq20 , 1.5e1 , \r\n"
                + "onprem:eq20,onprem:eq0,25,MEDIAN\r\n";
        MeasuredRtts m = parse(text);
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.between("onprem:eq0", "onprem:eq10").orElseThrow().rttMs()).isEqualTo(20.5);
        assertThat(m.between("onprem:eq0", "onprem:eq10").orElseThrow().lines()).containsExactly(4);
        assertThat(m.between("onprem:eq10", "onprem:eq20").orElseThrow().rttMs()).isEqualTo(15);
        assertThat(m.between("onprem:eq0", "onprem:eq20").orElseThrow().rttMs()).isEqualTo(25);
    }

    @Test
    void aHeaderOnlyFileMeasuresNothing() {
        assertThat(parse("# nothing measured yet\nfrom,to,rtt_ms\n").isEmpty()).isTrue();
    }

    @Test
    void everyMistakeIsOneLineNamingFileLineAndColumn() {
        String h = "from,to,rtt_ms\n";
        assertRefused("", "rtts.csv: no header line; expected 'from,to,rtt_ms' or 'from,to,rtt_ms,percentile'");
        assertRefused("# only a comment\n\n", "rtts.csv: no header line; expected 'from,to,rtt_ms' or "
                + "'from,to,rtt_ms,percentile'");
        assertRefused("from,to,rtt\nonprem:eq0,onprem:eq10,20\n", "rtts.csv:1: header: expected 'from,to,rtt_ms' or "
                + "'from,to,rtt_ms,percentile', got 'from,to,rtt'");
        assertRefused(h + "onprem:eq0,onprem:eq10\n", "rtts.csv:2: expected 3 fields (from,to,rtt_ms), got 2");
        assertRefused(h + "onprem:eq0,onprem:eq10,20,\n", "rtts.csv:2: expected 3 fields (from,to,rtt_ms), got 4");
        assertRefused(h + "onprem:eq0,,20\n", "rtts.csv:2: to: is required (a catalogue id such as aws:us-east-1)");
        assertRefused(h + "onprem:eq0,onprem:eq30,20\n",
                "rtts.csv:2: to: unknown place 'onprem:eq30' (did you mean onprem:eq0?)");
        assertRefused(h + "\nsydney,onprem:eq10,20\n", "rtts.csv:3: from: unknown place 'sydney' (catalogue ids look like aws:us-east-1, "
                + "gcp:europe-west1 or azure:westeurope)");
        assertRefused(h + "onprem:eq0,ONPREM:eq0,20\n",
                "rtts.csv:2: to: the same place as from (onprem:eq0); a measured RTT is between two places");
        assertRefused(h + "onprem:eq0,onprem:eq10,20 ms\n", "rtts.csv:2: rtt_ms: '20 ms' is not a number");
        assertRefused(h + "onprem:eq0,onprem:eq10,\n", "rtts.csv:2: rtt_ms: is required");
        assertRefused(h + "onprem:eq0,onprem:eq10,NaN\n", "rtts.csv:2: rtt_ms: 'NaN' is not a number");
        assertRefused(h + "onprem:eq0,onprem:eq10,0\n", "rtts.csv:2: rtt_ms: must be in (0, 100000000] ms, got 0");
        assertRefused(h + "onprem:eq0,onprem:eq10,-20\n", "rtts.csv:2: rtt_ms: must be in (0, 100000000] ms, got -20");
        assertRefused(h + "onprem:eq0,onprem:eq10,1e9\n", "rtts.csv:2: rtt_ms: must be in (0, 100000000] ms, got 1e9");
        assertRefused(h + "onprem:eq0,onprem:eq10,20\nonprem:eq0,onprem:eq10,21\n",
                "rtts.csv:3: onprem:eq0 → onprem:eq10 is already measured on line 2; give each direction once");
        assertRefused("from,to,rtt_ms,percentile\nonprem:eq0,onprem:eq10,40,p99\n", "rtts.csv:2: percentile: 'p99' is "
                + "not used: the typical RTT is a median; give p50 rows (or 'median', or leave the column blank)");
        assertRefused(h + "\"onprem:eq0,onprem:eq10,20\n", "rtts.csv:2: from: the quoted field is not closed on its line");
        assertRefused(h + "onprem:eq0,onp\"rem:eq10,20\n",
                "rtts.csv:2: to: a quote inside an unquoted field (quote the whole field)");
        assertRefused(h + "onprem:eq0,\"onprem:eq10\"x,20\n", "rtts.csv:2: to: text after the closing quote");
    }

    @Test
    void aMeasurementBelowTheFloorIsRefused() {
        // onprem:eq0 ↔ onprem:eq10: 1,113.19 km → floor 2 × 1,113.19 / 200 = 11.13 ms. 11.1 ms is faster than light in
        // fiber; 11.2 ms is not.
        assertRefused("from,to,rtt_ms\nonprem:eq0,onprem:eq10,11.1\n", "rtts.csv:2: rtt_ms: 11.1 ms is below the "
                + "physical floor of 11.13 ms between onprem:eq0 and onprem:eq10 (1,113 km at 200 km/ms): no round trip "
                + "is that fast (a one-way time, or the wrong pair?)");
        assertThat(parse("from,to,rtt_ms\nonprem:eq0,onprem:eq10,11.2\n").between("onprem:eq0", "onprem:eq10"))
                .isPresent();
    }

    @Test
    void aLaterFileReplacesTheMeasurementsItGives() {
        MeasuredRtts global = parse("from,to,rtt_ms\nonprem:eq0,onprem:eq10,30\nonprem:eq0,onprem:eq20,40\n");
        MeasuredRtts mine = MeasuredRtts.parse(new StringReader("from,to,rtt_ms\nonprem:eq10,onprem:eq0,25\n"),
                "mine.csv", EQUATOR);
        MeasuredRtts both = global.overlaidWith(mine);
        assertThat(both.between("onprem:eq0", "onprem:eq10").orElseThrow().measuredIn()).isEqualTo("mine.csv:2");
        assertThat(both.between("onprem:eq0", "onprem:eq10").orElseThrow().rttMs()).isEqualTo(25);
        assertThat(both.between("onprem:eq0", "onprem:eq20").orElseThrow().rttMs()).isEqualTo(40);
        assertThat(global.overlaidWith(MeasuredRtts.none())).isSameAs(global);
        assertThat(MeasuredRtts.none().overlaidWith(mine)).isSameAs(mine);
    }

    @Test
    void theGlobalFileIsTheOneTheEnvironmentNamesElseTheHomeFolders() throws IOException {
        assertThat(MeasuredRtts.forUser(Map.of(), dir, EQUATOR)).isSameAs(MeasuredRtts.none());
        Path home = Files.createDirectories(dir.resolve(".meridian"));
        Files.writeString(home.resolve("latency.csv"), "from,to,rtt_ms\nonprem:eq0,onprem:eq10,30\n");
        assertThat(MeasuredRtts.forUser(Map.of(), dir, EQUATOR).between("onprem:eq0", "onprem:eq10").orElseThrow()
                .measuredIn()).isEqualTo(home.resolve("latency.csv") + ":2");
        Path named = Files.writeString(dir.resolve("named.csv"), "from,to,rtt_ms\nonprem:eq0,onprem:eq10,35\n");
        MeasuredRtts viaEnv = MeasuredRtts.forUser(Map.of(MeasuredRtts.ENV_VAR, named.toString()), dir, EQUATOR);
        assertThat(viaEnv.between("onprem:eq0", "onprem:eq10").orElseThrow().rttMs()).isEqualTo(35);
        assertThatThrownBy(() -> MeasuredRtts.forUser(Map.of(MeasuredRtts.ENV_VAR, dir.resolve("typo.csv").toString()),
                dir, EQUATOR)).isInstanceOf(CatalogException.class)
                .hasMessage(dir.resolve("typo.csv") + ": no such file (named by MERIDIAN_LATENCY)");
    }

    @Test
    void onlyASmallRegularUtf8FileIsRead() throws IOException {
        assertThatThrownBy(() -> MeasuredRtts.load(dir, EQUATOR)).isInstanceOf(CatalogException.class)
                .hasMessage(dir + ": not a regular file (a folder)");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "from,to,rtt_ms\n# caf\u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> MeasuredRtts.load(latin1, EQUATOR)).hasMessage(latin1 + ": not UTF-8 text");
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("from,to,rtt_ms\n");
            String comments = ("#" + "x".repeat(1022) + "\n").repeat(1024); // 1 MB
            for (int mb = 0; mb < 11; mb++) {
                out.write(comments);
            }
        }
        assertThatThrownBy(() -> MeasuredRtts.load(big, EQUATOR)).hasMessageStartingWith(big + ": file is too large");
        assertThatThrownBy(() -> MeasuredRtts.load(dir.resolve("none.csv"), EQUATOR))
                .hasMessage(dir.resolve("none.csv") + ": no such file");
    }

    @Test
    void azuresPublishedMatrixLoadsWhole() throws IOException {
        // The held-out fixture of the estimator's validation is a measured-RTT file: 1,035 Azure pairs (P50,
        // 2024-06), none below its floor at the catalogue's coordinates.
        try (var in = MeasuredRttsTest.class.getResourceAsStream("azure-p50-2024-06.csv")) {
            MeasuredRtts azure = MeasuredRtts.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "azure-p50-2024-06.csv", RegionCatalog.builtin());
            assertThat(azure.size()).isEqualTo(1035);
            assertThat(azure.between("azure:australiacentral2", "azure:australiacentral").orElseThrow().rttMs())
                    .isEqualTo(3.5);
            assertThat(azure.all()).extracting(MeasuredRtt::lines).allMatch(lines -> lines.size() == 1);
            assertThat(List.copyOf(azure.all()).get(0).lines()).containsExactly(9);
        }
    }
}
