package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} prints everything (text and JSON with the documented keys); {@code check} is an exit code. */
class EvaluateCommandTest {
    private static final String TEMPLATE = "two-region-active-active";

    /** One region, one service: the only objective is a read RTT the nearby population easily meets. */
    private static final String PASSING = """
            {"schema": "meridian/1", "name": "tiny",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}],
             "components": [{"id": "api", "kind": "service", "region": "use1", "availability": 0.999,
                             "instances": 4, "capacityPerInstanceRps": 100}],
             "populations": [{"id": "nyc", "lat": 40.7, "lon": -74.0, "requestsPerSecond": 100}],
             "objectives": {"readLatencyMs": 50}}
            """;

    @Test
    void jsonHasEveryDocumentedTopLevelKey() throws IOException {
        CliRun run = CliRun.of("evaluate", "--template", TEMPLATE, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        assertThat(root.fieldNames()).toIterable().contains("latency", "availability", "recovery", "capacity", "cost",
                "consistency", "findings", "objectives", "verdict", "alternatives", "comparison", "recommendation");
        // The seed's failover: 10 s × 3 health checks, 60 s TTL, 30 s promotion, 5 s reconnect; 2% of clients keep
        // the dead address for 900 s, so 99% are back only at 30 + 900 + 5 = 935 s.
        assertThat(root.at("/recovery/rto/rto/value").asDouble()).isCloseTo(935, offset(1e-9));
        // Against the seed's "under a minute" RTO objective the baseline fails.
        assertThat(root.at("/verdict/pass").asBoolean()).isFalse();
        // Each alternative carries the same sections.
        assertThat(root.at("/alternatives/0").fieldNames()).toIterable().contains("verdict", "capacity", "cost");
    }

    @Test
    void textShowsTheVerdictTheRtoStepsAndNinesBesideDowntime() {
        CliRun run = CliRun.of("evaluate", "--template", TEMPLATE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("VERDICT: FAIL")
                // 935 s = 30 s detection + 900 s DNS-cache tail + 5 s reconnect, in the one duration rule: 15.6 min.
                .contains("RTO 15.6 min (99% of the affected users have reads and writes back); steps: detection "
                        + "30 s, routing switch 1 min, promotion 30 s, reconnect 5 s")
                .contains("nines").contains("down/yr")
                // Names, not ids, where a person reads: the population, the dataset, the tier and its region.
                .contains("worst population 'West Coast users' with failover time charged: ")
                .contains("worst dataset 'Orders and accounts'")
                .contains("API tier in US East (N. Virginia) needs 75 (has 50)")
                .contains("N_MINUS_1_OVERLOAD")
                .contains("== Alternatives side by side").contains("RECOMMENDATION:");
    }

    @Test
    void checkExitsOneWhenAnObjectiveFails() {
        CliRun run = CliRun.of("check", "--template", TEMPLATE);
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.OBJECTIVES_FAILED);
        assertThat(run.out()).contains("rto").contains("FAIL");
    }

    @Test
    void checkExitsZeroWhenAllObjectivesPass(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, PASSING);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS: meets all 1 objectives, no error findings");
    }

    /**
     * Issue 12: objectives met beside error findings is not a pass for CI. The CockroachDB template's baseline meets
     * its one objective, but three regional-by-row copies take writes that reach no other copy
     * (WRITES_NEVER_REPLICATED, an error): check exits 1 and says both.
     */
    @Test
    void checkExitsOneWhenObjectivesPassButAnErrorFindingStands() {
        CliRun run = CliRun.of("check", "--template", "cockroach-regional-by-row");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(MeridianCommand.OBJECTIVES_FAILED);
        assertThat(run.out()).contains("VERDICT: PASS on objectives, 3 errors: meets all 1 objectives; error "
                + "findings: WRITES_NEVER_REPLICATED").contains("3 error finding(s)");
    }

    @Test
    void riskAddsTheSimulatedYearsToTheJsonAndTheirMeanMatchesTheExpectation() throws IOException {
        CliRun run = CliRun.of("evaluate", "--template", TEMPLATE, "--json", "--risk", "--years", "4000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.MAPPER.readTree(run.out());
        JsonNode risk = root.path("risk");
        assertThat(risk.path("years").asInt()).isEqualTo(4000);
        // The 99.99% objective allows (1 − 0.9999) × 525,960 min = 52.596 min a year.
        assertThat(risk.path("budgetMinutes").asDouble()).isCloseTo(52.596, offset(1e-6));
        for (JsonNode p : risk.path("populations")) {
            double expected = p.path("expectedMinutes").asDouble();
            assertThat(p.path("annual").path("mean").asDouble())
                    .isCloseTo(expected, offset(3 * p.path("annual").path("halfWidth").asDouble()));
            assertThat(p.path("annual").path("p10").asDouble()).isLessThan(p.path("annual").path("p90").asDouble());
        }
        // Expected about 3.1 h against a budget of 53 min: most years breach.
        assertThat(risk.path("breachProbability").asDouble()).isGreaterThan(0.5);
        assertThat(root.at("/alternatives/0/risk/years").asInt()).isEqualTo(4000);
        // Without --risk there is no section, and no time spent on it.
        JsonNode plain = CliJson.MAPPER.readTree(CliRun.of("evaluate", "--template", TEMPLATE, "--json").out());
        assertThat(plain.has("risk")).isFalse();
    }

    @Test
    void riskOnADesignWithRangesAddsTheirIntervalsTornadoesAndFlips() throws IOException {
        CliRun run = CliRun.of("evaluate", "../docs/examples/two-region-ranges.json", "--json", "--risk", "--years",
                "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode u = CliJson.MAPPER.readTree(run.out()).path("uncertainty");
        assertThat(u.path("inputs")).hasSize(10);
        assertThat(u.path("evaluated").asInt()).isEqualTo(500);
        JsonNode cost = null;
        for (JsonNode t : u.path("tornadoes")) {
            if (t.path("output").asText().equals("total-annual-cost")) {
                cost = t;
            }
        }
        assertThat(cost).isNotNull();
        // Total annual cost = 12 × bill + expected downtime hours × cost per hour: linear in the cost per hour, so its
        // bar is the line through the point: (atHigh − atLow) / (high − low) = (base − 12 × bill) / point.
        JsonNode bar = cost.path("bars").get(0);
        assertThat(bar.path("label").asText()).isEqualTo("Downtime cost per hour");
        double bill = 0;
        for (JsonNode i : u.path("intervals")) {
            if (i.path("figure").asText().equals("monthly-bill")) {
                bill = i.path("point").asDouble();
            }
        }
        double hours = (cost.path("base").asDouble() - 12 * bill);
        double slope = (bar.path("atHigh").asDouble() - bar.path("atLow").asDouble())
                / (bar.path("highInput").asDouble() - bar.path("lowInput").asDouble());
        double point = bar.path("atHigh").asDouble() - slope * bar.path("highInput").asDouble();
        assertThat(point).as("the bill's share: zero downtime cost").isCloseTo(12 * bill, offset(1e-6 * 12 * bill));
        assertThat(slope).isGreaterThan(0);
        assertThat(hours).isGreaterThan(0);
        // The text report prints the same, with the swings of the availability objective.
        CliRun text = CliRun.of("evaluate", "../docs/examples/two-region-ranges.json", "--risk", "--years", "1000");
        assertThat(text.out()).contains("Uncertain inputs (10 ranges, 500 sampled designs)")
                .contains("widest swings of total annual cost").contains("no range moves objective rto");
    }

    @Test
    void checkWithRiskFailsWhenTooManyYearsBreachAndPassesWithAGenerousLimit() {
        // Objectives aside (they fail anyway), --risk adds its own line: about nine years in ten breach 99.99%.
        CliRun strict = CliRun.of("check", "--template", TEMPLATE, "--risk", "0.05", "--years", "2000");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).containsPattern("risk: \\d+% of 2,000 simulated years breach 99\\.99% \\(limit 5%\\): FAIL");
        CliRun bad = CliRun.of("check", "--template", TEMPLATE, "--risk", "1.5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly("--risk: P must be a share from 0 to 1, got 1.5");
        CliRun badRepairs = CliRun.of("evaluate", "--template", TEMPLATE, "--risk", "--repairs", "weibull");
        assertThat(badRepairs.exitCode()).isEqualTo(2);
        assertThat(badRepairs.errLines()).hasSize(1);
        assertThat(badRepairs.errLines().get(0)).startsWith("--repairs: expected exponential or lognormal");
    }

    @Test
    void checkWithRiskPassesADesignWhoseYearsStayInsideItsBudget(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.json");
        // One region at 99.95% with four 99.9% instances, no objective on availability: nothing to breach.
        Files.writeString(file, PASSING);
        CliRun run = CliRun.of("check", file.toString(), "--risk", "0.01", "--years", "1000");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("risk: no availability objective, nothing to breach");
    }

    @Test
    void exportNeedsAnOutputAndSaysSoInOneLine() {
        CliRun run = CliRun.of("export", "--template", TEMPLATE);
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                "give --xlsx OUT, --pdf OUT or a diagram (--mermaid, --plantuml, --structurizr)");
    }
}
