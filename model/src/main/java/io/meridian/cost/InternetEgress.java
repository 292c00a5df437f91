package io.meridian.cost;

import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Internet egress to users: every request's response ({@code responseBytes} of its population) leaves the region
 * that serves it in normal operation and is billed there at its provider's tiered internet-egress price. The tiers
 * are counted per serving region (each region's month of egress walks its own tiers); the providers' small free
 * allowances (AWS: 100 GB a month across all regions) are not deducted.
 */
final class InternetEgress {
    private InternetEgress() {
    }

    static List<CostLine> lines(Topology topology, PopulationRouter router, TransferPrices rates, Set<String> notes) {
        Map<String, Map<String, Double>> gbByRegion = new LinkedHashMap<>();
        topology.regions().forEach(r -> gbByRegion.put(r.id(), new LinkedHashMap<>()));
        List<String> unstated = new ArrayList<>();
        for (Population p : topology.populations()) {
            if (p.responseBytes() == null) {
                unstated.add(p.id());
                continue;
            }
            for (RouteWeight w : router.assign(p).shares()) {
                double gb = p.requestsPerSecond() * w.share() * p.responseBytes() * Defaults.HOURS_PER_MONTH
                        * ReplicationTransfer.SECONDS_PER_HOUR / ReplicationTransfer.BYTES_PER_GB;
                gbByRegion.get(w.regionId()).merge("GB to " + p.id(), gb, Double::sum);
            }
        }
        if (!unstated.isEmpty()) {
            notes.add("Population" + (unstated.size() == 1 ? " '" : "s '") + String.join("', '", unstated) + "' "
                    + (unstated.size() == 1 ? "states" : "state") + " no responseBytes, so internet egress to "
                    + (unstated.size() == 1 ? "it" : "them") + " is not priced.");
        }
        List<CostLine> out = new ArrayList<>();
        gbByRegion.forEach((regionId, byPopulation) -> {
            double gb = byPopulation.values().stream().mapToDouble(Double::doubleValue).sum();
            if (gb > 0) {
                Region region = topology.region(regionId).orElseThrow();
                rates.egress(region).ifPresent(ladder -> out.add(line(region, gb, byPopulation, ladder)));
            }
        });
        return out;
    }

    private static CostLine line(Region region, double gb, Map<String, Double> byPopulation,
                                 TransferPrices.Ladder ladder) {
        Figure monthly = ladder.price("egress " + region.id(), gb, byPopulation);
        double average = monthly.value() / gb;
        return new CostLine(CostCategory.EGRESS, region.id(), region.id(), String.format(Locale.ROOT,
                "responses to users from %s: %.1f GB/month at $%.4f/GB on average (%s)", region.id(), gb, average,
                ladder.why()), monthly);
    }
}
