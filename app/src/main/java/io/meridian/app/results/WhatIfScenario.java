package io.meridian.app.results;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.RegionLoad;
import io.meridian.model.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The main window's what-if as the results see it: the regions and providers the user has failed. It finds the
 * capacity scenario that takes down the same regions ("region:&lt;id&gt;", "provider:&lt;id&gt;", or one of the
 * design's own) and says in one line what happens.
 */
public record WhatIfScenario(List<String> failedRegionIds, List<Provider> failedProviders) {
    public WhatIfScenario {
        failedRegionIds = List.copyOf(Objects.requireNonNull(failedRegionIds, "failedRegionIds"));
        failedProviders = List.copyOf(Objects.requireNonNull(failedProviders, "failedProviders"));
    }

    public boolean isEmpty() {
        return failedRegionIds.isEmpty() && failedProviders.isEmpty();
    }

    /**
     * The scenario of the report that fails exactly these regions (providers expanded through the report's own
     * provider scenarios): by id first, then any scenario down to the same set of regions.
     */
    Optional<CapacityScenario> match(CapacityReport report) {
        if (isEmpty()) {
            return Optional.empty();
        }
        if (failedProviders.isEmpty() && failedRegionIds.size() == 1) {
            Optional<CapacityScenario> byId = report.scenario(CapacityEngine.regionScenarioId(failedRegionIds.get(0)));
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (failedRegionIds.isEmpty() && failedProviders.size() == 1) {
            Optional<CapacityScenario> byId = report.scenario(CapacityEngine.providerScenarioId(failedProviders.get(0)));
            if (byId.isPresent()) {
                return byId;
            }
        }
        Set<String> down = new LinkedHashSet<>(failedRegionIds);
        for (Provider p : failedProviders) {
            report.scenario(CapacityEngine.providerScenarioId(p)).ifPresent(s -> down.addAll(s.failedRegionIds()));
        }
        return report.scenarios().stream().filter(s -> Set.copyOf(s.failedRegionIds()).equals(down)).findFirst();
    }

    /** What fails, by name: "US East (N. Virginia), gcp". */
    String failedNames(Function<String, String> names) {
        List<String> parts = new ArrayList<>();
        failedProviders.forEach(p -> parts.add(p.id()));
        failedRegionIds.forEach(id -> parts.add(names.apply(id)));
        return String.join(", ", parts);
    }

    /**
     * "What-if: US East (N. Virginia) down — US West (Oregon) at 150% (overloaded); cascade takes down usw2;
     * 7,500 rps unserved": the overloaded regions first, then those above target, at most three; else the busiest.
     */
    String banner(CapacityReport report, Function<String, String> names) {
        String head = "What-if: " + failedNames(names) + " down — ";
        Optional<CapacityScenario> matched = report == null ? Optional.empty() : match(report);
        if (matched.isEmpty()) {
            return head + "no listed capacity scenario fails exactly these regions; the map shows the loads.";
        }
        CapacityScenario s = matched.get();
        List<RegionLoad> up = s.initial().regions().stream().filter(l -> !l.down() && l.utilisation() != null)
                .sorted(Comparator.comparingDouble((RegionLoad l) -> l.utilisation().value()).reversed()).toList();
        List<String> parts = new ArrayList<>();
        for (RegionLoad l : up) {
            if (parts.size() < 3 && (l.overloaded() || l.aboveTarget())) {
                parts.add(names.apply(l.regionId()) + " at " + Format.percent(l.utilisation().value()) + " ("
                        + (l.overloaded() ? "overloaded" : "above target") + ")");
            }
        }
        if (parts.isEmpty()) {
            parts.add(up.isEmpty() ? "no region left with a capacity to report"
                    : "the others carry the load (busiest: " + names.apply(up.get(0).regionId()) + " at "
                    + Format.percent(up.get(0).utilisation().value()) + ")");
        }
        Set<String> cascaded = new LinkedHashSet<>(s.result().downRegionIds());
        cascaded.removeAll(s.failedRegionIds());
        if (!cascaded.isEmpty()) {
            parts.add("cascade takes down " + String.join(", ", cascaded.stream().map(names).toList()));
        }
        double unserved = s.result().unservedRps().value();
        if (unserved > 0) {
            parts.add(Format.plain(Math.rint(unserved)) + " rps unserved");
        }
        return head + String.join("; ", parts);
    }
}
