package io.meridian.recovery;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Figure;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Region;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the worst single-region failure: detection, routing switch, promotion, reconnect, and the DNS-cache
 * tail. The RTO itself is read off the recovery curves they make ({@link RecoveryCurves}).
 */
final class RtoSteps {
    private static final double SECONDS_PER_HOUR = 3600;

    private RtoSteps() {
    }

    static RtoBreakdown of(Topology topology, List<DatasetPromotion> promotions) {
        GlobalRouting routing = topology.routing();
        List<String> serving = servingRegions(topology);
        Figure reconnect = Figure.of("reconnect", topology.assumptions().reconnectSeconds(), "s",
                "reconnectSeconds (assumption)", "reconnectSeconds", topology.assumptions().reconnectSeconds());
        if (topology.regions().isEmpty()) {
            Figure zero = Figure.of("routing switch", 0, "s", "0: the design has no region");
            return sum("no region: nothing to recover", Figure.of("detection", 0, "s", "0: the design has no region"),
                    zero, noPromotion("the design has no region"), null,
                    Figure.of("reconnect", 0, "s", "0: the design has no region"), null);
        }
        if (!failsOver(topology)) {
            return withoutFailover(topology, routing, serving, reconnect);
        }
        Figure detection = Figure.of("detection", routing.detectionSeconds(), "s",
                "healthCheckInterval × failureThreshold", "healthCheckInterval", routing.healthCheckIntervalSeconds(),
                "failureThreshold", routing.failureThreshold());
        Figure routingSwitch = routing.kind() == RoutingKind.ANYCAST
                ? Figure.of("routing switch", routing.convergenceSeconds(), "s",
                "anycastConvergence: BGP withdraws the failed region's route", "anycastConvergence",
                routing.convergenceSeconds())
                : Figure.of("routing switch", routing.dnsTtlSeconds(), "s",
                "dnsTtl: clients re-resolve once their cached record expires", "dnsTtl", routing.dnsTtlSeconds());
        Optional<DatasetPromotion> slowest = promotions.stream()
                .max(Comparator.comparingDouble(p -> p.seconds().value()))
                .filter(p -> p.seconds().value() > 0);
        Figure promotion = slowest.map(p -> new Figure("promotion", p.seconds().value(), "s",
                        "slowest dataset ('" + p.datasetId() + "'): " + p.seconds().formula(), p.seconds().inputs()))
                .orElseGet(() -> noPromotion("no dataset needs a promotion"));
        String how = routing.kind() == RoutingKind.ANYCAST
                ? "anycast: health checks withdraw the failed region and BGP re-routes every client at once"
                : routing.kind().id() + ": health checks remove the failed region from DNS and clients move as "
                + "their cached records expire";
        return sum(how, detection, routingSwitch, promotion, slowest.map(DatasetPromotion::datasetId).orElse(null),
                reconnect, tail(routing));
    }

    /** No routing layer, or a single serving region: clients wait for the failed region to be repaired. */
    private static RtoBreakdown withoutFailover(Topology topology, GlobalRouting routing, List<String> serving,
                                                Figure reconnect) {
        List<String> candidates = serving.isEmpty() ? topology.regions().stream().map(Region::id).toList() : serving;
        Region worst = candidates.stream().map(id -> topology.region(id).orElseThrow())
                .max(Comparator.comparingDouble(Region::mttrHours)).orElseThrow();
        String why = routing == null
                ? "no global routing layer: clients keep the failed region's address until it is repaired"
                : "only " + worst.id() + " serves users: routing has nowhere to send them until it is repaired";
        Figure detection = routing == null
                ? Figure.of("detection", 0, "s", "0: no routing layer runs health checks")
                : Figure.of("detection", routing.detectionSeconds(), "s", "healthCheckInterval × failureThreshold",
                "healthCheckInterval", routing.healthCheckIntervalSeconds(), "failureThreshold",
                routing.failureThreshold());
        Figure repair = Figure.of("routing switch", worst.mttrHours() * SECONDS_PER_HOUR, "s",
                "mttrHours × 3600: nothing steers clients elsewhere, so they wait for " + worst.id(),
                "mttrHours", worst.mttrHours());
        return sum(why, detection, repair, noPromotion("clients return to the repaired region as it was"), null,
                reconnect, null);
    }

    /** The steps; the RTO figures are completed from the curves ({@link RtoBreakdown#withCurves}). */
    private static RtoBreakdown sum(String how, Figure detection, Figure routingSwitch, Figure promotion,
                                   String promotionDatasetId, Figure reconnect, RtoBreakdown.DnsCacheTail tail) {
        Figure pending = Figure.of("RTO", 0, "s", "read off the recovery curves");
        return new RtoBreakdown(how, detection, routingSwitch, promotion, promotionDatasetId, reconnect, pending,
                pending, tail, pending, pending);
    }

    /** Clients that keep the dead address past the TTL; only DNS routing has them, and only when a share is set. */
    private static RtoBreakdown.DnsCacheTail tail(GlobalRouting routing) {
        if (!routing.kind().isDns() || routing.dnsCacheTailShare() == 0) {
            return null;
        }
        Figure share = Figure.of("DNS-cache tail share", routing.dnsCacheTailShare(), "",
                "dnsCacheTailShare", "dnsCacheTailShare", routing.dnsCacheTailShare());
        Figure stale = Figure.of("DNS-cache tail", Math.max(routing.dnsTtlSeconds(), routing.dnsCacheTailSeconds()),
                "s", "max(dnsTtl, dnsCacheTailSeconds)", "dnsTtl", routing.dnsTtlSeconds(), "dnsCacheTailSeconds",
                routing.dnsCacheTailSeconds());
        return new RtoBreakdown.DnsCacheTail(share, stale);
    }

    private static Figure noPromotion(String why) {
        return Figure.of("promotion", 0, "s", "0: " + why);
    }

    /** True when a routing layer can move clients off a failed region to another serving region. */
    static boolean failsOver(Topology topology) {
        return topology.routing() != null && servingRegions(topology).size() >= 2;
    }

    /** Regions that run a service tier; failing that, regions holding any component. */
    static List<String> servingRegions(Topology topology) {
        List<String> services = topology.components().stream().filter(c -> c.kind() == ComponentKind.SERVICE)
                .map(Component::regionId).distinct().toList();
        return services.isEmpty()
                ? topology.components().stream().map(Component::regionId).distinct().toList()
                : services;
    }
}
