package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.latency.LatencyEngine;
import io.meridian.latency.LatencyReport;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian evaluate FILE|--template ID}: the engine's results for a design and its alternatives. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a design: latency matrices, read and write latency per population.",
        footer = {"%nExamples:", "  meridian evaluate design.json", "  meridian evaluate --template two-region-active-active --json"})
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
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.pretty(toJson(design)));
        } else {
            LatencyText text = new LatencyText(out);
            for (Alternative variant : design.variants()) {
                out.printf("== %s%s%n%n", variant.name(),
                        variant.id().equals("baseline") ? "" : "  (alternative '" + variant.id() + "')");
                text.print(variant.topology(), LatencyEngine.evaluate(variant.topology()));
            }
        }
        return MeridianCommand.OK;
    }

    private static ObjectNode toJson(Design design) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("schema", Design.SCHEMA);
        root.put("design", design.name());
        putResults(root, LatencyEngine.evaluate(design.topology()));
        ArrayNode alternatives = root.putArray("alternatives");
        for (Alternative a : design.alternatives()) {
            ObjectNode alt = alternatives.addObject();
            alt.put("id", a.id());
            alt.put("name", a.name());
            putResults(alt, LatencyEngine.evaluate(a.topology()));
        }
        return root;
    }

    private static void putResults(ObjectNode node, LatencyReport latency) {
        node.set("latency", CliJson.MAPPER.valueToTree(latency));
    }
}
