package io.meridian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.meridian.io.DesignFiles;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Quantities;
import io.meridian.search.DesignSearch;
import io.meridian.search.SearchResult;
import io.meridian.search.SearchSettings;
import io.meridian.search.SearchSpace;
import io.meridian.search.Suggestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meridian optimize FILE}: the cheapest design in the design's search space that meets every objective with no
 * error finding, or the frontier of cost, availability and p99 write latency; written as alternatives with -o.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Search the design's space (tiers sized by the capacity engine plus spares, replication modes, "
                + "routing kind) for the cheapest design that meets every objective with no error finding, or the "
                + "frontier of cost, availability and p99 write latency.",
        footer = {"%nExamples:", "  meridian optimize design.json -o suggested.json",
                "  meridian optimize --template residency-sharded --objective frontier --json"})
final class OptimizeCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @ParentCommand
    MeridianCommand root;

    @Option(names = "--objective", paramLabel = "cost|frontier", defaultValue = "cost",
            description = "cost: the cheapest passing design (default); frontier: every passing design no other beats on "
                    + "cost, availability and p99 write latency at once")
    String objective;

    @Option(names = "--bill-only", description = "minimise the bill alone, not the bill plus expected downtime cost")
    boolean billOnly;

    @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "60",
            description = "stop after N seconds with the best found (default ${DEFAULT-VALUE})")
    double maxSeconds;

    @Option(names = "--seed", paramLabel = "SEED", description = "the genetic search's seed")
    Long seed;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write the design with the suggestions "
            + "added as alternatives here")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!objective.equals("cost") && !objective.equals("frontier")) {
            throw new BadInputException(List.of("--objective: expected cost or frontier, got '" + objective + "'"));
        }
        if (!(maxSeconds > 0 && maxSeconds <= 86_400)) {
            throw new BadInputException(List.of("--max-seconds: must be more than 0 and at most 86,400, got "
                    + maxSeconds));
        }
        Design design = source.load(root.user());
        SearchSettings settings = SearchSettings.DEFAULTS.withBillOnly(billOnly).withMaxSeconds(maxSeconds);
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        SearchSpace space;
        try {
            space = SearchSpace.of(design, root.user().prices());
        } catch (io.meridian.model.ModelException e) {
            // An instance type the price catalogue does not know: the file's line, as a reader problem reads.
            throw new BadInputException(List.of((source.file != null ? source.file.toString()
                    : "template:" + source.template) + ": $." + e.field() + ": " + e.problem()));
        }
        SearchResult result;
        try {
            result = objective.equals("frontier")
                    ? DesignSearch.frontier(design.topology(), space, settings, DesignSearch.Progress.NONE)
                    : DesignSearch.cheapest(design.topology(), space, settings, DesignSearch.Progress.NONE);
        } catch (io.meridian.evaluation.DesignTooLargeException e) {
            throw source.tooLarge(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(out, result);
        } else {
            printText(out, result);
        }
        if (output != null) {
            Design with = design;
            int k = 1;
            for (Suggestion s : result.suggestions()) {
                String id = "suggested-" + k++;
                while (with.alternative(id).isPresent()) {
                    id = "suggested-" + k++;
                }
                with = with.withAlternative(new Alternative(id, s.name(), String.join("; ", s.changes()),
                        s.topology()));
            }
            DesignFiles.save(with, output);
            // With --json, standard output holds the JSON alone.
            (json ? spec.commandLine().getErr() : out).println("wrote " + output + " (" + result.suggestions().size() + " alternative"
                    + (result.suggestions().size() == 1 ? "" : "s") + " added)");
        }
        return MeridianCommand.OK;
    }

    /** Candidates in the space: in full up to a thousand million million, then as a power of ten. */
    static String spaceSize(double size) {
        if (size < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", size);
        }
        return Double.isInfinite(size) ? "more than 10^308"
                : String.format(Locale.ROOT, "about %.1e", size).replace("e+", "e");
    }

    private static void printText(PrintWriter out, SearchResult r) {
        out.printf(Locale.ROOT, "Search: %s; %,d design%s evaluated in %s (%.0f a second), a space of %s%n%n",
                r.method(), r.evaluations(), r.evaluations() == 1 ? "" : "s", Quantities.duration(r.seconds()),
                r.evaluationsPerSecond(), spaceSize(r.spaceSize()));
        TextTable t = new TextTable("design", "total annual cost", "bill per year", "availability", "p99 write",
                "objectives");
        for (Suggestion s : r.suggestions()) {
            t.row(s.name(), Quantities.usd(s.totalAnnualCost()), Quantities.usd(s.annualBill()),
                    Quantities.availability(s.availability()), Quantities.latencyMs(s.p99WriteMs()),
                    s.passes() ? "pass" : s.evaluation().verdict().summary());
        }
        t.print(out);
        for (Suggestion s : r.suggestions()) {
            out.println(s.name() + ": " + String.join("; ", s.changes()));
        }
        if (r.suggestions().isEmpty()) {
            out.println("No candidate could be evaluated.");
        }
        out.println();
    }

    private static void writeJson(PrintWriter out, SearchResult r) throws IOException {
        try (JsonGenerator g = CliJson.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("method", r.method());
            // JSON has no infinity: a space beyond a double's range (10^308) is written as null.
            if (Double.isInfinite(r.spaceSize())) {
                g.writeNullField("spaceSize");
            } else {
                g.writeNumberField("spaceSize", r.spaceSize());
            }
            g.writeNumberField("evaluations", r.evaluations());
            g.writeNumberField("seconds", r.seconds());
            g.writeNumberField("evaluationsPerSecond", r.evaluationsPerSecond());
            g.writeArrayFieldStart("suggestions");
            for (Suggestion s : r.suggestions()) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeBooleanField("passes", s.passes());
                g.writeStringField("verdict", s.evaluation().verdict().summary());
                g.writeNumberField("totalAnnualCost", s.totalAnnualCost());
                g.writeNumberField("annualBill", s.annualBill());
                g.writeNumberField("availability", s.availability());
                g.writeNumberField("p99WriteMs", s.p99WriteMs());
                g.writeObjectField("changes", s.changes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
