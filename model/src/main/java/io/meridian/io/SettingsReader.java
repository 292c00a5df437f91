package io.meridian.io;

import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Objectives;
import io.meridian.model.Reliability;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.List;
import io.meridian.model.SurviveLoss;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the design-wide objects: global routing, objectives and assumptions. */
final class SettingsReader {
    static final Set<String> ROUTING_FIELDS = Set.of("kind", "dnsTtlSeconds", "healthCheckIntervalSeconds",
            "failureThreshold", "convergenceSeconds", "dnsCacheTailShare", "dnsCacheTailSeconds", "availability",
            "mtbfHours", "mttrHours", "monthlyPrice", "services");
    static final Set<String> OBJECTIVE_FIELDS = Set.of("availability", "rtoSeconds", "rpoSeconds", "readLatencyMs",
            "writeLatencyMs", "monthlyBudget", "surviveLossOf", "readLatencyP99Ms", "writeLatencyP99Ms");
    static final Set<String> ASSUMPTION_FIELDS = Set.of("fiberKmPerMs", "routeInflation", "overheadRttMs",
            "commitWaitEpsilonMs", "downtimeCostPerHour", "reconnectSeconds", "partitionSeconds", "wanCutHours",
            "transferPricePerGb", "inRegionSwitchoverSeconds", "switchoverFailureOnDemand", "operatorDecisionMinutes");

    /** Routing defaults: Route 53's 60 s TTL habit, its 30 s standard health check and 3-failure threshold. */
    static final double DNS_TTL_SECONDS = 60;
    static final double HEALTH_CHECK_INTERVAL_SECONDS = 30;
    static final int FAILURE_THRESHOLD = 3;

    private SettingsReader() {
    }

    static GlobalRouting routing(FieldReader f) {
        f.rejectUnknown(ROUTING_FIELDS);
        RoutingKind kind = f.choice("kind", RoutingKind.class, null);
        double ttl = f.number("dnsTtlSeconds", DNS_TTL_SECONDS);
        double interval = f.number("healthCheckIntervalSeconds", HEALTH_CHECK_INTERVAL_SECONDS);
        int threshold = f.integer("failureThreshold", FAILURE_THRESHOLD);
        // Anycast has no sensible default convergence time; DNS kinds do not use it.
        double convergence = f.number("convergenceSeconds", kind == RoutingKind.ANYCAST ? null : 0.0);
        // DNS kinds: the published stale-client tail unless the design states its own; anycast has none.
        boolean dns = kind != null && kind.isDns();
        double tailShare = f.number("dnsCacheTailShare", dns ? Defaults.DNS_STALE_CLIENT_SHARE : 0.0);
        double tailSeconds = f.number("dnsCacheTailSeconds", dns ? Defaults.DNS_STALE_TAIL_SECONDS : 0.0);
        List<RoutingService> services = f.choices("services", RoutingService.class);
        // Unstated: the services' published SLAs (100% read as Defaults.ROUTING_AVAILABILITY), or that default.
        Supplier<Reliability> reliability = ComponentReader.reliability(f, GlobalRouting.availabilityOf(services));
        double monthlyPrice = f.number("monthlyPrice", 0.0);
        return f.build(() -> new GlobalRouting(kind, ttl, interval, threshold, convergence, tailShare, tailSeconds,
                reliability.get(), monthlyPrice, services));
    }

    static Objectives objectives(FieldReader f) {
        f.rejectUnknown(OBJECTIVE_FIELDS);
        Double availability = f.optionalNumber("availability");
        Double rto = f.optionalNumber("rtoSeconds");
        Double rpo = f.optionalNumber("rpoSeconds");
        Double readLatency = f.optionalNumber("readLatencyMs");
        Double writeLatency = f.optionalNumber("writeLatencyMs");
        Double budget = f.optionalNumber("monthlyBudget");
        SurviveLoss surviveLoss = f.choice("surviveLossOf", SurviveLoss.class, SurviveLoss.NONE);
        Double readP99 = f.optionalNumber("readLatencyP99Ms");
        Double writeP99 = f.optionalNumber("writeLatencyP99Ms");
        return f.build(() -> new Objectives(availability, rto, rpo, readLatency, writeLatency, budget, surviveLoss,
                readP99, writeP99));
    }

    static Assumptions assumptions(FieldReader f) {
        f.rejectUnknown(ASSUMPTION_FIELDS);
        Assumptions d = Assumptions.DEFAULTS;
        double fiber = f.number("fiberKmPerMs", d.fiberKmPerMs());
        // Absent: each corridor's own figure (latency/corridors.csv); stated: that figure for every corridor.
        Double inflation = f.optionalNumber("routeInflation");
        Double overhead = f.optionalNumber("overheadRttMs");
        double epsilon = f.number("commitWaitEpsilonMs", d.commitWaitEpsilonMs());
        double downtimeCost = f.number("downtimeCostPerHour", d.downtimeCostPerHour());
        double reconnect = f.number("reconnectSeconds", d.reconnectSeconds());
        double partition = f.number("partitionSeconds", d.partitionSeconds());
        double wanCut = f.number("wanCutHours", d.wanCutHours());
        double transfer = f.number("transferPricePerGb", d.transferPricePerGb());
        double switchover = f.number("inRegionSwitchoverSeconds", d.inRegionSwitchoverSeconds());
        double failureOnDemand = f.number("switchoverFailureOnDemand", d.switchoverFailureOnDemand());
        double decision = f.number("operatorDecisionMinutes", d.operatorDecisionMinutes());
        return f.build(() -> new Assumptions(fiber, inflation, overhead, epsilon, downtimeCost, reconnect, partition,
                wanCut, transfer, switchover, failureOnDemand, decision));
    }
}
