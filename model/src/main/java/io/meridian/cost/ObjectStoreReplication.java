package io.meridian.cost;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replication between object stores (S3 Cross-Region Replication, Cloud Storage and Azure object replication): each
 * replication link from a store copies what its clients write there, {@code writtenGbPerMonth}, and the provider
 * bills it as transfer out of the source region. A link within one region costs nothing (same-region replication
 * moves no billed bytes); request and replication-time-control fees are not priced.
 */
final class ObjectStoreReplication {
    private ObjectStoreReplication() {
    }

    /** True when the link replicates one object store into another. */
    static boolean carries(Topology topology, Link l) {
        return l.kind() == LinkKind.REPLICATION && isStore(topology, l.from()) && isStore(topology, l.to());
    }

    static List<CostLine> lines(Topology topology, TransferPrices rates, Set<String> notes) {
        List<CostLine> out = new ArrayList<>();
        for (Link l : topology.links()) {
            if (!carries(topology, l)) {
                continue;
            }
            Component source = topology.component(l.from()).orElseThrow();
            Region from = topology.region(source.regionId()).orElseThrow();
            Region to = topology.region(topology.component(l.to()).orElseThrow().regionId()).orElseThrow();
            double gb = ((ComponentSpec.ObjectStore) source.spec()).writtenGbPerMonth();
            if (from.id().equals(to.id())) {
                continue;
            }
            if (gb == 0) {
                notes.add("Object store '" + source.id() + "' states no writtenGbPerMonth, so its replication over '"
                        + l.id() + "' is not priced.");
                continue;
            }
            TransferPrices.Rate rate = rates.between(from, to);
            Figure monthly = Figure.of("replication " + l.id(), gb * rate.perGb(), "USD/month",
                    "GB written to the source store per month × price per GB", "GB per month", gb,
                    "price per GB", rate.perGb());
            out.add(new CostLine(CostCategory.TRANSFER, l.id(), from.id(), String.format(Locale.ROOT,
                    "%s replicated %s → %s: %.1f GB/month at %s", source.name(), from.id(), to.id(), gb,
                    rate.why()), monthly));
        }
        return out;
    }

    private static boolean isStore(Topology topology, String componentId) {
        return topology.component(componentId).map(c -> c.spec() instanceof ComponentSpec.ObjectStore).orElse(false);
    }
}
