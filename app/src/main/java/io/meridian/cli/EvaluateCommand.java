package io.meridian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.EvaluationLimits;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import io.meridian.risk.RiskEngine;
import io.meridian.risk.RiskReport;
import io.meridian.risk.RiskSettings;
import io.meridian.uncertainty.UncertaintyEngine;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.UncertaintySettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code meridian evaluate FILE|--template ID}: everything the engine says about a design and its alternatives. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a design: verdict and objectives, latency, availability, recovery (RTO/RPO), "
                + "capacity per failure scenario, cost, consistency and findings; alternatives side by side.",
        footer = {"%nExamples:", "  meridian evaluate design.json",
                "  meridian evaluate --template two-region-active-active --json",
                "  meridian evaluate design.json --risk --repairs lognormal:1.5 --years 50000"})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @ParentCommand
    MeridianCommand root;

    @Option(names = "--json", description = "print JSON (documented in docs/evaluate-json.md) instead of text")
    boolean json;

    @Option(names = "--risk", description = "add the simulated years: the annual downtime distribution, the share of "
            + "years that breach the availability objective, incidents (takes seconds; see --years, --repairs); and "
            + "when the design has ranges on its inputs, their intervals, tornado and what flips the verdict")
    boolean withRisk;

    @Mixin
    RiskOptions risk;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Design design = source.load(root.user());
        if (withRisk) {
            source.checkFor(design, true, EvaluationLimits.Analysis.YEARS);
            if (!design.uncertainties().isEmpty()) {
                source.checkFor(design, true, EvaluationLimits.Analysis.RANGES);
            }
        }
        DesignEvaluation result = source.evaluate(design, root.user());
        Map<String, RiskReport> risks = !withRisk ? Map.of() : risks(design, result, risk.settings(), spec.commandLine().getErr());
        Map<String, UncertaintyReport> ranges = !withRisk || design.uncertainties().isEmpty() ? Map.of()
                : uncertainties(design, root.user(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(out, design, result, risks, ranges);
            out.println();
        } else {
            // Written as one block: the command line's writer flushes at every line (a write to standard output
            // each), and the report of a 1,000-region design is 13 MB in about 200,000 lines.
            PrintWriter block = new PrintWriter(new java.io.BufferedWriter(out, 1 << 16));
            printText(block, design, result, risks, ranges);
            block.flush();
        }
        return MeridianCommand.OK;
    }

    /** Each variant's simulated years, by variant id. */
    static Map<String, RiskReport> risks(Design design, DesignEvaluation result, RiskSettings settings,
                                         PrintWriter err) {
        Map<String, RiskReport> out = new LinkedHashMap<>();
        for (Alternative variant : design.variants()) {
            Evaluation e = result.variant(variant.id()).orElseThrow();
            out.put(variant.id(), RiskEngine.evaluate(variant.topology(), e, settings,
                    LongRunNotice.years(err, variant.id(), settings.minYears())));
        }
        return out;
    }


    /** What each variant's ranges do to its figures and verdict (the design has ranges on its inputs). */
    static Map<String, UncertaintyReport> uncertainties(Design design, UserFolder user, PrintWriter err) {
        Map<String, UncertaintyReport> out = new LinkedHashMap<>();
        for (Alternative variant : design.variants()) {
            out.put(variant.id(), UncertaintyEngine.evaluate(design, variant.id(), UncertaintySettings.DEFAULTS,
                    user.catalog(), user.prices(), LongRunNotice.ranges(err, variant.id())));
        }
        return out;
    }

    static void printText(PrintWriter out, Design design, DesignEvaluation result) {
        printText(out, design, result, Map.of(), Map.of());
    }

    static void printText(PrintWriter out, Design design, DesignEvaluation result, Map<String, RiskReport> risks,
                          Map<String, UncertaintyReport> ranges) {
        LatencyText latency = new LatencyText(out);
        ResilienceText resilience = new ResilienceText(out);
        DecisionText decision = new DecisionText(out);
        for (Alternative variant : design.variants()) {
            Evaluation e = result.variant(variant.id()).orElseThrow();
            out.printf("== %s%s%n%n", variant.name(),
                    variant.id().equals(Design.BASELINE_ID) ? "" : "  (alternative '" + variant.id() + "')");
            decision.verdict(e);
            decision.objectives(e);
            latency.print(variant.topology(), e.latency());
            resilience.availability(e.availability());
            if (risks.containsKey(variant.id())) {
                new RiskText(out).print(risks.get(variant.id()));
            }
            if (ranges.containsKey(variant.id())) {
                new UncertaintyText(out).print(ranges.get(variant.id()));
            }
            resilience.recovery(e.recovery());
            resilience.capacity(variant.topology(), e.capacity());
            decision.cost(e.cost());
            decision.consistency(e.consistency());
            decision.findings(e);
        }
        if (result.variants().size() > 1) {
            decision.comparison(result);
        }
    }

    /**
     * Writes the JSON report as it is serialised, never as a whole tree or string: the report of a design at the
     * evaluation limits is hundreds of MB of JSON, which as a tree and then a string would need ten times that.
     */
    static void writeJson(Writer out, Design design, DesignEvaluation result) throws IOException {
        writeJson(out, design, result, Map.of(), Map.of());
    }

    static void writeJson(Writer out, Design design, DesignEvaluation result, Map<String, RiskReport> risks,
                          Map<String, UncertaintyReport> ranges) throws IOException {
        try (JsonGenerator g = CliJson.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the command line's stream stays open
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", Design.SCHEMA);
            g.writeStringField("design", design.name());
            writeResults(g, result.baseline(), risks.get(Design.BASELINE_ID), ranges.get(Design.BASELINE_ID));
            g.writeArrayFieldStart("alternatives");
            for (Evaluation e : result.variants().subList(1, result.variants().size())) {
                g.writeStartObject();
                g.writeStringField("id", e.variantId());
                g.writeStringField("name", e.variantName());
                writeResults(g, e, risks.get(e.variantId()), ranges.get(e.variantId()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectField("comparison", result.comparison());
            g.writeStringField("recommendedId", result.recommendedId());
            g.writeStringField("recommendation", result.recommendation());
            g.writeEndObject();
        }
    }

    private static void writeResults(JsonGenerator g, Evaluation e, RiskReport risk, UncertaintyReport ranges)
            throws IOException {
        g.writeObjectField("verdict", e.verdict());
        g.writeObjectField("objectives", e.objectives());
        g.writeObjectField("findings", e.findings());
        g.writeObjectField("latency", e.latency());
        g.writeObjectField("availability", e.availability());
        if (risk != null) {
            g.writeObjectField("risk", risk);
        }
        if (ranges != null) {
            g.writeObjectField("uncertainty", ranges);
        }
        g.writeObjectField("recovery", e.recovery());
        g.writeFieldName("capacity");
        CapacityJson.write(g, e.capacity());
        g.writeObjectField("cost", e.cost());
        g.writeObjectField("consistency", e.consistency());
    }
}
