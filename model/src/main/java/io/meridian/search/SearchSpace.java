package io.meridian.search;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The open choices of a design search. The default space, for any design: every service tier sized to the capacity
 * engine's "instances needed" (for the design's survive-loss objective, else for normal operation) plus 0 to
 * {@link #MAX_SPARES} spares; every replication link's mode among async, semi-sync and sync; the routing layer
 * between latency DNS and anycast when both are valid for it. Regions, providers and write strategies stay as drawn
 * (choices a later search space declared in the file will open).
 */
public record SearchSpace(List<SearchChoice> choices) {
    /** Spare instances offered per tier: beyond 3 a k-of-n pool gains less than the instance costs. */
    public static final int MAX_SPARES = 3;

    public SearchSpace {
        choices = List.copyOf(choices);
    }

    public static SearchSpace defaults(Topology t) {
        List<SearchChoice> out = new ArrayList<>();
        for (Component c : t.components()) {
            if (c.kind() == ComponentKind.SERVICE) {
                out.add(new SearchChoice.SpareInstances(c.id(), MAX_SPARES));
            }
        }
        for (Link l : t.links()) {
            if (l.kind() == LinkKind.REPLICATION && l.mode() != ReplicationMode.CDC) {
                List<ReplicationMode> modes = new ArrayList<>(List.of(l.mode()));
                for (ReplicationMode m : List.of(ReplicationMode.ASYNC, ReplicationMode.SEMI_SYNC,
                        ReplicationMode.SYNC)) {
                    if (!modes.contains(m)) {
                        modes.add(m);
                    }
                }
                out.add(new SearchChoice.Replication(l.id(), modes));
            }
        }
        if (t.routing() != null) {
            List<RoutingKind> kinds = new ArrayList<>(List.of(t.routing().kind()));
            for (RoutingKind k : List.of(RoutingKind.LATENCY_DNS, RoutingKind.ANYCAST)) {
                if (!kinds.contains(k) && valid(t, k)) {
                    kinds.add(k);
                }
            }
            if (kinds.size() > 1) {
                out.add(new SearchChoice.Routing(kinds));
            }
        }
        return new SearchSpace(out);
    }

    private static boolean valid(Topology t, RoutingKind kind) {
        try {
            new SearchChoice.Routing(List.of(kind)).apply(t, 0);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Candidates in the space: the product of every choice's options. */
    public double size() {
        double n = 1;
        for (SearchChoice c : choices) {
            n *= c.options();
        }
        return n;
    }
}
