package io.meridian.io.iac;

import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Route 53 routing policies with their health checks, and Global Accelerator, become the global routing layer.
 * CloudFront is a documented exception: a CDN in front of origins, not the layer that steers users between
 * regions (its origin failover acts per request), so it is listed as skipped with that reason.
 */
final class AwsRoutingMapper extends CloudMapper {
    AwsRoutingMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
        route53();
        globalAccelerator();
        skipUnused("a CDN in front of the origins: Meridian has no edge-cache element, and its origin failover acts "
                + "per request, not as the layer that steers users between regions (see docs/import.md)",
                "aws_cloudfront_distribution");
    }

    private void route53() {
        List<IacResource> policyRecords = new ArrayList<>();
        boolean latency = false;
        boolean geo = false;
        boolean weighted = false;
        boolean failover = false;
        for (IacResource r : inventory.ofType("aws_route53_record")) {
            boolean l = !r.list("latency_routing_policy").isEmpty();
            boolean g = !r.list("geolocation_routing_policy").isEmpty()
                    || !r.list("geoproximity_routing_policy").isEmpty();
            boolean w = !r.list("weighted_routing_policy").isEmpty();
            boolean f = !r.list("failover_routing_policy").isEmpty();
            if (!(l || g || w || f)) {
                draft.skip(r, "a simple record: no routing policy, so it steers nothing between regions");
                continue;
            }
            latency |= l;
            geo |= g;
            weighted |= w;
            failover |= f;
            policyRecords.add(r);
        }
        if (policyRecords.isEmpty()) {
            skipUnused("no record with a routing policy uses it", "aws_route53_health_check", "aws_route53_zone");
            return;
        }
        RoutingKind kind = latency ? RoutingKind.LATENCY_DNS : geo ? RoutingKind.GEO_DNS : RoutingKind.WEIGHTED_DNS;
        double ttl = 0;
        double interval = 0;
        int threshold = 0;
        List<IacResource> checks = new ArrayList<>();
        for (IacResource r : policyRecords) {
            ttl = Math.max(ttl, r.number("ttl").orElse(r.list("alias").isEmpty() ? 0
                    : Defaults.IMPORT_ALIAS_TTL_SECONDS));
            Optional<IacResource> check = inventory.ref(r, "health_check_id", "aws_route53_health_check");
            if (check.isPresent()) {
                checks.add(check.get());
                interval = Math.max(interval, check.get().number("request_interval")
                        .orElse(Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS));
                threshold = Math.max(threshold, (int) check.get().number("failure_threshold")
                        .orElse(Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD));
            }
            draft.mapped(r, "routing");
        }
        if (checks.isEmpty()) {
            interval = Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS;
            threshold = Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD;
            draft.note("The routing records name no health check: the routing layer takes the defaults "
                    + "(importHealthCheckIntervalSeconds, importHealthCheckFailureThreshold).");
        }
        checks.forEach(c -> draft.mapped(c, "routing (health check)"));
        List<IacResource> zones = inventory.ofType("aws_route53_zone");
        zones.forEach(z -> draft.mapped(z, "routing (hosted zone)"));
        double monthly = Math.max(1, zones.size()) * draft.price(Provider.AWS, "route53-hosted-zone").orElse(0)
                + checks.stream().distinct().count() * draft.price(Provider.AWS, "route53-health-check").orElse(0);
        if (failover) {
            draft.note("Route 53 failover records send everyone to the PRIMARY record's region while it is healthy: "
                    + "give each population that region as its home region (the routing kind is "
                    + kind.id() + ").");
        }
        String detail = "Route 53, " + policyRecords.size() + " policy records" + (latency ? ", latency" : "")
                + (geo ? ", geolocation" : "") + (weighted ? ", weighted" : "") + (failover ? ", failover" : "")
                + "; TTL " + plain(ttl) + " s, health checks every " + plain(interval) + " s × " + threshold;
        draft.routing(new DesignDraft.RoutingCandidate(policyRecords.get(0).group(), kind, ttl, interval, threshold,
                RoutingService.ROUTE53, monthly, detail));
        skipUnused("no record with a routing policy uses it", "aws_route53_health_check");
    }

    private void globalAccelerator() {
        List<IacResource> accelerators = inventory.ofType("aws_globalaccelerator_accelerator");
        if (accelerators.isEmpty()) {
            skipUnused("no accelerator was found for it", "aws_globalaccelerator_listener",
                    "aws_globalaccelerator_endpoint_group");
            return;
        }
        double interval = 0;
        int threshold = 0;
        for (IacResource g : inventory.ofType("aws_globalaccelerator_endpoint_group")) {
            interval = Math.max(interval, g.number("health_check_interval_seconds")
                    .orElse(Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS));
            threshold = Math.max(threshold, (int) g.number("threshold_count")
                    .orElse(Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD));
            draft.mapped(g, "routing (endpoint group)");
        }
        if (threshold == 0) {
            interval = Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS;
            threshold = Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD;
        }
        inventory.ofType("aws_globalaccelerator_listener").forEach(l -> draft.mapped(l, "routing (listener)"));
        accelerators.forEach(a -> draft.mapped(a, "routing"));
        double monthly = accelerators.size() * draft.price(Provider.AWS, "global-accelerator").orElse(0)
                * Defaults.HOURS_PER_MONTH;
        draft.routing(new DesignDraft.RoutingCandidate(accelerators.get(0).group(), RoutingKind.ANYCAST, 0, interval,
                threshold, RoutingService.AWS_GLOBAL_ACCELERATOR, monthly, "Global Accelerator, health checks every "
                + plain(interval) + " s × " + threshold + "; the fixed fee only, not DT-Premium per GB"));
    }
}
