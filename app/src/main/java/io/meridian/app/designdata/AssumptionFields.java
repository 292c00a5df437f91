package io.meridian.app.designdata;

import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.Values;
import io.meridian.model.Assumptions;
import io.meridian.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The design's assumptions as fields, each with its unit, what it means and its default (from
 * {@link Assumptions#DEFAULTS}, built from {@code Defaults}) with the default's source. Empty text is the default:
 * for route inflation and the per-round-trip overhead that is null (each corridor's own figure), for the others the
 * default's value.
 */
public final class AssumptionFields {
    private AssumptionFields() {
    }

    private record Spec(String key, String label, String unit, String help, String defaultName,
                        Function<Assumptions, Double> get) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("fiberKmPerMs", "Signal speed in fiber (km/ms)", "km/ms",
                    "How far light travels in fiber per millisecond; sets every latency estimate.", "fiberKmPerMs",
                    Assumptions::fiberKmPerMs),
            new Spec("routeInflation", "Route inflation (×)", null,
                    "Typical path length over great-circle length (at least 1), for every corridor; empty: each "
                            + "corridor's own (docs/latency-model.md).", null, Assumptions::routeInflation),
            new Spec("overheadRttMs", "Overhead per round trip (ms)", "ms",
                    "Fixed overhead added to every round trip, short hops included; empty: each corridor's own "
                            + "plus the short-hop overhead.", null, Assumptions::overheadRttMs),
            new Spec("commitWaitEpsilonMs", "Commit-wait clock bound ε (ms)", "ms",
                    "Clock uncertainty a commit-wait database waits out on every write.", "commitWaitEpsilonMs",
                    Assumptions::commitWaitEpsilonMs),
            new Spec("downtimeCostPerHour", "Downtime cost (USD/h)", "USD/h",
                    "USD lost per hour of full outage; prices the expected downtime.", null,
                    Assumptions::downtimeCostPerHour),
            new Spec("reconnectSeconds", "Client reconnect (s)", "s",
                    "Time for clients to reconnect after a switch; part of every RTO.", "reconnectSeconds",
                    Assumptions::reconnectSeconds),
            new Spec("partitionSeconds", "Partition to reason about (s)", "s",
                    "Length of the inter-region partition for CRDT convergence.", "partitionSeconds",
                    Assumptions::partitionSeconds),
            new Spec("wanCutHours", "WAN cut to buffer (h)", "h",
                    "Length of the WAN cut queues must buffer.", "wanCutHours", Assumptions::wanCutHours),
            new Spec("transferPricePerGb", "Cross-region transfer (USD/GB)", "USD/GB",
                    "Price of copying one GB between regions.", "transferPricePerGb",
                    Assumptions::transferPricePerGb),
            new Spec("inRegionSwitchoverSeconds", "In-region switchover (s)", "s",
                    "A database pool's switchover to its in-region standby (Multi-AZ); a component's own "
                            + "switchover time wins.", "inRegionSwitchoverSeconds",
                    Assumptions::inRegionSwitchoverSeconds),
            new Spec("switchoverFailureOnDemand", "Switchover fails on demand (0–1)", null,
                    "Probability that an automatic switchover or promotion fails when called.",
                    "switchoverFailureOnDemand", Assumptions::switchoverFailureOnDemand),
            new Spec("operatorDecisionMinutes", "Operator decision (min)", "min",
                    "Page, acknowledge and decide before a manual switchover or promotion.",
                    "operatorDecisionMinutes", Assumptions::operatorDecisionMinutes));

    public static List<Field> of(Design d) {
        Assumptions a = d.topology().assumptions();
        List<Field> out = new ArrayList<>();
        for (Spec s : SPECS) {
            Double value = s.get().apply(a);
            Double byDefault = s.get().apply(Assumptions.DEFAULTS);
            String help = s.help() + " Empty: the default." + (s.defaultName() == null ? ""
                    : DataFields.source(s.defaultName()));
            Function<String, Design> apply = v -> d.withTopology(d.topology().withAssumptions(
                    with(a, s.key(), Values.optionalNumber(v, s.key()))));
            if (byDefault == null) {
                out.add(new Field(s.key(), s.label(), Values.format(value), Field.Type.NUMBER, List.of(), help, apply)
                        .withPrompt("each corridor's own"));
            } else {
                out.add(DataFields.defaulted(s.key(), s.label(), value, byDefault, s.unit(), help, apply));
            }
        }
        return out;
    }

    /** Every assumption at its default. */
    public static Design resetAll(Design d) {
        return d.withTopology(d.topology().withAssumptions(Assumptions.DEFAULTS));
    }

    /** The assumptions with one of them changed; null is its default (null itself for the two nullable ones). */
    static Assumptions with(Assumptions a, String key, Double v) {
        Assumptions z = Assumptions.DEFAULTS;
        return new Assumptions(
                pick(key, "fiberKmPerMs", v, a.fiberKmPerMs(), z.fiberKmPerMs()),
                "routeInflation".equals(key) ? v : a.routeInflation(),
                "overheadRttMs".equals(key) ? v : a.overheadRttMs(),
                pick(key, "commitWaitEpsilonMs", v, a.commitWaitEpsilonMs(), z.commitWaitEpsilonMs()),
                pick(key, "downtimeCostPerHour", v, a.downtimeCostPerHour(), z.downtimeCostPerHour()),
                pick(key, "reconnectSeconds", v, a.reconnectSeconds(), z.reconnectSeconds()),
                pick(key, "partitionSeconds", v, a.partitionSeconds(), z.partitionSeconds()),
                pick(key, "wanCutHours", v, a.wanCutHours(), z.wanCutHours()),
                pick(key, "transferPricePerGb", v, a.transferPricePerGb(), z.transferPricePerGb()),
                pick(key, "inRegionSwitchoverSeconds", v, a.inRegionSwitchoverSeconds(),
                        z.inRegionSwitchoverSeconds()),
                pick(key, "switchoverFailureOnDemand", v, a.switchoverFailureOnDemand(),
                        z.switchoverFailureOnDemand()),
                pick(key, "operatorDecisionMinutes", v, a.operatorDecisionMinutes(), z.operatorDecisionMinutes()));
    }

    private static double pick(String key, String field, Double v, double current, double byDefault) {
        if (!key.equals(field)) {
            return current;
        }
        return v == null ? byDefault : v;
    }
}
