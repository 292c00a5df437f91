package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond a dozen regions the text report summarises what grows as regions² (the region RTT matrix, the capacity
 * matrix) and as datasets × populations (write latencies); --json keeps every figure.
 */
class LargeDesignTextTest {
    /**
     * {@code n} AWS regions along the equator 10° apart, a service of 10 × 100 rps in each, a database in the
     * first and the last with a replication link between them, {@code populations} populations of 100 rps at
     * the first region, each writing the one dataset.
     */
    static Path design(Path dir, int n, int populations) throws java.io.IOException {
        StringBuilder regions = new StringBuilder();
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < n; i++) {
            regions.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\": \"r%d\", \"provider\": \"aws\", \"lat\": 0, \"lon\": %d}", i, 10 * i));
            components.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\": \"api%d\", \"kind\": \"service\", \"region\": \"r%d\", \"instances\": 10, "
                            + "\"availability\": 0.999, \"capacityPerInstanceRps\": 100}", i, i));
        }
        components.append(",{\"id\": \"db-a\", \"kind\": \"database\", \"region\": \"r0\", \"availability\": 0.999}")
                .append(String.format(Locale.ROOT, ",{\"id\": \"db-b\", \"kind\": \"database\", \"region\": \"r%d\","
                        + " \"availability\": 0.999}", n - 1));
        StringBuilder people = new StringBuilder();
        for (int p = 0; p < populations; p++) {
            people.append(p == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\": \"p%d\", \"lat\": 0, \"lon\": 0.5, \"requestsPerSecond\": 100}", p));
        }
        Path file = dir.resolve("d" + n + ".json");
        Files.writeString(file, "{\"schema\": \"meridian/1\", \"name\": \"wide\", \"regions\": [" + regions
                + "], \"components\": [" + components + "], \"links\": [{\"id\": \"rep\", \"kind\": \"replication\","
                + " \"from\": \"db-a\", \"to\": \"db-b\", \"mode\": \"async\"}], \"datasets\": [{\"id\": \"orders\","
                + " \"strategy\": \"single-primary\", \"writesPerSecond\": 10, \"copies\": [\"db-a\", \"db-b\"]}],"
                + " \"populations\": [" + people + "]}");
        return file;
    }

    @Test
    void twelveRegionsStillGetTheWholeMatrices(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("evaluate", design(dir, 12, 2).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Region RTT, ms: typical (floor)").contains("from \\ to")
                .contains("Capacity: busiest tier's utilisation per region")
                .contains("Write latency per dataset and population");
    }

    @Test
    void thirteenRegionsListThePairsTheLinksCrossAndOneLinePerScenario(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("evaluate", design(dir, 13, 2).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).doesNotContain("from \\ to").doesNotContain("Capacity: busiest tier's utilisation per region");
        assertThat(out).contains("Region RTT, ms: the 1 region pairs the design's links cross, longest first "
                + "(13 regions: the whole 13 × 13 matrix is in --json, latency.regions)");
        // r0 (lon 0) to r12 (lon 120) on the equator: 120° of the WGS84 equator = 13,358 km; floor = distance / 100
        // km per ms of RTT (fiber at 200,000 km/s, there and back) = 133.6 ms.
        assertThat(out).containsPattern("r0 +r12 +replication +[0-9.]+ +133\\.6 +13,358");
        // One line per scenario: normal operation has every region up; r0's loss leaves r1 the busiest (both
        // populations sit at lon 0.5, nearest to r0 then r1): 200 rps on 10 × 100 rps = 20%.
        assertThat(out).contains("Capacity per failure scenario: the busiest region left up");
        assertThat(out).containsPattern("r0 down +1 +r1 +20% ");
        // Two write rows only: the full table is kept below the summary threshold.
        assertThat(out).contains("Write latency per dataset and population");
    }

    @Test
    void manyWriteFiguresShowTheSlowestPopulationPerDataset(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("evaluate", design(dir, 13, LatencyText.WRITE_ROWS + 1).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Write latency per dataset, ms (client RTT + commit + service times): the "
                + "slowest population of each (201 dataset × population figures: every one is in --json, "
                + "latency.writes)");
        assertThat(run.out()).containsPattern("orders +single-primary +201 +p[0-9]+ ");
        assertThat(run.out()).doesNotContain("Write latency per dataset and population");
    }
}
