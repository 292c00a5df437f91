package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian evaluate FILE|--template ID}: everything the engine says about a design and its alternatives. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a design: verdict and objectives, latency, availability, recovery (RTO/RPO), "
                + "capacity per failure scenario, cost, consistency and findings; alternatives side by side.",
        footer = {"%nExamples:", "  meridian evaluate design.json",
                "  meridian evaluate --template two-region-active-active --json"})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @Option(names = "--json", description = "print JSON (documented in docs/evaluate-json.md) instead of text")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Design design = source.load();
        DesignEvaluation result = Evaluator.evaluate(design, DesignSource.prices());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.pretty(toJson(design, result)));
        } else {
            printText(out, design, result);
        }
        return MeridianCommand.OK;
    }

    static void printText(PrintWriter out, Design design, DesignEvaluation result) {
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

    static ObjectNode toJson(Design design, DesignEvaluation result) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("schema", Design.SCHEMA);
        root.put("design", design.name());
        putResults(root, result.baseline());
        ArrayNode alternatives = root.putArray("alternatives");
        for (Evaluation e : result.variants().subList(1, result.variants().size())) {
            ObjectNode alt = alternatives.addObject();
            alt.put("id", e.variantId());
            alt.put("name", e.variantName());
            putResults(alt, e);
        }
        root.set("comparison", CliJson.MAPPER.valueToTree(result.comparison()));
        root.put("recommendedId", result.recommendedId());
        root.put("recommendation", result.recommendation());
        return root;
    }

    private static void putResults(ObjectNode node, Evaluation e) {
        node.set("verdict", CliJson.MAPPER.valueToTree(e.verdict()));
        node.set("objectives", CliJson.MAPPER.valueToTree(e.objectives()));
        node.set("findings", CliJson.MAPPER.valueToTree(e.findings()));
        node.set("latency", CliJson.MAPPER.valueToTree(e.latency()));
        node.set("availability", CliJson.MAPPER.valueToTree(e.availability()));
        node.set("recovery", CliJson.MAPPER.valueToTree(e.recovery()));
        node.set("capacity", CliJson.MAPPER.valueToTree(e.capacity()));
        node.set("cost", CliJson.MAPPER.valueToTree(e.cost()));
        node.set("consistency", CliJson.MAPPER.valueToTree(e.consistency()));
    }
}
