package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Assumptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The shipped estimator against published pairs it was not fitted on (Azure's P50 table of 2024-06; the corridors
 * were fitted on GCP and AWS): fails when a change to the table, the zones, the short-hop overhead or the catalogue's
 * coordinates drops it below the figures documented in docs/latency-model.md. The figures are computed here from
 * scratch: relative error (estimate − measured) / measured, per pair.
 */
class LatencyEstimatorValidationTest {
    private static final String FIXTURE = "azure-p50-2024-06.csv";

    record Pair(String from, String to, double distanceKm, double floorMs, double estimateMs, double measuredMs) {
        double error() {
            return (estimateMs - measuredMs) / measuredMs;
        }
    }

    static List<Pair> heldOut() throws IOException {
        LatencyModel model = new LatencyModel(Assumptions.DEFAULTS);
        RegionCatalog catalog = RegionCatalog.builtin();
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LatencyEstimatorValidationTest.class.getResourceAsStream(FIXTURE)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("from,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                CatalogEntry a = catalog.require(f[0]);
                CatalogEntry b = catalog.require(f[1]);
                PathLatency p = model.between(a.location(), b.location());
                pairs.add(new Pair(f[0], f[1], p.distanceKm().value(), p.floorRttMs().value(),
                        p.typicalRttMs().value(), Double.parseDouble(f[2])));
            }
        }
        return pairs;
    }

    static double within(List<Pair> pairs, double bound) {
        return pairs.stream().filter(p -> Math.abs(p.error()) <= bound).count() / (double) pairs.size();
    }

    static double medianAbsoluteError(List<Pair> pairs) {
        double[] e = pairs.stream().mapToDouble(p -> Math.abs(p.error())).sorted().toArray();
        return e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    }

    @Test
    void heldOutLongPairsMeetTheDocumentedFigures() throws IOException {
        List<Pair> all = heldOut();
        assertThat(all).hasSize(1035);
        List<Pair> longPairs = all.stream().filter(p -> p.distanceKm() >= 500).toList();
        assertThat(longPairs).hasSize(1001);
        // docs/latency-model.md, held-out Azure, pairs ≥ 500 km: 58.1% within 10%, 84.7% within 20%, 98.1% within
        // 35%, median |error| 8.3%. The issue's targets are 80% and 95%.
        assertThat(within(longPairs, 0.10)).isGreaterThanOrEqualTo(0.58);
        assertThat(within(longPairs, 0.20)).isGreaterThanOrEqualTo(0.845).isGreaterThanOrEqualTo(0.80);
        assertThat(within(longPairs, 0.35)).isGreaterThanOrEqualTo(0.98).isGreaterThanOrEqualTo(0.95);
        assertThat(medianAbsoluteError(longPairs)).isLessThanOrEqualTo(0.084);
    }

    @Test
    void heldOutShortHopsMeetTheDocumentedFigures() throws IOException {
        List<Pair> shortPairs = heldOut().stream().filter(p -> p.distanceKm() < 500).toList();
        assertThat(shortPairs).hasSize(34);
        // docs/latency-model.md, held-out Azure, pairs < 500 km: 55.9% within 20%, 82.4% within 35% (the uniform
        // 1.5 × floor + 2 ms had 0% and 47%).
        assertThat(within(shortPairs, 0.20)).isGreaterThanOrEqualTo(0.55);
        assertThat(within(shortPairs, 0.35)).isGreaterThanOrEqualTo(0.82);
    }

    @Test
    void noEstimateIsBelowThePhysicalFloor() throws IOException {
        assertThat(heldOut()).allSatisfy(p -> assertThat(p.estimateMs()).isGreaterThanOrEqualTo(p.floorMs()));
        // Every corridor's inflation is ≥ 1 and overhead ≥ 0, so no estimate anywhere can be.
        assertThat(Corridors.builtin().all()).hasSize(55)
                .allSatisfy(c -> assertThat(c.inflation()).isGreaterThanOrEqualTo(1))
                .allSatisfy(c -> assertThat(c.overheadMs()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void theUniformModelItReplacesFailsTheTargets() throws IOException {
        // The same pairs under the old global floor × 1.5 + 2 ms: 52.7% of long pairs within 20% (a control: the
        // fixture and the metric can tell a bad estimator from a good one).
        LatencyModel uniform = new LatencyModel(new Assumptions(200, 1.5, 2.0, 3.5, 0));
        List<Pair> longPairs = new ArrayList<>();
        for (Pair p : heldOut()) {
            if (p.distanceKm() >= 500) {
                double estimate = uniform.forDistance(p.distanceKm(), Zone.NA, Zone.NA).typicalRttMs().value();
                longPairs.add(new Pair(p.from(), p.to(), p.distanceKm(), p.floorMs(), estimate, p.measuredMs()));
            }
        }
        assertThat(within(longPairs, 0.20)).isLessThan(0.60);
    }

    @Test
    void capeTownToSaoPauloComesOutRight() throws IOException {
        // No cloud routes Cape Town ↔ São Paulo over the South Atlantic: Azure measures 311 ms (South Africa West ↔
        // Brazil South), the uniform model gave ≈ 98 ms. The corridor SA–AF must land within 20%.
        Pair p = heldOut().stream().filter(x -> x.from().equals("azure:brazilsouth")
                && x.to().equals("azure:southafricawest")).findFirst().orElseThrow();
        assertThat(p.measuredMs()).isEqualTo(311);
        assertThat(Math.abs(p.error())).isLessThan(0.20);
    }
}
