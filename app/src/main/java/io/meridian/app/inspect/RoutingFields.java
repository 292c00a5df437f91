package io.meridian.app.inspect;

import static io.meridian.app.inspect.PropertyForms.choice;
import static io.meridian.app.inspect.PropertyForms.num;
import static io.meridian.app.inspect.PropertyForms.parse;
import static io.meridian.app.inspect.Values.integer;
import static io.meridian.app.inspect.Values.number;

import io.meridian.model.Design;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Reliability;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The global routing layer's fields; every edit keeps the rest, the services it runs on included. */
final class RoutingFields {
    private RoutingFields() {
    }

    /** "Route 53", not "route53". */
    private static final Map<String, String> SERVICE_NAMES = Map.of(
            RoutingService.ROUTE53.id(), "Amazon Route 53",
            RoutingService.AZURE_TRAFFIC_MANAGER.id(), "Azure Traffic Manager",
            RoutingService.AZURE_FRONT_DOOR.id(), "Azure Front Door",
            RoutingService.GOOGLE_CLOUD_DNS.id(), "Google Cloud DNS",
            RoutingService.GOOGLE_CLOUD_LOAD_BALANCING.id(), "Google Cloud Load Balancing",
            RoutingService.AWS_GLOBAL_ACCELERATOR.id(), "AWS Global Accelerator",
            RoutingService.CLOUDFLARE.id(), "Cloudflare");

    static List<Field> of(Design d, GlobalRouting g) {
        Function<GlobalRouting, Design> put = x -> d.withTopology(d.topology().withRouting(x));
        List<Field> f = new ArrayList<>(List.of(
                choice("kind", "Kind", g.kind().id(), Arrays.stream(RoutingKind.values()).map(RoutingKind::id).toList(),
                        "How clients are steered to a region",
                        v -> put.apply(new GlobalRouting(parse(RoutingKind.class, v), g.dnsTtlSeconds(),
                                g.healthCheckIntervalSeconds(), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("dnsTtlSeconds", "DNS TTL (s)", g.dnsTtlSeconds(), "How long resolvers cache an answer",
                        v -> put.apply(new GlobalRouting(g.kind(), number(v, "dnsTtlSeconds"),
                                g.healthCheckIntervalSeconds(), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("healthCheckIntervalSeconds", "Health check every (s)", g.healthCheckIntervalSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(),
                                number(v, "healthCheckIntervalSeconds"), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("failureThreshold", "Failed checks to remove", g.failureThreshold(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                integer(v, "failureThreshold"), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("convergenceSeconds", "Anycast convergence (s)", g.convergenceSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), number(v, "convergenceSeconds"), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("dnsCacheTailShare", "Stale-DNS clients", g.dnsCacheTailShare(),
                        "Share of clients that keep a dead address past the TTL, 0–1",
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), number(v, "dnsCacheTailShare"),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice(), g.services()))),
                num("dnsCacheTailSeconds", "…for how long (s)", g.dnsCacheTailSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                number(v, "dnsCacheTailSeconds"), g.reliability(), g.monthlyPrice(), g.services()))),
                num("availability", "Availability", g.reliability().availability(), "Of the routing layer itself",
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), Reliability.ofSla(number(v, "availability")),
                                g.monthlyPrice(), g.services()))),
                num("monthlyPrice", "Price per month (USD)", g.monthlyPrice(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), number(v, "monthlyPrice"), g.services())))));
        f.add(new Field("services", "Runs on", String.join(",", g.services().stream().map(RoutingService::id).toList()),
                Field.Type.MULTI, Arrays.stream(RoutingService.values()).map(RoutingService::id).toList(),
                "The managed services it runs on (several: redundant, up while any is); none ticked: not stated",
                v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                        g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(), g.dnsCacheTailSeconds(),
                        g.reliability(), g.monthlyPrice(), Values.ids(v).stream()
                        .map(id -> PropertyForms.parse(RoutingService.class, id)).toList())), SERVICE_NAMES));
        return f;
    }
}
