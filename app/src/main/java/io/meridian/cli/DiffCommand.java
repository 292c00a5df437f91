package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.evaluation.DesignTooLargeException;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.EvaluationLimits;
import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.io.DesignDiff;
import io.meridian.io.DesignFormatException;
import io.meridian.io.DesignReader;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Quantities;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meridian diff BEFORE AFTER}: what changed in a design (elements added, removed, and field by field) and what
 * that does to its consequences — verdict, objectives, availability per population, RTO, RPO, p99 latencies, cost,
 * findings appeared and resolved. {@code --markdown} is a ready pull-request comment.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two designs (or two variants: FILE#variant): what changed and what it does to the "
                + "verdict, objectives, availability, RTO/RPO, latency, cost and findings.",
        footer = {"%nExamples:", "  meridian diff main.json branch.json --markdown",
                "  meridian diff design.json#baseline design.json#two-regions"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "a design file, or FILE#variant")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "a design file, or FILE#variant")
    String after;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--markdown", description = "print a pull-request comment in Markdown")
    boolean markdown;

    @ParentCommand
    MeridianCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One side: the variant's name, its topology as a design, and its evaluation. */
    private record Side(String label, Design design, Evaluation evaluation) {
    }

    @Override
    public Integer call() throws IOException {
        if (json && markdown) {
            throw new BadInputException(List.of("give --json or --markdown, not both"));
        }
        Side a = side(before);
        Side b = side(after);
        List<DesignDiff.Change> changes = DesignDiff.of(a.design(), b.design());
        Map<String, String[]> figures = figures(a.evaluation(), b.evaluation());
        // Removed by a hashed set, not the list: a 1,000-region design has 24,000 findings, and removing a list from
        // a list compared every pair (10 of the command's 14.7 s).
        List<String> appeared = new ArrayList<>(findings(b.evaluation()));
        appeared.removeAll(new java.util.HashSet<>(findings(a.evaluation())));
        List<String> resolved = new ArrayList<>(findings(a.evaluation()));
        resolved.removeAll(new java.util.HashSet<>(findings(b.evaluation())));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = CliJson.MAPPER.createObjectNode();
            root.put("before", a.label());
            root.put("after", b.label());
            ArrayNode c = root.putArray("changes");
            changes.forEach(x -> c.addPOJO(x));
            ObjectNode f = root.putObject("consequences");
            figures.forEach((k, v) -> f.putObject(k).put("before", v[0]).put("after", v[1]));
            appeared.forEach(root.withArray("findingsAppeared")::add);
            resolved.forEach(root.withArray("findingsResolved")::add);
            out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return MeridianCommand.OK;
        }
        String h = markdown ? "### " : "== ";
        out.println((markdown ? "## " : "") + "Meridian: " + a.label() + " → " + b.label());
        out.println();
        TextTable t = new TextTable("", "before", "after");
        if (markdown) {
            out.println("| | before | after |");
            out.println("|---|---|---|");
        }
        for (Map.Entry<String, String[]> e : figures.entrySet()) {
            String[] v = e.getValue();
            String mark = v[0].equals(v[1]) ? "" : " ←";
            if (markdown) {
                out.println("| " + e.getKey() + " | " + v[0] + " | " + (v[0].equals(v[1]) ? v[1] : "**" + v[1] + "**")
                        + " |");
            } else if (e.getKey().equals("verdict")) {
                // A verdict is a sentence: on its own lines, so the table stays as wide as its figures.
                out.println("verdict before: " + v[0]);
                out.println("verdict after:  " + v[1] + mark);
                out.println();
            } else {
                t.row(e.getKey(), v[0], v[1] + mark);
            }
        }
        if (!markdown) {
            t.print(out);
        }
        out.println();
        out.println(h + "What changed in the design (" + changes.size() + ")");
        for (DesignDiff.Change c : changes) {
            out.println((markdown ? "- " : "  ") + switch (c.what()) {
                case "added" -> "added " + c.element() + (c.after().isEmpty() ? "" : " (" + c.after() + ")");
                case "removed" -> "removed " + c.element() + (c.before().isEmpty() ? "" : " (" + c.before() + ")");
                default -> c.element() + (c.field().isEmpty() ? "" : "." + c.field()) + ": " + c.before() + " → "
                        + c.after();
            });
        }
        out.println();
        out.println(h + "Findings");
        appeared.forEach(x -> out.println((markdown ? "- " : "  ") + "appeared: " + x));
        resolved.forEach(x -> out.println((markdown ? "- " : "  ") + "resolved: " + x));
        if (appeared.isEmpty() && resolved.isEmpty()) {
            out.println((markdown ? "- " : "  ") + "no finding appeared or was resolved");
        }
        return MeridianCommand.OK;
    }

    /** The headline figures of both sides, in the order a reviewer reads them. */
    private static Map<String, String[]> figures(Evaluation a, Evaluation b) {
        Map<String, String[]> out = new LinkedHashMap<>();
        out.put("verdict", new String[] {a.verdict().summary(), b.verdict().summary()});
        Set<String> objectives = new LinkedHashSet<>();
        a.objectives().forEach(o -> objectives.add(o.objective()));
        b.objectives().forEach(o -> objectives.add(o.objective()));
        for (String o : objectives) {
            out.put("objective " + o, new String[] {objective(a, o), objective(b, o)});
        }
        out.put("availability (with failover)", new String[] {
                Quantities.availability(a.availability().overallWithFailover().value()),
                Quantities.availability(b.availability().overallWithFailover().value())});
        Set<String> populations = new LinkedHashSet<>();
        a.availability().populations().forEach(p -> populations.add(p.populationId()));
        b.availability().populations().forEach(p -> populations.add(p.populationId()));
        for (String p : populations) {
            out.put("  " + p, new String[] {population(a, p), population(b, p)});
        }
        out.put("RTO", new String[] {Quantities.duration(a.recovery().rto().rto().value()),
                Quantities.duration(b.recovery().rto().rto().value())});
        out.put("worst RPO", new String[] {rpo(a), rpo(b)});
        out.put("p99 write (slowest)", new String[] {p99Write(a), p99Write(b)});
        out.put("monthly bill", new String[] {Quantities.usd(a.cost().monthly().value()),
                Quantities.usd(b.cost().monthly().value())});
        out.put("total annual cost", new String[] {Quantities.usd(a.cost().totalAnnualCost().value()),
                Quantities.usd(b.cost().totalAnnualCost().value())});
        return out;
    }

    private static String objective(Evaluation e, String name) {
        return e.objectives().stream().filter(o -> o.objective().equals(name)).findFirst()
                .map(o -> (o.pass() ? "pass" : "FAIL") + " (" + value(o) + ")").orElse("—");
    }

    /** An objective's actual in its unit: a fraction as a percentage, times as durations. */
    private static String value(ObjectiveResult o) {
        double v = o.actual().value();
        return switch (o.unit()) {
            case "" -> Quantities.availability(v);
            case "s" -> Quantities.duration(v);
            case "ms" -> Quantities.latencyMs(v);
            default -> o.unit().startsWith("USD") ? Quantities.usd(v) : Quantities.number(v) + " " + o.unit();
        };
    }

    private static String population(Evaluation e, String id) {
        return e.availability().populations().stream().filter(p -> p.populationId().equals(id)).findFirst()
                .map(p -> Quantities.availability(p.withFailover().requestWeighted().value())).orElse("—");
    }

    private static String rpo(Evaluation e) {
        return e.recovery().rpo().stream().mapToDouble(io.meridian.recovery.DatasetRpo::seconds).max()
                .stream().mapToObj(Quantities::duration).findFirst().orElse("—");
    }

    private static String p99Write(Evaluation e) {
        return e.latency().writes().stream().filter(w -> w.latency() != null)
                .mapToDouble(w -> w.latency().p99Ms().value()).max().stream().mapToObj(Quantities::latencyMs)
                .findFirst().orElse("—");
    }

    /** Each finding as "CODE: title" (its elements are in the title). */
    private static List<String> findings(Evaluation e) {
        return e.findings().stream().map(f -> f.code().name() + ": " + f.title()).distinct().toList();
    }

    private Side side(String spec) {
        int hash = spec.lastIndexOf('#');
        Path file = Path.of(hash < 0 ? spec : spec.substring(0, hash));
        String variant = hash < 0 ? Design.BASELINE_ID : spec.substring(hash + 1);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(List.of(file + ": no such file"));
        }
        Design d;
        try {
            d = new DesignReader(root.user().catalog()).read(file);
        } catch (DesignFormatException e) {
            throw new BadInputException(e.lines());
        } catch (NoSuchFileException e) {
            throw new BadInputException(List.of(file + ": no such file"));
        } catch (IOException e) {
            throw new BadInputException(List.of(file + ": cannot read: " + e.getMessage()));
        }
        Alternative v = d.variants().stream().filter(x -> x.id().equals(variant)).findFirst()
                .orElseThrow(() -> new BadInputException(List.of(spec + ": no variant '" + variant + "' (the design "
                        + "has " + String.join(", ", d.variants().stream().map(Alternative::id).toList()) + ")")));
        Design asDesign = Design.of(d.name(), v.topology());
        int k = d.alternatives().indexOf(v);
        try {
            EvaluationLimits.check(v.topology(), k < 0 ? "$" : "$.alternatives[" + k + "]");
        } catch (DesignTooLargeException tooLarge) {
            throw new BadInputException(List.of(file + ": " + tooLarge.getMessage()));
        }
        // The figures the diff compares; the importance ranking, which it does not show, is left out.
        Evaluation e = Evaluator.figures(v.topology(), v.id(), v.name(), root.user().prices());
        return new Side(file.getFileName() + (variant.equals(Design.BASELINE_ID) ? "" : "#" + variant), asDesign, e);
    }
}
