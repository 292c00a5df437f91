package io.meridian.cost;

import io.meridian.model.Assumptions;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-region replication transfer: each replication link between two copies of a dataset in different regions
 * carries the dataset's writes once a month, priced per GB where it leaves.
 */
final class ReplicationTransfer {
    static final double SECONDS_PER_HOUR = 3600;
    static final double BYTES_PER_GB = 1e9;

    record Result(List<CostLine> lines, List<DatasetTransfer> datasets) {
    }

    /** The price per GB of one hop and why. */
    private record Rate(double perGb, String why) {
    }

    private final Topology topology;
    private final PriceCatalog prices;
    private final Set<String> notes;

    private ReplicationTransfer(Topology topology, PriceCatalog prices, Set<String> notes) {
        this.topology = topology;
        this.prices = prices;
        this.notes = notes;
    }

    /** Transfer lines (in dataset, then link order) and one summary per dataset; adds notes for what is unpriced. */
    static Result of(Topology topology, PriceCatalog prices, Set<String> notes) {
        return new ReplicationTransfer(topology, prices, notes).compute();
    }

    /** Bytes one destination receives per month: writes/s × record bytes × 730 h × 3600 s, in GB. */
    static Figure gbPerMonth(Dataset d) {
        double gb = d.writesPerSecond() * d.recordBytes() * Defaults.HOURS_PER_MONTH * SECONDS_PER_HOUR / BYTES_PER_GB;
        return Figure.of("replicated " + d.id(), gb, "GB/month", "writes/s × record bytes × 730 h × 3600 s / 1e9",
                "writes/s", d.writesPerSecond(), "record bytes", d.recordBytes(),
                "hours per month", Defaults.HOURS_PER_MONTH, "seconds per hour", SECONDS_PER_HOUR);
    }

    /** A full mesh of n copies: every copy sends to every other, n × (n − 1) directed links. */
    static Figure fullMeshLinks(int copies) {
        return Figure.of("full-mesh links", (double) copies * (copies - 1), "links", "N × (N − 1)", "N", copies);
    }

    private Result compute() {
        List<Link> replication = topology.links().stream().filter(l -> l.kind() == LinkKind.REPLICATION).toList();
        Set<String> carrying = new HashSet<>();
        List<CostLine> lines = new ArrayList<>();
        List<DatasetTransfer> datasets = new ArrayList<>();
        double withinProviderPrice = topology.assumptions().transferPricePerGb();
        for (Dataset d : topology.datasets()) {
            Figure gb = gbPerMonth(d);
            List<CostLine> own = new ArrayList<>();
            for (Link l : replication) {
                if (!d.copies().contains(l.from()) || !d.copies().contains(l.to())) {
                    continue;
                }
                carrying.add(l.id());
                Region from = regionOf(l.from());
                Region to = regionOf(l.to());
                if (!from.id().equals(to.id())) {
                    own.add(line(d, l, from, to, gb));
                }
            }
            lines.addAll(own);
            double monthly = own.stream().mapToDouble(c -> c.monthly().value()).sum();
            Figure mesh = fullMeshLinks(d.copies().size());
            datasets.add(new DatasetTransfer(d.id(), d.copies().size(), own.size(), gb,
                    Figure.of("transfer " + d.id(), monthly, "USD/month", "sum of its cross-region links",
                            "links", own.size()),
                    mesh,
                    Figure.of("full-mesh transfer " + d.id(), mesh.value() * gb.value() * withinProviderPrice,
                            "USD/month", "N × (N − 1) × GB per month × price per GB", "N", d.copies().size(),
                            "GB per month", gb.value(), "price per GB", withinProviderPrice)));
        }
        for (Link l : replication) {
            if (!carrying.contains(l.id()) && !regionOf(l.from()).id().equals(regionOf(l.to()).id())) {
                notes.add("Replication link '" + l.id() + "' does not join two copies of one dataset, so its "
                        + "transfer is not priced; list both ends in the dataset's copies.");
            }
        }
        return new Result(lines, datasets);
    }

    private CostLine line(Dataset d, Link l, Region from, Region to, Figure gb) {
        Rate rate = rate(from, to);
        Figure monthly = Figure.of("transfer " + d.id() + " " + from.id() + "→" + to.id(), gb.value() * rate.perGb(),
                "USD/month", "writes/s × record bytes × 730 h × 3600 s / 1e9 × price per GB",
                "writes/s", d.writesPerSecond(), "record bytes", d.recordBytes(),
                "hours per month", Defaults.HOURS_PER_MONTH, "seconds per hour", SECONDS_PER_HOUR,
                "price per GB", rate.perGb());
        String description = String.format(Locale.ROOT, "%s replicated %s → %s over '%s': %.1f GB/month at %s",
                d.id(), from.id(), to.id(), l.id(), gb.value(), rate.why());
        return new CostLine(CostCategory.TRANSFER, l.id(), from.id(), description, monthly);
    }

    /** Within one provider the design's transfer assumption; across providers the source's internet egress price. */
    private Rate rate(Region from, Region to) {
        Assumptions a = topology.assumptions();
        if (from.provider() == to.provider()) {
            return new Rate(a.transferPricePerGb(), String.format(Locale.ROOT,
                    "$%s/GB within %s (assumption transferPricePerGb)", a.transferPricePerGb(), from.provider().id()));
        }
        Optional<PriceEntry> egress = prices.find(from.provider(), PriceCatalog.INTERNET_EGRESS);
        if (egress.isPresent()) {
            return new Rate(egress.get().price(), String.format(Locale.ROOT, "$%s/GB %s internet egress to %s (%s)",
                    egress.get().price(), from.provider().id(), to.provider().id(), prices.description()));
        }
        notes.add("No " + from.provider().id() + " internet-egress price in the price catalogue; transfer from "
                + from.provider().id() + " to another provider is priced at the transferPricePerGb assumption.");
        return new Rate(a.transferPricePerGb(), String.format(Locale.ROOT,
                "$%s/GB %s → %s (no egress price; assumption transferPricePerGb)", a.transferPricePerGb(),
                from.provider().id(), to.provider().id()));
    }

    private Region regionOf(String componentId) {
        String regionId = topology.component(componentId).orElseThrow().regionId();
        return topology.region(regionId).orElseThrow();
    }
}
