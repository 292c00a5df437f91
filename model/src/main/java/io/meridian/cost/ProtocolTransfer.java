package io.meridian.cost;

import io.meridian.latency.Geodesy;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.placement.DataAccess;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.DatasetPlacement.Copy;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The traffic of datasets whose commit protocol, not their replication links, decides what crosses regions.
 * Two-phase commit: a write's coordinator is the copy in the region that received it (else the nearest copy); it
 * sends each participant in another region a prepare (record + message) and a decision (message), and gets back a
 * vote and an acknowledgement (message each). Majority quorum and commit-wait: one leader per dataset (the copy
 * marked primary, else the voter in the region receiving most of its writes); it sends every other copy the record
 * (a witness only the message) and gets an acknowledgement back; a write received elsewhere is forwarded to the
 * leader (record + message) and answered (message). Writes arrive where the populations that write the dataset are
 * served in normal operation, in proportion to their write rates; with no such population, equally at its copies.
 */
final class ProtocolTransfer {
    private final Topology topology;
    private final TransferPrices rates;
    private final DataAccess access;
    private final PopulationRouter router;
    private final double messageBytes = Defaults.PROTOCOL_MESSAGE_BYTES;

    /** The priced lines of one dataset and the cross-region copies each write's record reaches. */
    record Result(List<CostLine> lines, double destinations, String basis) {
    }

    ProtocolTransfer(Topology topology, PopulationRouter router, TransferPrices rates) {
        this.topology = topology;
        this.rates = rates;
        this.access = DataAccess.of(topology);
        this.router = router;
    }

    static boolean applies(Dataset d) {
        return d.strategy() == WriteStrategy.TWO_PHASE_COMMIT || d.strategy() == WriteStrategy.MAJORITY_QUORUM
                || d.strategy() == WriteStrategy.COMMIT_WAIT;
    }

    Result of(Dataset d) {
        DatasetPlacement placement = DatasetPlacement.of(topology, d);
        if (placement.copies().isEmpty()) {
            return new Result(List.of(), 0, "no copies");
        }
        Map<String, Double> arrivals = arrivals(d, placement);
        Map<List<String>, Double> flows = new LinkedHashMap<>();
        double destinations = 0;
        String basis;
        if (d.strategy() == WriteStrategy.TWO_PHASE_COMMIT) {
            basis = "two-phase commit: prepare and decision to each participant, vote and acknowledgement back";
            for (Map.Entry<String, Double> a : arrivals.entrySet()) {
                Copy coordinator = nearestCopy(placement, a.getKey());
                double s = a.getValue();
                forward(flows, a.getKey(), coordinator.regionId(), s, d.recordBytes());
                for (Copy p : placement.copies()) {
                    if (p != coordinator && !p.regionId().equals(coordinator.regionId())) {
                        add(flows, coordinator.regionId(), p.regionId(), s * (d.recordBytes() + 2 * messageBytes));
                        add(flows, p.regionId(), coordinator.regionId(), s * 2 * messageBytes);
                        destinations += s;
                    }
                }
            }
        } else {
            Copy leader = leader(placement, arrivals);
            basis = "consensus: leader " + leader.componentId() + " sends every write to each other copy, which "
                    + "acknowledges it";
            arrivals.forEach((region, s) -> forward(flows, region, leader.regionId(), s, d.recordBytes()));
            for (Copy f : placement.copies()) {
                if (f != leader && !f.regionId().equals(leader.regionId())) {
                    boolean witness = f.role() == DatabaseRole.WITNESS;
                    add(flows, leader.regionId(), f.regionId(), (witness ? 0 : d.recordBytes()) + messageBytes);
                    add(flows, f.regionId(), leader.regionId(), messageBytes);
                    destinations += witness ? 0 : 1;
                }
            }
        }
        List<CostLine> lines = new ArrayList<>();
        flows.forEach((pair, bytesPerWrite) -> lines.add(line(d, pair.get(0), pair.get(1), bytesPerWrite)));
        return new Result(lines, destinations, basis);
    }

    /** Share of the dataset's writes received in each region. */
    private Map<String, Double> arrivals(Dataset d, DatasetPlacement placement) {
        Map<String, Double> byRegion = new LinkedHashMap<>();
        for (Population p : topology.populations()) {
            if (access.writes(p, d) && access.cannotWrite(p, d) == null) {
                double writes = p.requestsPerSecond() * (1 - p.readFraction());
                for (RouteWeight w : router.assign(p).shares()) {
                    byRegion.merge(w.regionId(), writes * w.share(), Double::sum);
                }
            }
        }
        double total = byRegion.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            byRegion.clear();
            placement.copies().forEach(c -> byRegion.merge(c.regionId(), 1.0 / placement.copies().size(),
                    Double::sum));
            return byRegion;
        }
        byRegion.replaceAll((region, w) -> w / total);
        return byRegion;
    }

    /** The copy marked primary, else the voter in the region that receives most writes, else the first voter. */
    private static Copy leader(DatasetPlacement placement, Map<String, Double> arrivals) {
        List<Copy> voters = placement.voters();
        return voters.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).findFirst()
                .orElseGet(() -> voters.stream().filter(c -> c.role() != DatabaseRole.WITNESS)
                        .max(Comparator.comparingDouble(c -> arrivals.getOrDefault(c.regionId(), 0.0)))
                        .orElse(voters.get(0)));
    }

    /** The copy in the region, else the nearest one (great circle), for a coordinator. */
    private Copy nearestCopy(DatasetPlacement placement, String regionId) {
        Region at = topology.region(regionId).orElseThrow();
        return placement.copies().stream().filter(c -> c.regionId().equals(regionId)).findFirst()
                .orElseGet(() -> placement.copies().stream().min(Comparator.comparingDouble(c -> Geodesy.distanceKm(
                        at.location(), topology.region(c.regionId()).orElseThrow().location()))).orElseThrow());
    }

    /** A write received away from where it commits goes there (record + message) and its answer comes back. */
    private void forward(Map<List<String>, Double> flows, String from, String to, double share, double recordBytes) {
        if (!from.equals(to)) {
            add(flows, from, to, share * (recordBytes + messageBytes));
            add(flows, to, from, share * messageBytes);
        }
    }

    private static void add(Map<List<String>, Double> flows, String from, String to, double bytesPerWrite) {
        flows.merge(List.of(from, to), bytesPerWrite, Double::sum);
    }

    private CostLine line(Dataset d, String fromId, String toId, double bytesPerWrite) {
        Region from = topology.region(fromId).orElseThrow();
        Region to = topology.region(toId).orElseThrow();
        TransferPrices.Rate rate = rates.between(from, to);
        double gb = d.writesPerSecond() * bytesPerWrite * Defaults.HOURS_PER_MONTH * ReplicationTransfer.SECONDS_PER_HOUR
                / ReplicationTransfer.BYTES_PER_GB;
        Figure monthly = Figure.of("transfer " + d.id() + " " + fromId + "→" + toId, gb * rate.perGb(), "USD/month",
                "GB per month × price per GB; GB per month = writes/s × bytes per write × 730 h × 3600 s / 1e9",
                "writes/s", d.writesPerSecond(), "bytes per write", bytesPerWrite,
                "hours per month", Defaults.HOURS_PER_MONTH, "seconds per hour", ReplicationTransfer.SECONDS_PER_HOUR,
                "GB per month", gb, "price per GB", rate.perGb());
        String description = String.format(Locale.ROOT, "%s %s %s → %s: %.0f bytes per write, %.1f GB/month at %s",
                d.id(), d.strategy().id(), fromId, toId, bytesPerWrite, gb, rate.why());
        return new CostLine(CostCategory.TRANSFER, d.id(), fromId, description, monthly);
    }
}
