package io.meridian.evaluation;

import static io.meridian.evaluation.DataFindings.enumId;
import static io.meridian.evaluation.DataFindings.fmt;
import static io.meridian.evaluation.DataFindings.regionOf;

import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.CascadeStep;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.ScenarioKind;
import io.meridian.capacity.TierRequirement;
import io.meridian.model.Component;
import io.meridian.model.Dataset;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RequestPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules about serving the load: single points of failure, overload after a loss, DNS TTL against the RTO. */
final class ServiceFindings {
    private ServiceFindings() {
    }

    static void singlePoints(Topology t, List<Finding> out) {
        singlePoints(t, new PopulationRouter(t), out);
    }

    static void singlePoints(Topology t, PopulationRouter router, List<Finding> out) {
        if (t.regions().size() == 1) {
            String r = t.regions().get(0).id();
            out.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.WARNING, List.of(r),
                    "The whole design runs in one region",
                    "Every population is served by '" + r + "' alone: a regional outage is a full outage.",
                    "Add a second region with a replica of each dataset and global routing with health checks."));
        } else {
            for (Population p : t.populations()) {
                List<String> permitted = router.permittedRegions(p);
                if (permitted.size() == 1) {
                    out.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.WARNING,
                            List.of(p.id(), permitted.get(0)),
                            "Population '" + p.name() + "' can only be served by '" + permitted.get(0) + "'",
                            "Residency zone '" + p.zoneId() + "' permits one region, so these users get that "
                                    + "region's availability and no failover.",
                            "Add a second region inside zone '" + p.zoneId() + "' (or accept the lower availability "
                                    + "as the price of residency)."));
                }
            }
        }
        for (Dataset d : t.datasets()) {
            if ((d.strategy() == WriteStrategy.SINGLE_PRIMARY || d.strategy() == WriteStrategy.HOME_REGION)
                    && d.copies().size() == 1 && t.regions().size() > 1) {
                out.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.ERROR,
                        List.of(d.id(), d.copies().get(0)),
                        "Dataset '" + d.name() + "' has one copy",
                        "Only '" + d.copies().get(0) + "' in " + regionOf(t, d.copies().get(0)) + " holds '"
                                + d.name() + "': when that region fails, its writes (and reads) fail everywhere and "
                                + "data since the last backup is lost.",
                        "Replicate it to a second region and allow promotion."));
            }
        }
        for (Link l : t.links()) {
            if (l.kind() == LinkKind.DEPENDENCY && l.hard()
                    && !regionOf(t, l.from()).equals(regionOf(t, l.to()))) {
                out.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, Severity.WARNING,
                        List.of(l.id(), l.from(), l.to()),
                        "'" + l.from() + "' hard-depends on '" + l.to() + "' in another region",
                        "'" + l.from() + "' (" + regionOf(t, l.from()) + ") is down whenever '" + l.to() + "' ("
                                + regionOf(t, l.to()) + ") is: region redundancy does not protect it.",
                        "Depend on a copy in the same region, or make the dependency soft (degrade, don't fail)."));
            }
        }
    }

    static void overloads(Topology t, CapacityReport capacity, List<Finding> out) {
        for (CapacityScenario s : capacity.scenarios()) {
            if (s.kind() == ScenarioKind.BASELINE) {
                normalOverload(capacity, s, out);
                continue;
            }
            List<RegionLoad> over = s.initial().regions().stream().filter(RegionLoad::overloaded).toList();
            List<RegionLoad> hot = s.initial().regions().stream().filter(r -> r.aboveTarget() && !r.overloaded())
                    .toList();
            if (over.isEmpty() && hot.isEmpty()) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>(s.failedRegionIds());
            over.forEach(r -> ids.add(r.regionId()));
            hot.forEach(r -> ids.add(r.regionId()));
            StringBuilder why = new StringBuilder("With " + s.name() + ": ");
            List<String> parts = new ArrayList<>();
            for (RegionLoad r : over) {
                parts.add(String.format(Locale.ROOT, "%s at %.0f%% (over 100%%)", r.regionId(), r.utilisation().value()));
            }
            for (RegionLoad r : hot) {
                parts.add(String.format(Locale.ROOT, "%s at %.0f%% (above target)", r.regionId(),
                        r.utilisation().value()));
            }
            why.append(String.join(", ", parts)).append('.');
            if (s.cascades()) {
                why.append(" Cascade: ");
                List<String> steps = new ArrayList<>();
                for (CascadeStep step : s.cascade()) {
                    steps.add("round " + step.step() + " takes down "
                            + step.fallen().stream().map(f -> f.regionId() + " (" + f.reason() + ")").toList());
                }
                why.append(String.join(", ", steps)).append(String.format(Locale.ROOT,
                        "; %s req/s left unserved.", fmt(s.result().unservedRps().value())));
            }
            List<String> shedding = new ArrayList<>();
            for (RegionLoad r : s.result().regions()) {
                if (!r.down() && r.servedShare().value() < 1) {
                    shedding.add(String.format(Locale.ROOT, "%s serves %.1f%% of its %s req/s", r.regionId(),
                            100 * r.servedShare().value(), fmt(r.load().value())));
                }
            }
            if (!shedding.isEmpty()) {
                why.append(" It sheds the rest (admission control): ").append(String.join(", ", shedding))
                        .append(String.format(Locale.ROOT, "; %.1f%% of all requests served.",
                                100 * s.result().served().value()));
            }
            out.add(new Finding(FindingCode.N_MINUS_1_OVERLOAD, over.isEmpty() ? Severity.WARNING : Severity.ERROR,
                    List.copyOf(ids), (over.isEmpty() ? "Survivors run above target" : "Survivors overload")
                    + " when " + lost(s) + " is lost",
                    why.toString(), fix(capacity, ids)));
        }
    }

    /**
     * Regions overloaded with every region up that lose requests (their tier collapses, or sheds more than
     * autoscaling recovers): an error before any failure is considered. Availability already counts a collapsed
     * region as serving nobody; without this finding the only trace was an availability of 0 and a note.
     */
    private static void normalOverload(CapacityReport capacity, CapacityScenario s, List<Finding> out) {
        List<RegionLoad> over = s.initial().regions().stream()
                .filter(r -> r.overloaded() && (r.collapses() || r.servedShare().value() < 1)).toList();
        if (over.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (RegionLoad r : over) {
            ids.add(r.regionId());
            parts.add(String.format(Locale.ROOT, "%s at %.0f%% of its capacity (%s req/s; %s)", r.regionId(),
                    r.utilisation().value(), fmt(r.load().value()), r.collapses()
                            ? "its tier collapses and the region serves nobody"
                            : String.format(Locale.ROOT, "it serves %.1f%% of them", 100 * r.servedShare().value())));
        }
        StringBuilder why = new StringBuilder("With every region up: ").append(String.join(", ", parts))
                .append('.');
        if (s.cascades()) {
            List<String> fell = new ArrayList<>();
            s.cascade().forEach(step -> step.fallen().forEach(f -> fell.add(f.regionId())));
            why.append(String.format(Locale.ROOT, " The cascade takes %s down and leaves %s req/s unserved; "
                    + "availability counts %s down in every state.", fell, fmt(s.result().unservedRps().value()),
                    fell.size() == 1 ? "it" : "them"));
        }
        String title = (over.size() == 1 ? "Region '" + over.get(0).regionId() + "' is"
                : "Regions " + List.copyOf(ids) + " are") + " overloaded in normal operation";
        out.add(new Finding(FindingCode.NORMAL_OPERATION_OVERLOAD, Severity.ERROR, List.copyOf(ids), title,
                why.toString(), fix(capacity, ids)));
    }

    private static String lost(CapacityScenario s) {
        if (!s.failedProviders().isEmpty() && s.kind() == ScenarioKind.PROVIDER) {
            return s.failedProviders().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList().toString();
        }
        return s.failedRegionIds().size() == 1 ? s.failedRegionIds().get(0) : s.failedRegionIds().toString();
    }

    private static String fix(CapacityReport capacity, Set<String> regionIds) {
        List<String> adds = new ArrayList<>();
        for (TierRequirement tier : capacity.anyRegion().tiers()) {
            if (!tier.sufficient() && regionIds.contains(tier.regionId())) {
                adds.add(String.format(Locale.ROOT, "%s: %d → %d instances", tier.componentId(), tier.instances(),
                        tier.instances() + tier.delta()));
            }
        }
        return adds.isEmpty() ? "Add instances to the surviving regions, or shed load by priority when a region fails."
                : "Run enough instances to survive any one region at target utilisation: " + String.join("; ", adds)
                        + ".";
    }

    static void dnsTtl(Topology t, List<Finding> out) {
        GlobalRouting routing = t.routing();
        Double rto = t.objectives().rtoSeconds();
        if (routing == null || rto == null || routing.kind() == RoutingKind.ANYCAST) {
            return;
        }
        if (routing.dnsTtlSeconds() > rto) {
            out.add(new Finding(FindingCode.DNS_TTL_EXCEEDS_RTO, Severity.ERROR, List.of("routing"),
                    "The DNS TTL alone is longer than the RTO objective",
                    String.format(Locale.ROOT, "Clients may keep the failed region's address for the %s s TTL (%s), "
                                    + "longer than the %s s RTO objective before detection and promotion are counted.",
                            fmt(routing.dnsTtlSeconds()), enumId(routing.kind()), fmt(rto)),
                    "Lower the TTL well below the RTO (e.g. 30 s or less), or route with anycast so failover does "
                            + "not wait for caches."));
        }
    }

    /** Components that count nowhere: no request path needs them (see {@link RequestPath}). */
    static void offRequestPath(Topology t, List<Finding> out) {
        RequestPath paths = RequestPath.of(t);
        for (String id : paths.unused()) {
            Component c = t.component(id).orElseThrow();
            List<String> entries = paths.entries(c.regionId());
            out.add(new Finding(FindingCode.COMPONENT_OFF_REQUEST_PATH, Severity.INFO, List.of(id),
                    "'" + c.name() + "' is on no request path",
                    "No request reaches '" + id + "' (" + c.kind().id() + " in " + c.regionId() + "): requests enter "
                            + c.regionId() + " through " + (entries.isEmpty() ? "nothing" : String.join(", ",
                            entries.stream().map(e -> "'" + e + "'").toList()))
                            + " and none of them depends on it, no dataset has a copy on it and no replication "
                            + "runs through it, so its failures do not count in availability.",
                    "If requests need it, add a dependency to it from the component that calls it (hard when the "
                            + "request fails without it); a batch worker off the path may stay as it is."));
        }
    }
}
