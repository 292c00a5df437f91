package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * What each kind of failure event costs the users it touches; the availability engine charges every event its own
 * (events/yr × the area above the curve, up to the event's own end).
 * <ul>
 * <li>Users moved to another region (a provider, region, zone or pool event breaks their region's chain): the read
 * curve {@code movedReads} — detection, the routing switch (a DNS TTL's ramp, whose area is the expected expiry
 * TTL / 2), the DNS-cache tail, reconnect.</li>
 * <li>Writes whose leader is lost: nothing before detection + the dataset's promotion (or election) + reconnect.</li>
 * <li>A database or cache pool whose active instance fails while a spare is up switches over in its region.</li>
 * <li>An automatic promotion or switchover fails when called with probability {@code failureOnDemand}; the operator
 * then decides ({@code operatorDecision}) and runs the same steps.</li>
 * </ul>
 *
 * @param movedReads       served share of moved users against seconds since the event
 * @param takeovers        per dataset that can hand its leadership to another copy
 * @param switchovers      per database and cache component: its in-region switchover
 * @param operatorDecision seconds an operator takes to page, acknowledge and decide before a manual recovery
 * @param defaultTakeover  seconds for a dataset not listed (0: none; a uniform timing uses its one figure)
 * @param rto              the design's RTO (99% of the affected users back after the worst region failure), shown
 *                         for reference: no event is charged it
 */
public record FailoverTimings(RecoveryCurve movedReads, List<Takeover> takeovers, List<Switchover> switchovers,
                              Figure operatorDecision, Figure defaultTakeover, Figure rto) {

    /**
     * @param seconds         detection + promotion (or election) + reconnect: a copy takes writes again
     * @param failureOnDemand probability the automatic promotion fails when called (0 for a consensus election)
     */
    public record Takeover(String datasetId, Figure seconds, double failureOnDemand) {
        public Takeover {
            Checks.id(datasetId, "datasetId");
            Checks.present(seconds, "seconds");
            Checks.fraction(failureOnDemand, "failureOnDemand");
        }
    }

    /**
     * @param seconds         the pool is unavailable this long when its active instance fails and a spare takes over
     * @param failureOnDemand probability the automatic switchover fails when called
     */
    public record Switchover(String componentId, Figure seconds, double failureOnDemand) {
        public Switchover {
            Checks.id(componentId, "componentId");
            Checks.present(seconds, "seconds");
            Checks.fraction(failureOnDemand, "failureOnDemand");
        }
    }

    public FailoverTimings {
        Checks.present(movedReads, "movedReads");
        takeovers = List.copyOf(takeovers);
        switchovers = List.copyOf(switchovers);
        Checks.present(operatorDecision, "operatorDecision");
        Checks.present(defaultTakeover, "defaultTakeover");
        Checks.present(rto, "rto");
    }

    /** The takeover of one dataset; a dataset not listed takes {@code defaultTakeover} and never fails on demand. */
    public Takeover takeover(String datasetId) {
        for (Takeover t : takeovers) {
            if (t.datasetId().equals(datasetId)) {
                return t;
            }
        }
        return new Takeover(datasetId, defaultTakeover, 0);
    }

    /** The switchover of one component, or null when it has none (services, load balancers, queues, stores). */
    public Switchover switchover(String componentId) {
        for (Switchover s : switchovers) {
            if (s.componentId().equals(componentId)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Every event costs the same {@code seconds}, reads and writes alike, and nothing else (no switchover, no failure
     * on demand): a what-if, and the old single-RTO charge, for comparisons and tests.
     */
    public static FailoverTimings uniform(double seconds) {
        Checks.nonNegative(seconds, "seconds");
        List<RecoveryCurve.Point> points = new ArrayList<>();
        points.add(new RecoveryCurve.Point(0, 0));
        if (seconds > 0) {
            points.add(new RecoveryCurve.Point(seconds, 0));
        }
        points.add(new RecoveryCurve.Point(seconds, 1));
        Figure at = Figure.of("all served", seconds, "s", "the uniform failover time", "seconds", seconds);
        RecoveryCurve step = new RecoveryCurve("reads", points, at, at);
        return new FailoverTimings(step, List.of(), List.of(), Figure.of("operator decision", 0, "s",
                "0: a uniform timing has no manual path"), at, at);
    }

    static FailoverTimings of(Topology topology, RtoBreakdown rto, RecoveryCurve reads,
                              List<DatasetPromotion> promotions) {
        double q = topology.assumptions().switchoverFailureOnDemand();
        double decisionMinutes = topology.assumptions().operatorDecisionMinutes();
        Figure decision = Figure.of("operator decision", decisionMinutes * 60, "s",
                "operatorDecisionMinutes × 60 (assumption)", "operatorDecisionMinutes", decisionMinutes);
        List<Takeover> takeovers = new ArrayList<>();
        for (DatasetPromotion p : promotions) {
            takeover(p, rto, q).ifPresent(takeovers::add);
        }
        List<Switchover> switchovers = new ArrayList<>();
        for (Component c : topology.components()) {
            if (c.kind() == ComponentKind.DATABASE || c.kind() == ComponentKind.CACHE) {
                switchovers.add(switchover(topology, c, q));
            }
        }
        Figure none = Figure.of("takeover", 0, "s", "0: the dataset has no promotion");
        return new FailoverTimings(reads, takeovers, switchovers, decision, none, rto.rto());
    }

    private static java.util.Optional<Takeover> takeover(DatasetPromotion p, RtoBreakdown rto, double q) {
        double detection = rto.detection().value();
        double reconnect = rto.reconnect().value();
        return switch (p.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION -> p.promotedComponentId() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Takeover(p.datasetId(), Figure.of("takeover",
                    detection + p.seconds().value() + reconnect, "s", "detection + promotion + reconnect",
                    "detection", detection, "promotion", p.seconds().value(), "reconnect", reconnect), q));
            // Consensus elects without an outside orchestrator: no failure on demand.
            case MAJORITY_QUORUM, COMMIT_WAIT -> java.util.Optional.of(new Takeover(p.datasetId(), Figure.of(
                    "takeover", detection + Defaults.LEADER_ELECTION_SECONDS + reconnect, "s",
                    "detection + leaderElection + reconnect", "detection", detection, "leaderElection",
                    Defaults.LEADER_ELECTION_SECONDS, "reconnect", reconnect), 0));
            case MULTI_PRIMARY, TWO_PHASE_COMMIT -> java.util.Optional.empty();
        };
    }

    private static Switchover switchover(Topology topology, Component c, double q) {
        if (c.switchoverSeconds() != null) {
            return new Switchover(c.id(), Figure.of("switchover", c.switchoverSeconds(), "s",
                    "switchoverSeconds of the component", "switchoverSeconds", c.switchoverSeconds()), q);
        }
        if (c.kind() == ComponentKind.CACHE) {
            return new Switchover(c.id(), Figure.of("switchover", Defaults.CACHE_SWITCHOVER_SECONDS, "s",
                    "cacheSwitchoverSeconds (default: Redis cluster-node-timeout)", "cacheSwitchoverSeconds",
                    Defaults.CACHE_SWITCHOVER_SECONDS), q);
        }
        boolean voter = topology.datasets().stream()
                .filter(d -> d.strategy() == WriteStrategy.MAJORITY_QUORUM || d.strategy() == WriteStrategy.COMMIT_WAIT)
                .map(Dataset::copies).anyMatch(copies -> copies.contains(c.id()));
        if (voter) {
            // Every node of a consensus group serves; losing one moves its leases after the lease timeout.
            return new Switchover(c.id(), Figure.of("switchover", Defaults.LEADER_ELECTION_SECONDS, "s",
                    "leaderElection: a consensus node's leases move to the others", "leaderElection",
                    Defaults.LEADER_ELECTION_SECONDS), 0);
        }
        double s = topology.assumptions().inRegionSwitchoverSeconds();
        return new Switchover(c.id(), Figure.of("switchover", s, "s", "inRegionSwitchoverSeconds (assumption)",
                "inRegionSwitchoverSeconds", s), q);
    }
}
