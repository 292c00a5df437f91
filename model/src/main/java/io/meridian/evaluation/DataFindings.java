package io.meridian.evaluation;

import io.meridian.consistency.DatasetConsistency;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.placement.DataAccess;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.ReplicationReach;
import io.meridian.recovery.ReplicationLag;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules about where data lives and how it is written: residency, conflicts, split brain, backlog, sync acks. */
final class DataFindings {
    private DataFindings() {
    }

    static void residency(Topology t, List<Finding> out) {
        for (Dataset d : t.datasets()) {
            if (d.zoneId() == null) {
                continue;
            }
            ResidencyZone zone = t.zone(d.zoneId()).orElseThrow();
            Set<String> reported = new LinkedHashSet<>();
            for (String copy : d.copies()) {
                String region = regionOf(t, copy);
                if (!zone.permits(region) && reported.add(copy)) {
                    out.add(violation(d, zone, copy, region, "holds a copy"));
                }
            }
            for (Link l : t.links()) {
                if (l.kind() == LinkKind.REPLICATION && d.copies().contains(l.from())) {
                    String region = regionOf(t, l.to());
                    if (!zone.permits(region) && reported.add(l.to())) {
                        out.add(violation(d, zone, l.to(), region, "receives its replication (link " + l.id() + ")"));
                    }
                }
            }
        }
        for (Population p : t.populations()) {
            if (p.zoneId() != null && p.homeRegionId() != null
                    && !t.zone(p.zoneId()).orElseThrow().permits(p.homeRegionId())) {
                out.add(new Finding(FindingCode.RESIDENCY_VIOLATION, Severity.ERROR,
                        List.of(p.id(), p.homeRegionId(), p.zoneId()),
                        "Population '" + p.name() + "' is homed outside its residency zone",
                        "'" + p.name() + "' must stay in zone '" + p.zoneId() + "' but its home region '"
                                + p.homeRegionId() + "' is outside it; Meridian routes it only to permitted regions.",
                        "Home the population in a region of zone '" + p.zoneId() + "'."));
            }
        }
    }

    /**
     * Who reads and writes what ({@link DataAccess}): a population that writes a dataset with no copy its zone
     * permits cannot write it (an error); a population that reads a zoned dataset but may be served outside that
     * zone takes the zone's rows out of it in every response handled there (a residency violation).
     */
    static void access(Topology t, PopulationRouter router, List<Finding> out) {
        DataAccess access = DataAccess.of(t);
        for (Population p : t.populations()) {
            for (Dataset d : access.writes(p)) {
                String why = access.cannotWrite(p, d);
                if (why != null) {
                    out.add(new Finding(FindingCode.WRITE_WITHOUT_PERMITTED_COPY, Severity.ERROR,
                            List.of(p.id(), d.id(), p.zoneId()),
                            "Population '" + p.name() + "' cannot write '" + d.name() + "'",
                            "'" + p.name() + "' may only be served in residency zone '" + p.zoneId() + "' "
                                    + t.zone(p.zoneId()).orElseThrow().regionIds() + ", but every copy of '"
                                    + d.name() + "' lives outside it: its writes to it fail in every state (write "
                                    + "availability 0, no write latency).",
                            "Place a copy of '" + d.name() + "' inside zone '" + p.zoneId() + "' (a home copy for "
                                    + "these users), or stop listing it in the population's writes."));
                }
            }
            for (Dataset d : access.reads(p)) {
                if (d.zoneId() == null || d.zoneId().equals(p.zoneId())) {
                    continue;
                }
                ResidencyZone zone = t.zone(d.zoneId()).orElseThrow();
                List<String> outside = router.permittedRegions(p).stream().filter(r -> !zone.permits(r)).toList();
                if (!outside.isEmpty()) {
                    out.add(new Finding(FindingCode.RESIDENCY_VIOLATION, Severity.ERROR,
                            List.of(p.id(), d.id(), zone.id()),
                            "Population '" + p.name() + "' reads '" + d.name() + "' outside its zone",
                            "'" + p.name() + "' reads '" + d.name() + "', which must stay in " + zone.regionIds()
                                    + ", but may be served from " + outside + ": each response handled there takes "
                                    + "the zone's rows out of it.",
                            "Put the population in zone '" + zone.id() + "' so it is served only there (remote "
                                    + "access, the rows never leave), or stop listing '" + d.id()
                                    + "' in its reads."));
                }
            }
        }
    }

    private static Finding violation(Dataset d, ResidencyZone zone, String componentId, String region, String how) {
        return new Finding(FindingCode.RESIDENCY_VIOLATION, Severity.ERROR, List.of(d.id(), componentId, zone.id()),
                "Dataset '" + d.name() + "' leaves residency zone '" + zone.name() + "'",
                "'" + componentId + "' in region '" + region + "' " + how + " of '" + d.name()
                        + "', which must stay in " + zone.regionIds() + ".",
                "Move '" + componentId + "' into the zone or stop replicating '" + d.name() + "' to it "
                        + "(shard by residency instead).");
    }

    static void conflicts(Topology t, List<DatasetConsistency> consistency, List<Finding> out) {
        for (Dataset d : t.datasets()) {
            boolean lossy = d.strategy() == WriteStrategy.MULTI_PRIMARY && !d.commutative()
                    && (d.conflict() == ConflictResolution.LWW || d.conflict() == ConflictResolution.NONE);
            boolean doubleSpend = consistency.stream()
                    .anyMatch(c -> c.datasetId().equals(d.id()) && c.doubleSpendRisk());
            if (lossy || doubleSpend) {
                out.add(new Finding(FindingCode.CONFLICT_UNSAFE_WRITES, Severity.ERROR, List.of(d.id()),
                        "Concurrent writes to '" + d.name() + "' can be lost or double-spent",
                        "'" + d.name() + "' accepts writes in several regions ("
                                + enumId(d.strategy()) + ", conflicts resolved by " + enumId(d.conflict())
                                + ") but its values do not commute: two regions can both accept a conflicting "
                                + "update and one is silently dropped.",
                        "Route each key's writes to one home region (single-writer partition), use a majority "
                                + "quorum, or model the value as a CRDT (commutative operations)."));
            }
        }
    }

    static void splitBrain(List<DatasetConsistency> consistency, List<Finding> out) {
        for (DatasetConsistency c : consistency) {
            if (c.splitBrainRisk()) {
                out.add(new Finding(FindingCode.SPLIT_BRAIN_RISK, Severity.WARNING, List.of(c.datasetId()),
                        "Automatic failover of '" + c.name() + "' can create two primaries",
                        c.explanation(),
                        "Add a third region or a witness so promotion needs a majority, or promote by hand."));
            }
        }
    }

    static void backlog(Topology t, List<ReplicationLag> lags, List<Finding> out) {
        for (ReplicationLag lag : lags) {
            if (!lag.unbounded()) {
                continue;
            }
            double load = lag.writeLoad().value();
            String fix = "Raise the apply rate above " + fmt(load) + " writes/s";
            Component target = t.component(lag.toComponentId()).orElse(null);
            if (target != null && target.spec() instanceof ComponentSpec.Database db && db.applyRatePerWorker() > 0) {
                int workers = (int) Math.ceil(load / db.applyRatePerWorker());
                fix += String.format(Locale.ROOT, ": at %s writes/s per worker that takes %d parallel apply workers",
                        fmt(db.applyRatePerWorker()), workers);
            }
            out.add(new Finding(FindingCode.REPLICATION_BACKLOG, Severity.ERROR,
                    List.of(lag.linkId(), lag.toComponentId()),
                    "Replica '" + lag.toComponentId() + "' falls behind without bound",
                    String.format(Locale.ROOT, "%s writes/s arrive but only %s writes/s are applied: the backlog grows "
                                    + "by %s writes/s (%s after an hour), so the RPO grows forever.", fmt(load),
                            lag.applyCapacity() == null ? "?" : fmt(lag.applyCapacity().value()),
                            fmt(lag.backlogGrowthPerSecond().value()), fmt(lag.backlogAfterOneHour().value())),
                    fix + "."));
        }
    }

    /**
     * Writable copies whose writes never reach some other copy (JGraphT reachability over the replication links):
     * every other copy for single-primary and multi-primary data (all copies hold all of it); for home-region data,
     * flagged only when no copy outside the leader's region is reached (its rows live nowhere else).
     */
    static void neverReplicated(Topology t, List<Finding> out) {
        for (Dataset d : t.datasets()) {
            DatasetPlacement p = DatasetPlacement.of(t, d);
            ReplicationReach reach = ReplicationReach.of(p);
            for (DatasetPlacement.Copy c : p.writableCopies()) {
                boolean stranded = !reach.leavesItsRegion(c.componentId())
                        && p.regions().stream().anyMatch(r -> !r.equals(c.regionId()));
                // Home-region data is partitioned by home: another home's leader need not hold these rows, but
                // some copy outside the region must, or the region's loss loses them.
                List<String> missed = d.strategy() == WriteStrategy.HOME_REGION && !stranded ? List.of()
                        : reach.neverReachedFrom(c.componentId()).stream()
                        .filter(id -> d.strategy() != WriteStrategy.HOME_REGION
                                || !p.regionOf(id).equals(c.regionId())).toList();
                if (missed.isEmpty()) {
                    continue;
                }
                List<String> ids = new ArrayList<>(List.of(d.id(), c.componentId()));
                ids.addAll(missed);
                out.add(new Finding(FindingCode.WRITES_NEVER_REPLICATED, Severity.ERROR, ids,
                        "Writes taken at '" + c.componentId() + "' never reach " + quoted(missed),
                        "'" + d.name() + "' is " + enumId(d.strategy()) + ": '" + c.componentId() + "' in "
                                + c.regionId() + " accepts writes, but no chain of replication links leads from it to "
                                + quoted(missed) + ", so those copies never see them"
                                + (stranded ? "; none leaves " + c.regionId() + ", so its RPO is unbounded." : "."),
                        "Add a replication link from '" + c.componentId() + "' (or from a copy it feeds) to "
                                + quoted(missed) + ", or stop taking writes there."));
            }
        }
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    static void syncAcks(Topology t, List<Finding> out) {
        for (Link l : t.links()) {
            // Semi-sync is left out: after its acknowledgement timeout the writer commits alone (see the RPO).
            if (l.kind() == LinkKind.REPLICATION && l.blocksWritesWhenTargetDown()) {
                String from = regionOf(t, l.from());
                String to = regionOf(t, l.to());
                if (!from.equals(to)) {
                    out.add(new Finding(FindingCode.SYNC_ACK_BLOCKS_ON_REGION_LOSS, Severity.WARNING,
                            List.of(l.id(), l.from(), l.to()),
                            "Writes on '" + l.from() + "' stop when '" + to + "' is lost",
                            "Every commit on '" + l.from() + "' (" + from + ") waits for the " + enumId(l.mode())
                                    + " acknowledgement of '" + l.to() + "' in " + to
                                    + "; while that region is down or cut off, no write completes.",
                            "Acknowledge from a majority of three or more copies, or fall back to asynchronous "
                                    + "replication after a timeout."));
                }
            }
        }
        for (Dataset d : t.datasets()) {
            if (d.strategy() == WriteStrategy.TWO_PHASE_COMMIT) {
                Set<String> regions = new LinkedHashSet<>();
                d.copies().forEach(c -> regions.add(regionOf(t, c)));
                if (regions.size() > 1) {
                    List<String> ids = new ArrayList<>(List.of(d.id()));
                    ids.addAll(d.copies());
                    out.add(new Finding(FindingCode.SYNC_ACK_BLOCKS_ON_REGION_LOSS, Severity.WARNING, ids,
                            "Two-phase commit on '" + d.name() + "' blocks when any participant region is lost",
                            "Every transaction needs a yes from all " + d.copies().size() + " participants in "
                                    + regions + "; losing any one region blocks commits (and a lost coordinator "
                                    + "leaves participants holding locks).",
                            "Use sagas with compensation, or a consensus-replicated log per partition."));
                }
            }
        }
    }

    static String regionOf(Topology t, String componentId) {
        return t.component(componentId).map(Component::regionId).orElse(componentId);
    }

    static String enumId(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%,.1f", v);
    }
}
