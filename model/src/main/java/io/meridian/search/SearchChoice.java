package io.meridian.search;

import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.List;

/**
 * One open choice of a search space: a small number of options, option 0 being what the design has now. Applying an
 * option rebuilds the element through its validating constructor, so a choice can never make an invalid design.
 */
public sealed interface SearchChoice permits SearchChoice.SpareInstances, SearchChoice.Replication,
        SearchChoice.Routing {
    /** What a person reads: "spare API instances in use1", "replication r1". */
    String describe();

    int options();

    /** The option in words ("+2", "sync", "anycast"). */
    String option(int index);

    Topology apply(Topology t, int option);

    /**
     * Instances above what the capacity engine says a service tier needs (sizing is not searched: it is monotone,
     * so each candidate's tiers are sized to exactly the engine's "instances needed" and only the spares that buy
     * availability are a choice).
     */
    record SpareInstances(String componentId, int most) implements SearchChoice {
        @Override
        public String describe() {
            return "spare instances of " + componentId;
        }

        @Override
        public int options() {
            return most + 1;
        }

        @Override
        public String option(int index) {
            return "+" + index;
        }

        @Override
        public Topology apply(Topology t, int option) {
            return t; // applied by the sizing step, which knows the instances needed
        }
    }

    /** A replication link's acknowledgement mode, from a list (the design's own first). */
    record Replication(String linkId, List<ReplicationMode> modes) implements SearchChoice {
        public Replication {
            modes = List.copyOf(modes);
        }

        @Override
        public String describe() {
            return "replication mode of " + linkId;
        }

        @Override
        public int options() {
            return modes.size();
        }

        @Override
        public String option(int index) {
            return modes.get(index).id();
        }

        @Override
        public Topology apply(Topology t, int option) {
            Link l = t.link(linkId).orElseThrow();
            ReplicationMode mode = modes.get(option);
            if (mode == l.mode()) {
                return t;
            }
            return t.withLink(new Link(l.id(), l.kind(), l.from(), l.to(), false, mode, l.lagMs(),
                    mode == ReplicationMode.CDC ? l.via() : null, null,
                    mode == ReplicationMode.SEMI_SYNC ? l.ackTimeoutMs() : null, l.lagP50Ms(), l.lagP99Ms()));
        }
    }

    /** The global routing layer's kind, from a list (the design's own first). */
    record Routing(List<RoutingKind> kinds) implements SearchChoice {
        public Routing {
            kinds = List.copyOf(kinds);
        }

        @Override
        public String describe() {
            return "routing kind";
        }

        @Override
        public int options() {
            return kinds.size();
        }

        @Override
        public String option(int index) {
            return kinds.get(index).id();
        }

        @Override
        public Topology apply(Topology t, int option) {
            GlobalRouting g = t.routing();
            RoutingKind kind = kinds.get(option);
            if (g == null || g.kind() == kind) {
                return t;
            }
            return t.withRouting(new GlobalRouting(kind, g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                    g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(), g.dnsCacheTailSeconds(),
                    g.reliability(), g.monthlyPrice(), g.services()));
        }
    }
}
