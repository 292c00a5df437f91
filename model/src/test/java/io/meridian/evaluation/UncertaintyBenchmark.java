package io.meridian.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.io.DesignReader;
import io.meridian.io.DesignWriter;
import io.meridian.model.Design;
import io.meridian.uncertainty.UncertaintyEngine;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.UncertaintySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole uncertainty analysis (500 Latin-hypercube designs, one-at-a-time ends, first-order indices, verdict
 * flips by bisection) of the 3-region benchmark design with ranges on ten of its inputs, on two threads. Surefire
 * skips *Benchmark; see docs/benchmarks.md for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class UncertaintyBenchmark {
    /** Ten ranges, by JSON path of the design's canonical form. */
    static final Map<String, String> RANGES = Map.of(
            "regions[0].availability", "{\"low\": 0.999, \"likely\": 0.9995, \"high\": 0.9999}",
            "regions[1].availability", "{\"low\": 0.999, \"likely\": 0.9995, \"high\": 0.9999}",
            "regions[2].availability", "{\"low\": 0.999, \"likely\": 0.9995, \"high\": 0.9999}",
            "regions[0].mttrHours", "{\"distribution\": \"lognormal\", \"median\": 4, \"p90\": 10}",
            "components[0].availability", "{\"low\": 0.99, \"likely\": 0.995, \"high\": 0.999}",
            "components[1].availability", "{\"distribution\": \"pert\", \"low\": 0.999, \"likely\": 0.9995, "
                    + "\"high\": 0.9999}",
            "components[0].hourlyPrice", "{\"low\": 0.08, \"likely\": 0.096, \"high\": 0.12}",
            "assumptions.downtimeCostPerHour", "{\"low\": 0, \"likely\": 100000, \"high\": 1000000}",
            "routing.availability", "{\"distribution\": \"uniform\", \"low\": 0.9995, \"likely\": 0.9999, "
                    + "\"high\": 0.99999}",
            "commonCauses.globalChange.eventsPerYear", "{\"low\": 0.25, \"likely\": 1, \"high\": 4}");

    private final Design design = threeRegionsWithRanges();
    private final RegionCatalog noCatalog = new RegionCatalog(java.util.List.of());

    static Design threeRegionsWithRanges() {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode tree = (ObjectNode) json.readTree(DesignWriter.toJson(
                    Design.of("three regions", BenchmarkDesigns.threeRegions())));
            for (Map.Entry<String, String> range : RANGES.entrySet()) {
                String path = range.getKey();
                int dot = path.lastIndexOf('.');
                ObjectNode parent = (ObjectNode) tree.at("/" + path.substring(0, dot).replaceAll("\\[(\\d+)]", "/$1")
                        .replace('.', '/'));
                parent.set(path.substring(dot + 1), json.readTree(range.getValue()));
            }
            return new DesignReader(new RegionCatalog(java.util.List.of())).read(tree.toString(), "three.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public UncertaintyReport threeRegionsTenInputs() {
        return UncertaintyEngine.evaluate(design, Design.BASELINE_ID, UncertaintySettings.DEFAULTS, noCatalog,
                PriceCatalog.builtin());
    }

    /** One run with its figures, for a look at what the analysis says. */
    public static void main(String[] args) {
        Design d = threeRegionsWithRanges();
        long start = System.nanoTime();
        UncertaintyReport r = UncertaintyEngine.evaluate(d, Design.BASELINE_ID, UncertaintySettings.DEFAULTS,
                new RegionCatalog(java.util.List.of()), PriceCatalog.builtin());
        System.out.printf("%d ms, %d designs%n", (System.nanoTime() - start) / 1_000_000, r.evaluated());
        r.intervals().forEach(System.out::println);
        r.tornadoes().forEach(t -> System.out.println(t.output() + ": " + t.bars().get(0)));
        r.flips().forEach(f -> System.out.println(f.sentence()));
    }
}
