package io.meridian.latency;

import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Problem;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The measured RTTs a design states with network links, one per unordered region pair (the first link for a
 * pair wins; later ones are reported). A measurement replaces the typical estimate but never the floor.
 */
public final class NetworkOverrides {
    private final Map<String, Link> byPair;

    private NetworkOverrides(Map<String, Link> byPair) {
        this.byPair = Map.copyOf(byPair);
    }

    public static NetworkOverrides of(Topology topology) {
        Map<String, Link> byPair = new HashMap<>();
        for (Link l : topology.links()) {
            if (l.kind() == LinkKind.NETWORK) {
                byPair.putIfAbsent(pairKey(l.from(), l.to()), l);
            }
        }
        return new NetworkOverrides(byPair);
    }

    /** Every pair's measuring link (the first one of each pair), in no particular order. */
    java.util.Collection<Link> links() {
        return byPair.values();
    }

    /** The network link that measures the path between two regions, in either direction. */
    public Optional<Link> between(String regionA, String regionB) {
        return Optional.ofNullable(byPair.get(pairKey(regionA, regionB)));
    }

    /**
     * Measurements that cannot be right: below the physical floor for the distance (the engine uses the floor
     * instead), or a second link for a pair that already has one (ignored).
     */
    public static List<Problem> problems(Topology topology) {
        LatencyModel model = new LatencyModel(topology.assumptions());
        Map<String, Region> regions = topology.regionsById();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < topology.links().size(); i++) {
            Link l = topology.links().get(i);
            if (l.kind() != LinkKind.NETWORK) {
                continue;
            }
            String path = "links[" + i + "].rttMs";
            Integer earlier = firstIndex.putIfAbsent(pairKey(l.from(), l.to()), i);
            if (earlier != null) {
                problems.add(new Problem(path, "links[" + earlier + "] already gives the RTT between '" + l.from()
                        + "' and '" + l.to() + "'; this measurement is ignored"));
                continue;
            }
            double distanceKm = Geodesy.distanceKm(regions.get(l.from()).location(), regions.get(l.to()).location());
            double floor = model.floorRttMs(distanceKm);
            if (l.rttMs() < floor) {
                problems.add(new Problem(path, "measured RTT " + ms(l.rttMs()) + " ms is below the physical floor of "
                        + ms(floor) + " ms for " + km(distanceKm) + " km"));
            }
        }
        return problems;
    }

    private static String pairKey(String a, String b) {
        // '|' cannot occur in an id, so the key is unambiguous.
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    static String ms(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static String km(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
