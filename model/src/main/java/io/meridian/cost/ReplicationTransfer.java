package io.meridian.cost;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-region transfer of each dataset's writes. Where replication links carry them, every write must reach every
 * other copy once, so a month costs GB written × price per GB × destinations: writes start at their origin copies
 * (the primary or leader; every primary of a multi-primary or home-region dataset, with an equal share each) and
 * travel the dataset's replication links breadth first, so a star sends each write once per replica, a chain forwards
 * it hop by hop, and a two-way pair carries each copy's own writes one way only. Two-phase commit, majority quorum and
 * commit-wait datasets move what their protocol sends instead ({@link ProtocolTransfer}). Each cross-region hop is
 * billed where it leaves, at the source region's price ({@link TransferPrices}).
 */
final class ReplicationTransfer {
    static final double SECONDS_PER_HOUR = 3600;
    static final double BYTES_PER_GB = 1e9;
    /** The mesh comparison runs at least to this many regions, so a two-region design sees where N² leads. */
    static final int MESH_COMPARISON_UP_TO = 5;

    record Result(List<CostLine> lines, List<DatasetTransfer> datasets) {
    }

    private final Topology topology;
    private final PopulationRouter router;
    private final TransferPrices rates;
    private final Set<String> notes;

    private ReplicationTransfer(Topology topology, PopulationRouter router, TransferPrices rates, Set<String> notes) {
        this.topology = topology;
        this.router = router;
        this.rates = rates;
        this.notes = notes;
    }

    /** Transfer lines (in dataset, then link order) and one summary per dataset; adds notes for what is unpriced. */
    static Result of(Topology topology, PopulationRouter router, TransferPrices rates, Set<String> notes) {
        return new ReplicationTransfer(topology, router, rates, notes).compute();
    }

    /** GB written to a dataset per month: writes/s × record bytes × 730 h × 3600 s / 1e9. */
    static Figure gbPerMonth(Dataset d) {
        double gb = d.writesPerSecond() * d.recordBytes() * Defaults.HOURS_PER_MONTH * SECONDS_PER_HOUR / BYTES_PER_GB;
        return Figure.of("written " + d.id(), gb, "GB/month", "writes/s × record bytes × 730 h × 3600 s / 1e9",
                "writes/s", d.writesPerSecond(), "record bytes", d.recordBytes(),
                "hours per month", Defaults.HOURS_PER_MONTH, "seconds per hour", SECONDS_PER_HOUR);
    }

    /** A full mesh of n regions: every region sends to every other, n × (n − 1) directed links. */
    static Figure fullMeshLinks(int regions) {
        return Figure.of("full-mesh links", (double) regions * (regions - 1), "links", "N × (N − 1)", "N", regions);
    }

    /**
     * n regions in a full mesh where every region brings its own writers, each writing {@code gbPerRegion} a month
     * that every other region receives: N × (N − 1) × GB per region, growing as N² because the writes grow with N.
     */
    static Figure fullMeshMonthly(int regions, double gbPerRegion, double pricePerGb) {
        return Figure.of("full-mesh transfer, " + regions + " regions each bringing writers", (double) regions
                        * (regions - 1) * gbPerRegion * pricePerGb, "USD/month",
                "N × (N − 1) × GB written per region per month × price per GB",
                "N", regions, "GB written per region per month", gbPerRegion, "price per GB", pricePerGb);
    }

    /**
     * n regions in a full mesh sharing the same total writes: each write still reaches the N − 1 others, so
     * (N − 1) × GB written a month: linear in N, not N².
     */
    static Figure sameWritesMeshMonthly(int regions, double gbWritten, double pricePerGb) {
        return Figure.of("full-mesh transfer, " + regions + " regions sharing the same writes", Math.max(0,
                        regions - 1) * gbWritten * pricePerGb, "USD/month",
                "(N − 1) × GB written per month × price per GB", "N", regions, "GB written per month", gbWritten,
                "price per GB", pricePerGb);
    }

    private Result compute() {
        List<Link> replication = topology.links().stream().filter(l -> l.kind() == LinkKind.REPLICATION).toList();
        Set<String> carrying = new HashSet<>();
        List<CostLine> lines = new ArrayList<>();
        List<DatasetTransfer> datasets = new ArrayList<>();
        ProtocolTransfer protocol = new ProtocolTransfer(topology, router, rates);
        for (Dataset d : topology.datasets()) {
            List<Link> own = replication.stream()
                    .filter(l -> d.copies().contains(l.from()) && d.copies().contains(l.to())).toList();
            own.forEach(l -> carrying.add(l.id()));
            Figure gb = gbPerMonth(d);
            if (ProtocolTransfer.applies(d)) {
                ProtocolTransfer.Result r = protocol.of(d);
                lines.addAll(r.lines());
                datasets.add(summary(d, gb, r.destinations(), r.lines(), r.basis()));
                continue;
            }
            Map<Link, Double> shares = shares(d, own);
            List<CostLine> priced = new ArrayList<>();
            double destinations = 0;
            for (Map.Entry<Link, Double> e : shares.entrySet()) {
                Region from = regionOf(e.getKey().from());
                Region to = regionOf(e.getKey().to());
                if (!from.id().equals(to.id()) && e.getValue() > 0) {
                    priced.add(line(d, e.getKey(), e.getValue(), from, to, gb));
                    destinations += e.getValue();
                }
            }
            lines.addAll(priced);
            datasets.add(summary(d, gb, destinations, priced, "replication links"));
        }
        for (Link l : replication) {
            if (!carrying.contains(l.id()) && !ObjectStoreReplication.carries(topology, l)
                    && !regionOf(l.from()).id().equals(regionOf(l.to()).id())) {
                notes.add("Replication link '" + l.id() + "' does not join two copies of one dataset, so its "
                        + "transfer is not priced; list both ends in the dataset's copies.");
            }
        }
        return new Result(lines, datasets);
    }

    private DatasetTransfer summary(Dataset d, Figure gb, double destinations, List<CostLine> priced, String basis) {
        double monthly = priced.stream().mapToDouble(c -> c.monthly().value()).sum();
        Figure dest = Figure.of("destinations " + d.id(), destinations, "per write",
                "cross-region copies each write's record reaches (shares of writes summed over its "
                        + (ProtocolTransfer.applies(d) ? "commit protocol's hops)" : "links)"),
                "cross-region lines", priced.size());
        Figure cost = Figure.of("transfer " + d.id(), monthly, "USD/month", ProtocolTransfer.applies(d)
                        ? "sum of its protocol's cross-region lines (records, votes, decisions, acknowledgements)"
                        : "GB written per month × price per GB × destinations (sum of its cross-region links)",
                "GB written per month", gb.value(), "destinations", destinations, "links", priced.size());
        int copies = d.copies().size();
        double perRegion = gb.value() / Math.max(1, copies);
        double price = copies == 0 ? topology.assumptions().transferPricePerGb()
                : rates.between(regionOf(d.copies().get(0)), regionOf(d.copies().get(0))).perGb();
        List<MeshSize> growth = new ArrayList<>();
        for (int n = 2; n <= Math.max(MESH_COMPARISON_UP_TO, copies); n++) {
            growth.add(new MeshSize(n, fullMeshLinks(n), fullMeshMonthly(n, perRegion, price),
                    sameWritesMeshMonthly(n, gb.value(), price)));
        }
        return new DatasetTransfer(d.id(), basis, copies, priced.size(), gb, dest, cost, fullMeshLinks(copies),
                sameWritesMeshMonthly(copies, gb.value(), price), growth);
    }

    /**
     * The share of the dataset's writes each link carries: each origin's writes spread breadth first over the
     * links (a copy is fed once, by the first link that reaches it). Links in design order.
     */
    private Map<Link, Double> shares(Dataset d, List<Link> own) {
        Map<Link, Double> carried = new LinkedHashMap<>();
        own.forEach(l -> carried.put(l, 0.0));
        List<String> origins = origins(d, own);
        for (String origin : origins) {
            double share = 1.0 / origins.size();
            Set<String> reached = new HashSet<>(List.of(origin));
            Deque<String> queue = new ArrayDeque<>(List.of(origin));
            while (!queue.isEmpty()) {
                String at = queue.removeFirst();
                for (Link l : own) {
                    if (l.from().equals(at) && reached.add(l.to())) {
                        carried.merge(l, share, Double::sum);
                        queue.addLast(l.to());
                    }
                }
            }
            String originRegion = regionOf(origin).id();
            for (String copy : d.copies()) {
                if (!reached.contains(copy) && !regionOf(copy).id().equals(originRegion)) {
                    notes.add("Copy '" + copy + "' of dataset '" + d.id() + "' is reached by no replication link from '"
                            + origin + "', so the transfer it needs is not priced.");
                }
            }
        }
        return carried;
    }

    /**
     * Where writes start. Multi-primary: every copy. Home-region: every primary (every copy when none is marked).
     * Otherwise one writer: the primary, else the copy that feeds others and is fed by none, else the first copy.
     */
    private List<String> origins(Dataset d, List<Link> own) {
        if (d.copies().isEmpty()) {
            return List.of();
        }
        List<String> primaries = d.copies().stream().filter(this::isPrimary).toList();
        return switch (d.strategy()) {
            case MULTI_PRIMARY -> d.copies();
            case HOME_REGION -> primaries.isEmpty() ? d.copies() : primaries;
            default -> {
                if (!primaries.isEmpty()) {
                    yield List.of(primaries.get(0));
                }
                Set<String> fed = new HashSet<>();
                own.forEach(l -> fed.add(l.to()));
                Optional<String> root = own.stream().map(Link::from).filter(c -> !fed.contains(c)).findFirst();
                yield List.of(root.orElse(d.copies().get(0)));
            }
        };
    }

    private boolean isPrimary(String componentId) {
        Component c = topology.component(componentId).orElseThrow();
        return c.spec() instanceof ComponentSpec.Database db && db.role() == DatabaseRole.PRIMARY;
    }

    private CostLine line(Dataset d, Link l, double share, Region from, Region to, Figure gb) {
        TransferPrices.Rate rate = rates.between(from, to);
        Figure monthly = Figure.of("transfer " + d.id() + " " + from.id() + "→" + to.id(),
                share * gb.value() * rate.perGb(), "USD/month",
                "share of writes × writes/s × record bytes × 730 h × 3600 s / 1e9 × price per GB",
                "share of writes", share, "writes/s", d.writesPerSecond(), "record bytes", d.recordBytes(),
                "hours per month", Defaults.HOURS_PER_MONTH, "seconds per hour", SECONDS_PER_HOUR,
                "price per GB", rate.perGb());
        String description = String.format(Locale.ROOT, "%s replicated %s → %s over '%s': %s%.1f GB/month at %s",
                d.id(), from.id(), to.id(), l.id(), share < 1 ? String.format(Locale.ROOT, "%.3g × ", share) : "",
                gb.value(), rate.why());
        return new CostLine(CostCategory.TRANSFER, l.id(), from.id(), description, monthly);
    }

    private Region regionOf(String componentId) {
        String regionId = topology.component(componentId).orElseThrow().regionId();
        return topology.region(regionId).orElseThrow();
    }
}
