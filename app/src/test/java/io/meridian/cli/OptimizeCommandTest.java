package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.io.DesignFiles;
import io.meridian.io.DesignReader;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meridian optimize} on one tier of 99% instances sized by the capacity engine to 2 (100 req/s at 100 req/s
 * per instance and a target utilisation of 0.5) against 99.995%: 2 instances give 99.99%, 3 give 99.9999%.
 */
class OptimizeCommandTest {
    @TempDir
    Path dir;

    private Path design() throws Exception {
        Topology t = Topology.EMPTY
                .withRegion(new Region("r", null, "r", Provider.AWS, new GeoPoint(40, -75), "", 1.0, 4, 0))
                .withComponent(new Component("api", "api", "r", 7, 0.10, Reliability.ofSla(0.99),
                        new ComponentSpec.Service(100, 0.5)))
                .withPopulation(new Population("u", "u", new GeoPoint(40, -75), 100, 1.0, null, null, List.of()))
                .withObjectives(new Objectives(0.99995, null, null, null, null, null, SurviveLoss.NONE));
        for (Provider p : Provider.values()) {
            t = t.withProviderProfile(new ProviderProfile(p, 1.0, 4));
        }
        Path file = dir.resolve("tier.json");
        DesignFiles.save(Design.of("One tier", t), file);
        return file;
    }

    @Test
    void findsTheCheapestPassingDesignAndWritesItAsAnAlternative() throws Exception {
        Path out = dir.resolve("suggested.json");
        CliRun run = CliRun.of("optimize", design().toString(), "--json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(run.err()).contains("wrote ").contains("(1 alternative added)");
        assertThat(root.path("method").asText()).startsWith("exhaustive");
        JsonNode best = root.path("suggestions").get(0);
        assertThat(best.path("passes").asBoolean()).isTrue();
        assertThat(best.path("changes").toString()).contains("instances of api in r: 3");
        Design written = new DesignReader().read(out);
        assertThat(written.alternatives()).hasSize(1);
        assertThat(written.alternatives().get(0).id()).isEqualTo("suggested-1");
        assertThat(written.alternatives().get(0).topology().component("api").orElseThrow().instances()).isEqualTo(3);
        assertThat(written.topology().component("api").orElseThrow().instances()).as("the baseline kept").isEqualTo(7);
    }

    @Test
    void aSpaceTooLargeToCountInFullIsWrittenAsAPowerOfTen() {
        assertThat(OptimizeCommand.spaceSize(2_097_152)).isEqualTo("2,097,152");
        assertThat(OptimizeCommand.spaceSize(999_999_999_999_999.0)).isEqualTo("999,999,999,999,999");
        // 21 spare counts on 20 tiers: 21^20 = 2.78e26.
        assertThat(OptimizeCommand.spaceSize(Math.pow(21, 20))).isEqualTo("about 2.8e26");
        // The mantissa rounds up into the next power: 9.96e26 is about 1.0e27, not "10.0e26".
        assertThat(OptimizeCommand.spaceSize(9.96e26)).isEqualTo("about 1.0e27");
        // 21^3,000 (3,000 tiers, the most a design may have) overflows a double: it was printed "Infinity".
        assertThat(OptimizeCommand.spaceSize(Math.pow(21, 3_000))).isEqualTo("more than 10^308");
    }

    @Test
    void aBadObjectiveIsOneLine() throws Exception {
        CliRun run = CliRun.of("optimize", design().toString(), "--objective", "speed");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("--objective: expected cost or frontier, got 'speed'");
    }

    /**
     * The two-region seed with a declared space: no spares, the sessions dataset may stay multi-primary
     * (last-writer-wins, the seed's CONFLICT_UNSAFE_WRITES error) or become single-primary, every replication link
     * async only, routing as drawn. Two candidates (two strategies, nothing else open): the search takes the strategy
     * that clears the error, and the file written keeps the declared space.
     */
    @Test
    void aDeclaredWriteStrategyChoiceClearsTheSeedsConflictError() throws Exception {
        Path file = dir.resolve("seed.json");
        Design seed = io.meridian.templates.Templates.load("two-region-active-active");
        List<io.meridian.model.DesignSpace.ReplicationModes> asyncOnly = seed.topology().links().stream()
                .filter(l -> l.kind() == io.meridian.model.LinkKind.REPLICATION)
                .map(l -> new io.meridian.model.DesignSpace.ReplicationModes(l.id(),
                        List.of(io.meridian.model.ReplicationMode.ASYNC))).toList();
        DesignFiles.save(seed.withSpace(new io.meridian.model.DesignSpace(0, List.of(), asyncOnly, List.of(
                new io.meridian.model.DesignSpace.WriteStrategies("sessions", List.of(
                        io.meridian.model.WriteStrategy.MULTI_PRIMARY, io.meridian.model.WriteStrategy.SINGLE_PRIMARY))),
                List.of(io.meridian.model.RoutingKind.LATENCY_DNS), List.of())), file);
        Path out = dir.resolve("suggested.json");
        CliRun run = CliRun.of("optimize", file.toString(), "--json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(root.path("spaceSize").asDouble()).isEqualTo(2);
        JsonNode best = root.path("suggestions").get(0);
        assertThat(best.path("changes").toString()).contains("write strategy of Sessions: single-primary");
        assertThat(best.path("verdict").asText()).doesNotContain("CONFLICT_UNSAFE_WRITES");
        Design written = new DesignReader().read(out);
        assertThat(written.space().writeStrategies()).hasSize(1);
        assertThat(written.alternatives().get(written.alternatives().size() - 1).topology().datasets().stream()
                .filter(d -> d.id().equals("sessions")).findFirst().orElseThrow().strategy())
                .isEqualTo(io.meridian.model.WriteStrategy.SINGLE_PRIMARY);
    }

    @Test
    void anInstanceTypeTheCatalogueCannotPriceIsOneLineAtItsPath() throws Exception {
        Path file = design();
        Design d = new DesignReader().read(file);
        DesignFiles.save(d.withSpace(new io.meridian.model.DesignSpace(null, List.of(
                new io.meridian.model.DesignSpace.InstanceTypes("api", List.of(
                        new io.meridian.model.DesignSpace.InstanceType("z9.huge", 900, null)))), List.of(), List.of(),
                List.of(), List.of())), file);
        CliRun run = CliRun.of("optimize", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ": $.search.instanceTypes[0]"
                + ".options[0].item: no price for aws:z9.huge in the price catalogue");
    }
}
