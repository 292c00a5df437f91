package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.Place;
import io.meridian.catalog.Places;
import io.meridian.catalog.RegionCatalog;
import io.meridian.latency.Geodesy;
import io.meridian.latency.LatencyModel;
import io.meridian.latency.PathLatency;
import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.ModelException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meridian latency FROM TO}: distance, floor and typical RTT between two places. */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Distance, physical floor and typical RTT between two places.",
        footer = {"%nPlaces are catalogue ids (aws:us-east-1, gcp:europe-west1, azure:westeurope) or lat,lon.",
                "Example: meridian latency aws:us-east-1 aws:eu-west-1 --json"})
final class LatencyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FROM", description = "catalogue id or lat,lon")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "catalogue id or lat,lon")
    String to;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--fiber-km-per-ms", paramLabel = "KM_PER_MS",
            description = "signal speed in fiber (default: ${DEFAULT-VALUE})")
    double fiberKmPerMs = Defaults.FIBER_KM_PER_MS;

    @Option(names = "--route-inflation", paramLabel = "FACTOR",
            description = "typical path length over great-circle length (default: ${DEFAULT-VALUE})")
    double routeInflation = Defaults.ROUTE_INFLATION;

    @Option(names = "--overhead-ms", paramLabel = "MS",
            description = "fixed overhead per typical round trip (default: ${DEFAULT-VALUE})")
    double overheadMs = Defaults.OVERHEAD_RTT_MS;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RegionCatalog catalog = RegionCatalog.forUser();
        Place a = Places.parse(from, catalog);
        Place b = Places.parse(to, catalog);
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
        PathLatency path = new LatencyModel(assumptions).forDistance(Geodesy.distanceKm(a.location(), b.location()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.pretty(toJson(a, b, path, assumptions)));
        } else {
            printText(out, a, b, path, assumptions);
        }
        return MeridianCommand.OK;
    }

    private static ObjectNode toJson(Place a, Place b, PathLatency p, Assumptions as) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.set("from", place(a));
        root.set("to", place(b));
        root.put("distanceKm", round(p.distanceKm().value(), 1));
        root.put("floorOneWayMs", round(p.floorOneWayMs().value(), 2));
        root.put("floorRttMs", round(p.floorRttMs().value(), 2));
        root.put("typicalRttMs", round(p.typicalRttMs().value(), 2));
        root.put("fiberKmPerMs", as.fiberKmPerMs());
        root.put("routeInflation", as.routeInflation());
        root.put("overheadRttMs", as.overheadRttMs());
        ObjectNode formulas = root.putObject("formulas");
        formulas.put("floorOneWayMs", p.floorOneWayMs().formula());
        formulas.put("floorRttMs", p.floorRttMs().formula());
        formulas.put("typicalRttMs", p.typicalRttMs().formula());
        return root;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = CliJson.MAPPER.createObjectNode();
        n.put("id", p.entry() == null ? null : p.entry().id());
        n.put("name", p.label());
        n.put("lat", p.location().lat());
        n.put("lon", p.location().lon());
        return n;
    }

    private static void printText(PrintWriter out, Place a, Place b, PathLatency p, Assumptions as) {
        out.printf("%s  →  %s%n%n", describe(a), describe(b));
        TextTable t = new TextTable("figure", "value", "how");
        t.row("distance", CliFormat.number(p.distanceKm().value(), 1) + " km", "geodesic on WGS84");
        t.row("floor one way", CliFormat.number(p.floorOneWayMs().value(), 2) + " ms",
                "distance / " + CliFormat.number(as.fiberKmPerMs(), 1) + " km/ms");
        t.row("floor RTT", CliFormat.number(p.floorRttMs().value(), 2) + " ms", "2 × floor one way (physical bound)");
        t.row("typical RTT", CliFormat.number(p.typicalRttMs().value(), 2) + " ms",
                "floor RTT × " + CliFormat.number(as.routeInflation(), 2) + " + "
                        + CliFormat.number(as.overheadRttMs(), 1) + " ms");
        t.print(out);
    }

    private static String describe(Place p) {
        return p.entry() == null ? p.label() : p.entry().id() + " (" + p.label() + ")";
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
