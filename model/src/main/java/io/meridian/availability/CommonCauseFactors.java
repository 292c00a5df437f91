package io.meridian.availability;

import io.meridian.model.CommonCauses;
import io.meridian.model.Figure;
import io.meridian.model.GlobalChange;
import io.meridian.model.GlobalRouting;
import io.meridian.model.RoutingService;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The design-level common causes, a layer on top of each population's exact (or sampled) result: the routing layer,
 * the global change of the design's own software and each third-party dependency, independent of the regions and of
 * each other, each multiplying the availability of the populations it applies to. None is failed over (the routing
 * layer has nothing to fail over to, a bad change is rolled back, a dependency is waited out), so none adds a
 * failover charge. A global change that reaches the share {@code scope} of the regions fails that share of every
 * population's requests while it lasts: its factor is the expected served share 1 − events/yr × hours / 8,766 ×
 * scope, which keeps the product exact.
 */
final class CommonCauseFactors {
    /** One cause: its availability (or expected served share), the populations it applies to, and why. */
    record Cause(ElementKind kind, String id, String description, String inputName, Figure figure,
                 boolean[] applies) {
        double availability() {
            return figure.value();
        }
    }

    final List<Cause> causes;
    /** Per population: the product of the causes that apply to it. */
    final double[] factor;

    private CommonCauseFactors(List<Cause> causes, int populations) {
        this.causes = List.copyOf(causes);
        this.factor = new double[populations];
        for (int i = 0; i < populations; i++) {
            factor[i] = without(i, null);
        }
    }

    static CommonCauseFactors of(Topology topology, List<PopulationNeed> needs) {
        int n = needs.size();
        List<Cause> causes = new ArrayList<>();
        GlobalRouting routing = topology.routing();
        if (routing != null) {
            String on = routing.services().isEmpty() ? "" : " on " + routing.services().stream()
                    .map(RoutingService::id).collect(Collectors.joining(" + "));
            double a = routing.reliability().availability();
            Figure f = routing.services().isEmpty() || !routing.reliability().isSla()
                    || routing.reliability().sla() != GlobalRouting.availabilityOf(routing.services())
                    ? Figure.of("availability of the routing layer", a, "", "as stated, or 0.9999 when unstated "
                    + "(routingAvailability)", "A routing", a)
                    : new Figure("availability of the routing layer", a, "", "1 − Π over its services (1 − A "
                    + "service); a published SLA of 100% counts as 0.9999 (routingAvailability)", serviceInputs(routing));
            causes.add(new Cause(ElementKind.ROUTING, "routing", "global routing (" + routing.kind().id() + on + ")",
                    "A routing", f, all(n)));
        }
        CommonCauses common = topology.commonCauses();
        GlobalChange change = common.globalChange();
        if (change.activeShare() > 0) {
            Figure f = Figure.of("share of requests served through global changes", change.availability(), "",
                    "1 − events/yr × duration h / 8,766 h × scope (scope = 1 / rollout waves); a bad change is "
                            + "rolled back, not failed over", "events/yr", change.eventsPerYear(), "duration h",
                    change.durationHours(), "rollout waves", change.rolloutWaves(), "scope", change.scope());
            causes.add(new Cause(ElementKind.GLOBAL_CHANGE, "global-change", String.format(Locale.ROOT,
                    "a bad global change of our own software (%s/yr × %s h, %d wave%s)", plain(change.eventsPerYear()),
                    plain(change.durationHours()), change.rolloutWaves(), change.rolloutWaves() == 1 ? "" : "s"),
                    "A global change", f, all(n)));
        }
        for (ThirdPartyDependency d : common.dependencies()) {
            boolean[] applies = new boolean[n];
            for (int i = 0; i < n; i++) {
                applies[i] = d.usedBy(needs.get(i).id());
            }
            double a = d.reliability().availability();
            Figure f = Figure.of("availability of " + d.id(), a, "", "as stated, or the default of its kind ("
                    + d.kind().id() + ")", "A " + d.id(), a);
            causes.add(new Cause(ElementKind.DEPENDENCY, d.id(), d.name() + " (" + d.kind().id()
                    + ", third party in series)", "A " + d.id(), f, applies));
        }
        return new CommonCauseFactors(causes, n);
    }

    /** Population i's product of the causes that apply to it, leaving out {@code skip} (null: none). */
    double without(int i, Cause skip) {
        double p = 1;
        for (Cause c : causes) {
            if (c != skip && c.applies()[i]) {
                p *= c.availability();
            }
        }
        return p;
    }

    /** The causes' availabilities that apply to population i, as figure inputs. */
    Map<String, Double> inputs(int i) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Cause c : causes) {
            if (c.applies()[i]) {
                out.put(c.inputName(), c.availability());
            }
        }
        return out;
    }

    private static Map<String, Double> serviceInputs(GlobalRouting routing) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RoutingService s : routing.services()) {
            out.put("A " + s.id() + " (SLA " + plain(s.publishedSla() * 100) + "%)", s.availability());
        }
        return out;
    }

    private static boolean[] all(int n) {
        boolean[] a = new boolean[n];
        java.util.Arrays.fill(a, true);
        return a;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
