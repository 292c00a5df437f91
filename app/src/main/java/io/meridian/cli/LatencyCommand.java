package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.Place;
import io.meridian.catalog.Places;
import io.meridian.catalog.RegionCatalog;
import io.meridian.latency.Corridors;
import io.meridian.latency.LatencyModel;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.MeasuredRtts;
import io.meridian.latency.PathLatency;
import io.meridian.latency.Zone;
import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.ModelException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meridian latency FROM TO}: distance, floor and typical RTT between two places; with {@code --matrix}, every
 * pair of any number of places. A place may start with '-' ({@code -33.87,151.21}): the command reads unmatched
 * options as places (set in {@link MeridianCommand}).
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Distance, physical floor and typical RTT between two places, or every pair of several "
                + "(--matrix).",
        footer = {"%nPlaces are catalogue ids (aws:us-east-1, gcp:europe-west1, azure:westeurope) or lat,lon "
                + "(-33.87,151.21 works as is).",
                "The typical RTT is floor × inflation + overhead of the corridor between the two places' zones "
                        + "(docs/latency-model.md); ~/.meridian/corridors.csv overrides corridors.",
                "Between catalogue places a measured median replaces it: --latency FILE, over MERIDIAN_LATENCY or "
                        + "~/.meridian/latency.csv (from,to,rtt_ms[,percentile]).",
                "Examples: meridian latency aws:us-east-1 aws:eu-west-1 --json",
                "          meridian latency --matrix aws:us-east-1 aws:eu-west-1 -33.87,151.21 --csv"})
final class LatencyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FROM", description = "catalogue id or lat,lon")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "catalogue id or lat,lon")
    String to;

    @Parameters(index = "2..*", paramLabel = "PLACE", arity = "0..*",
            description = "more places (with --matrix)")
    List<String> more = new ArrayList<>();

    @Option(names = "--matrix", description = "every pair of the places given, in one table")
    boolean matrix;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--csv", description = "with --matrix: one CSV row per ordered pair")
    boolean csv;

    @Option(names = "--fiber-km-per-ms", paramLabel = "KM_PER_MS",
            description = "signal speed in fiber (default: ${DEFAULT-VALUE})")
    double fiberKmPerMs = Defaults.FIBER_KM_PER_MS;

    @Option(names = "--route-inflation", paramLabel = "FACTOR",
            description = "typical path length over great-circle length for every corridor (default: each "
                    + "corridor's own)")
    Double routeInflation;

    @Option(names = "--overhead-ms", paramLabel = "MS",
            description = "fixed overhead per typical round trip for every corridor (default: each corridor's own "
                    + "plus the short-hop overhead)")
    Double overheadMs;

    @Option(names = "--latency", paramLabel = "FILE", description = "measured RTTs (from,to,rtt_ms[,percentile] "
            + "in catalogue ids, p50), laid over MERIDIAN_LATENCY or ~/.meridian/latency.csv pair by pair")
    Path latency;

    @ParentCommand
    MeridianCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!matrix && !more.isEmpty()) {
            throw new BadInputException(List.of("latency: " + (2 + more.size()) + " places given; FROM TO takes two, "
                    + "--matrix takes any number"));
        }
        if (csv && (json || !matrix)) {
            throw new BadInputException(List.of("latency: --csv " + (json ? "and --json exclude each other"
                    : "needs --matrix")));
        }
        RegionCatalog catalog = root.user().catalog();
        List<Place> places = new ArrayList<>();
        for (String text : allPlaces()) {
            places.add(Places.parse(text, catalog));
        }
        Assumptions assumptions;
        try {
            assumptions = new Assumptions(fiberKmPerMs, routeInflation, overheadMs,
                    Defaults.COMMIT_WAIT_EPSILON_MS, Defaults.DOWNTIME_COST_PER_HOUR);
        } catch (ModelException e) {
            // The values came from the options, so the problem is the user's input, said with the option's name.
            String option = switch (e.field()) {
                case "fiberKmPerMs" -> "--fiber-km-per-ms";
                case "routeInflation" -> "--route-inflation";
                case "overheadRttMs" -> "--overhead-ms";
                default -> "latency";
            };
            throw new BadInputException(List.of(option + ": " + e.getMessage()));
        }
        LatencyModel model = new LatencyModel(assumptions, root.user().corridors());
        MeasuredRtts measured = root.user().measured(latency, () -> catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (matrix) {
            new LatencyMatrixText(out, model, measured, places).print(json ? LatencyMatrixText.Form.JSON
                    : csv ? LatencyMatrixText.Form.CSV : LatencyMatrixText.Form.TEXT);
            return MeridianCommand.OK;
        }
        Place a = places.get(0);
        Place b = places.get(1);
        PathLatency estimate = model.between(a.location(), b.location());
        PathLatency path = path(model, measured, a, b, estimate);
        if (json) {
            out.println(CliJson.pretty(toJson(a, b, path, estimate, assumptions)));
        } else {
            printText(out, a, b, path, estimate, assumptions);
        }
        return MeridianCommand.OK;
    }

    /**
     * The path between two places: the estimate, or, when both are catalogue places a measured-RTT file measures,
     * its median (never below the floor at the fiber speed asked for).
     */
    static PathLatency path(LatencyModel model, MeasuredRtts measured, Place a, Place b, PathLatency estimate) {
        if (a.entry() == null || b.entry() == null) {
            return estimate;
        }
        return measured.between(a.entry().id(), b.entry().id())
                .map(m -> model.forMeasuredIn(estimate.distanceKm().value(), m.measuredIn(), m.rttMs()))
                .orElse(estimate);
    }

    private List<String> allPlaces() {
        List<String> all = new ArrayList<>(List.of(from, to));
        all.addAll(more);
        return all;
    }

    private static ObjectNode toJson(Place a, Place b, PathLatency p, PathLatency estimate, Assumptions as) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.set("from", place(a));
        root.set("to", place(b));
        root.put("distanceKm", round(p.distanceKm().value(), 1));
        root.put("floorOneWayMs", round(p.floorOneWayMs().value(), 2));
        root.put("floorRttMs", round(p.floorRttMs().value(), 2));
        root.put("typicalRttMs", round(p.typicalRttMs().value(), 2));
        root.put("source", p.measured() ? LatencyTable.MEASURED : LatencyTable.ESTIMATED);
        if (p.measured()) {
            root.put("measuredIn", p.measuredIn());
            root.put("measuredRttMs", p.typicalRttMs().inputs().get("measuredRtt"));
            root.put("estimatedRttMs", round(estimate.typicalRttMs().value(), 2));
        }
        root.put("corridor", Corridors.label(Zone.of(a.location()), Zone.of(b.location())));
        root.put("fiberKmPerMs", as.fiberKmPerMs());
        root.put("routeInflation", estimate.typicalRttMs().inputs().get("routeInflation"));
        root.put("overheadRttMs", round(estimate.typicalRttMs().inputs().get("overheadRtt"), 3));
        ObjectNode formulas = root.putObject("formulas");
        formulas.put("floorOneWayMs", p.floorOneWayMs().formula());
        formulas.put("floorRttMs", p.floorRttMs().formula());
        formulas.put("typicalRttMs", p.typicalRttMs().formula());
        return root;
    }

    static ObjectNode place(Place p) {
        ObjectNode n = CliJson.MAPPER.createObjectNode();
        n.put("id", p.entry() == null ? null : p.entry().id());
        n.put("name", p.label());
        n.put("lat", p.location().lat());
        n.put("lon", p.location().lon());
        n.put("zone", Zone.of(p.location()).name());
        return n;
    }

    private static void printText(PrintWriter out, Place a, Place b, PathLatency p, PathLatency estimate,
                                  Assumptions as) {
        out.printf("%s  →  %s%n%n", describe(a), describe(b));
        TextTable t = new TextTable("figure", "value", "how");
        t.row("distance", CliFormat.number(p.distanceKm().value(), 1) + " km", "geodesic on WGS84");
        t.row("floor one way", CliFormat.number(p.floorOneWayMs().value(), 2) + " ms",
                "distance / " + CliFormat.number(as.fiberKmPerMs(), 1) + " km/ms");
        t.row("floor RTT", CliFormat.number(p.floorRttMs().value(), 2) + " ms", "2 × floor one way (physical bound)");
        String estimated = "floor RTT × " + CliFormat.number(estimate.typicalRttMs().inputs().get("routeInflation"), 3)
                + " + " + CliFormat.number(estimate.typicalRttMs().inputs().get("overheadRtt"), 2) + " ms ("
                + Corridors.label(Zone.of(a.location()), Zone.of(b.location())) + ", estimated)";
        if (p.measured()) {
            double raw = p.typicalRttMs().inputs().get("measuredRtt");
            t.row("typical RTT", CliFormat.number(p.typicalRttMs().value(), 2) + " ms", "measured: median in "
                    + p.measuredIn() + (raw < p.typicalRttMs().value() ? " (" + CliFormat.number(raw, 2)
                    + " ms, raised to the floor at this fiber speed)" : ""));
            t.row("estimate", CliFormat.number(estimate.typicalRttMs().value(), 2) + " ms", estimated);
        } else {
            t.row("typical RTT", CliFormat.number(p.typicalRttMs().value(), 2) + " ms", estimated);
        }
        t.print(out);
    }

    static String describe(Place p) {
        return p.entry() == null ? p.label() : p.entry().id() + " (" + p.label() + ")";
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    static String fixed(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }
}
