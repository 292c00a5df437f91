package io.meridian.app.inspect;

import static io.meridian.app.inspect.PropertyForms.named;
import static io.meridian.app.inspect.PropertyForms.num;
import static io.meridian.app.inspect.PropertyForms.text;
import static io.meridian.app.inspect.Values.number;

import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.ModelException;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A population's fields: traffic, placement, route weights (typed as "region name = share; …"), the datasets
 * they read and write (by name; none ticked: their zone's datasets, the file's default) and the response size.
 */
final class PopulationFields {
    private PopulationFields() {
    }

    static List<Field> of(Design d, Population p) {
        Topology t = d.topology();
        Function<Population, Design> put = x -> d.withTopology(d.topology().withPopulation(x));
        Map<String, String> names = PropertyForms.names(t);
        List<String> regions = new ArrayList<>(List.of(Values.NONE));
        t.regions().forEach(r -> regions.add(r.id()));
        List<String> zones = new ArrayList<>(List.of(Values.NONE));
        t.zones().forEach(z -> zones.add(z.id()));
        List<String> datasets = t.datasets().stream().map(Dataset::id).toList();
        return List.of(
                text("name", "Name", p.name(), null, v -> put.apply(p.withName(v))),
                num("requestsPerSecond", "Requests/s", p.requestsPerSecond(), "Peak request rate of these users",
                        v -> put.apply(p.withRequestsPerSecond(number(v, "requestsPerSecond")))),
                num("readFraction", "Read share", p.readFraction(), "Share of requests that are reads, 0–1",
                        v -> put.apply(p.withReadFraction(number(v, "readFraction")))),
                named("homeRegion", "Home region", Values.orNone(p.homeRegionId()), regions, names,
                        "The region that serves them; — for the nearest permitted one",
                        v -> put.apply(p.withPlacement(p.zoneId(), Values.noneToNull(v), p.weights()))),
                named("zone", "Residency zone", Values.orNone(p.zoneId()), zones, names,
                        "Whose rules their data follows",
                        v -> put.apply(p.withPlacement(Values.noneToNull(v), p.homeRegionId(), p.weights()))),
                new Field("weights", "Route weights", weightsText(t, p.weights()), Field.Type.TEXT, List.of(),
                        "Shares of their traffic per region, adding up to 1: \"US East (N. Virginia) = 0.6; "
                                + "Europe (Ireland) = 0.4\" (or 60%); empty: the nearest permitted region",
                        v -> put.apply(p.withPlacement(p.zoneId(), p.homeRegionId(), parseWeights(t, v))))
                        .withPrompt("nearest permitted region"),
                new Field("reads", "Reads datasets", String.join(",", p.reads() == null ? List.of() : p.reads()),
                        Field.Type.MULTI, datasets, "The datasets these users read; none ticked: their zone's",
                        v -> put.apply(p.withAccess(access(v), p.writes())), names),
                new Field("writes", "Writes datasets", String.join(",", p.writes() == null ? List.of() : p.writes()),
                        Field.Type.MULTI, datasets, "The datasets these users write; none ticked: their zone's",
                        v -> put.apply(p.withAccess(p.reads(), access(v))), names),
                new Field("responseBytes", "Response size (bytes)", Values.format(p.responseBytes()),
                        Field.Type.NUMBER, List.of(), "Average bytes sent back per request, billed as internet "
                        + "egress; empty: not stated, egress not priced",
                        v -> put.apply(p.withResponseBytes(Values.optionalNumber(v, "responseBytes"))))
                        .withPrompt("not stated"),
                num("lat", "Latitude", p.location().lat(), "Degrees north",
                        v -> put.apply(p.withLocation(new GeoPoint(number(v, "lat"), p.location().lon())))),
                num("lon", "Longitude", p.location().lon(), "Degrees east",
                        v -> put.apply(p.withLocation(new GeoPoint(p.location().lat(), number(v, "lon"))))));
    }

    /** No dataset ticked: null, the file's default (the datasets of their zone). */
    private static List<String> access(String value) {
        List<String> ids = Values.ids(value);
        return ids.isEmpty() ? null : ids;
    }

    /** "US East (N. Virginia) = 0.6; Europe (Ireland) = 0.4". */
    static String weightsText(Topology t, List<RouteWeight> weights) {
        List<String> parts = new ArrayList<>();
        for (RouteWeight w : weights) {
            parts.add(t.region(w.regionId()).map(Region::name).orElse(w.regionId()) + " = " + Values.format(w.share()));
        }
        return String.join("; ", parts);
    }

    /** Parses "name or id = share" pairs, a share as a fraction or a percentage ("60%"). */
    static List<RouteWeight> parseWeights(Topology t, String text) {
        List<RouteWeight> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                throw new ModelException("weights", "write each as region = share, e.g. \"Europe (Ireland) = 0.4\"; "
                        + "got '" + part.strip() + "'");
            }
            String who = part.substring(0, eq).strip();
            String share = part.substring(eq + 1).strip();
            Region r = t.regions().stream().filter(x -> x.name().equalsIgnoreCase(who) || x.id().equals(who))
                    .findFirst().orElseThrow(() -> new ModelException("weights", "no region is named '" + who + "'"));
            double value = share.endsWith("%")
                    ? number(share.substring(0, share.length() - 1), "weights") / 100
                    : number(share, "weights");
            out.add(new RouteWeight(r.id(), value));
        }
        return out;
    }
}
