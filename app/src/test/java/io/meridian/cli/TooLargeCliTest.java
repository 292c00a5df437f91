package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid design beyond the engine's limits is refused before any work: one located line naming the file, exit 2. */
class TooLargeCliTest {
    private static Path withRegions(Path dir, int n) throws java.io.IOException {
        StringBuilder regions = new StringBuilder();
        for (int i = 0; i < n; i++) {
            regions.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "{\"id\": \"r%d\", \"provider\": \"aws\", \"lat\": %.3f, \"lon\": %.3f}",
                    i, -60.0 + (i % 120), -180 + (i * 1.19) % 359));
        }
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{\"schema\": \"meridian/1\", \"name\": \"big\", \"regions\": [\n" + regions + "]}");
        return file;
    }

    @Test
    void aThousandAndOneRegionsAreRefusedInOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = withRegions(dir, 1_001);
        // diff evaluates both sides and optimize every candidate: both said "internal error" (diff) or searched
        // for a minute to find that no candidate could be evaluated (optimize) before they checked the limits.
        for (String[] args : new String[][] {{"evaluate", file.toString()}, {"check", file.toString()},
                {"diff", file.toString(), file.toString()}, {"optimize", file.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly(file + ": $.regions: too large to evaluate: 1,001 regions (at "
                    + "most 1,000): each region's failure is judged over every region, so the work grows as regions²; "
                    + "split the design");
        }
    }

    @Test
    void theAnalysesThatEvaluateManyTimesOverRefuseBeyondThreeHundredRegionsBeforeAnyWork(@TempDir Path dir)
            throws Exception {
        Path file = withRegions(dir, 301);
        CliRun evaluated = CliRun.of("evaluate", file.toString());
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        String years = file + ": $.regions: too large for simulated years: 301 regions (at most 300): at least 10,000 "
                + "years each judge the design's failures as they come (a single evaluation takes up to 1,000 "
                + "regions); split the design";
        for (String[] args : new String[][] {{"evaluate", file.toString(), "--risk"},
                {"check", file.toString(), "--risk", "0.5"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly(years);
        }
        CliRun search = CliRun.of("optimize", file.toString());
        assertThat(search.exitCode()).as(search.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(search.errLines()).containsExactly(file + ": $.regions: too large to search: 301 regions (at most "
                + "300): each candidate design is evaluated in full (a single evaluation takes up to 1,000 regions); "
                + "split the design");
    }

    @Test
    void anExportBeyondTheReportsLimitIsRefusedBeforeAnyWorkAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = withRegions(dir, 151);
        Path pdf = dir.resolve("r.pdf");
        CliRun run = CliRun.of("export", file.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(file + ": $.regions: too large to export: 151 regions (at most "
                + "150): the reports list every pair of regions; 'meridian evaluate' takes up to 1,000, or split the "
                + "design");
        assertThat(pdf).doesNotExist();
        // 150 regions are written (no populations: only the region pairs grow).
        CliRun ok = CliRun.of("export", withRegions(Files.createDirectory(dir.resolve("ok")), 150).toString(),
                "--pdf", pdf.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(pdf).isNotEmptyFile();
    }
}
