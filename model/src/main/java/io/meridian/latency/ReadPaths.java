package io.meridian.latency;

import io.meridian.latency.DatasetCopies.Copy;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.ReadConsistency;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a read of one dataset is answered from serving region S, under the dataset's read consistency, and what it
 * costs. A strong read goes to the writer's leader (single-primary, home-region, majority-quorum); a commit-wait
 * follower answers locally when the commit wait covers the leader → follower trip (2ε ≥ one way: CockroachDB global
 * tables), else it first waits for safe time, one round trip to the leader (Spanner); any two-phase-commit
 * participant holds every committed write. A stale read goes to the nearest copy and is flagged unless that copy is
 * the leader, with its staleness bound.
 */
final class ReadPaths {
    /** One serving region's read: the latency and, for a stale copy, its bound (null with a note when none). */
    record Served(ServedLatency latency, boolean stale, Figure stalenessSeconds, String stalenessNote) {
    }

    private final PathMeasures measures;
    private final RegionLatencies regions;
    private final Topology topology;
    private final ReplicationTails tails;
    private final double epsilonMs;
    /**
     * The nearest data-holding copy per serving region, for the dataset asked about last: the engine asks for every
     * population of one dataset in turn, and the answer depends only on the copies and the serving region.
     */
    private final Map<String, Copy> nearestFrom = new java.util.HashMap<>();
    private DatasetCopies nearestOf;

    ReadPaths(PathMeasures measures, Topology topology, ReplicationTails tails) {
        this.measures = measures;
        this.regions = measures.regions();
        this.topology = topology;
        this.tails = tails;
        this.epsilonMs = regions.model().assumptions().commitWaitEpsilonMs();
    }

    /** The read through serving region S; {@code leader} is the writer's leader, null for 2PC and multi-primary. */
    Served served(Dataset d, DatasetCopies copies, Copy leader, String s, double share, PathLatency client) {
        if (copies != nearestOf) {
            nearestFrom.clear();
            nearestOf = copies;
        }
        Copy nearest = nearestFrom.computeIfAbsent(s, from -> nearest(copies.all(), from));
        if (d.readConsistencyOrDefault() == ReadConsistency.STALE) {
            boolean fresh = isFresh(d, copies, leader, nearest);
            String route = "served by " + s + "; " + (fresh ? "read at '" : "stale read at '") + nearest.componentId()
                    + "' in " + nearest.regionId();
            ServedLatency latency = latency(s, share, route, client, nearest, null);
            if (fresh) {
                return new Served(latency, false, null, null);
            }
            return staleness(d, copies, leader, nearest, latency);
        }
        return switch (d.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION, MAJORITY_QUORUM -> new Served(latency(s, share, "served by " + s
                    + "; strong read at leader '" + leader.componentId() + "' in " + leader.regionId(), client, leader,
                    null), false, null, null);
            case COMMIT_WAIT -> new Served(commitWaitRead(s, share, client, leader, nearest), false, null, null);
            case TWO_PHASE_COMMIT, MULTI_PRIMARY -> new Served(latency(s, share, "served by " + s + "; read at '"
                    + nearest.componentId() + "' in " + nearest.regionId() + " (every participant commits)", client,
                    nearest, null), false, null, null);
        };
    }

    // A commit-wait follower serves a strong read at once when every write reached it before its timestamp became
    // current (the 2ε wait covers the leader → follower one-way trip); else it waits for safe time: it asks the leader.
    private ServedLatency commitWaitRead(String s, double share, PathLatency client, Copy leader, Copy nearest) {
        if (nearest.componentId().equals(leader.componentId())) {
            return latency(s, share, "served by " + s + "; strong read at leader '" + leader.componentId() + "' in "
                    + leader.regionId(), client, leader, null);
        }
        double oneWay = regions.typicalRttMs(leader.regionId(), nearest.regionId()) / 2;
        if (2 * epsilonMs >= oneWay) {
            return latency(s, share, String.format(java.util.Locale.ROOT, "served by %s; strong read at follower "
                            + "'%s' in %s: the commit wait (2ε = %.1f ms) covers the leader → follower trip "
                            + "(%.1f ms one way)", s, nearest.componentId(), nearest.regionId(), 2 * epsilonMs, oneWay),
                    client, nearest, null);
        }
        return latency(s, share, "served by " + s + "; strong read at follower '" + nearest.componentId() + "' in "
                + nearest.regionId() + ", which first waits for safe time from leader '" + leader.componentId()
                + "' in " + leader.regionId(), client, nearest, leader);
    }

    /** True when a read at {@code copy} sees every committed write. */
    private static boolean isFresh(Dataset d, DatasetCopies copies, Copy leader, Copy copy) {
        return switch (d.strategy()) {
            case TWO_PHASE_COMMIT -> true;
            case MULTI_PRIMARY -> copies.all().stream().filter(c -> c.role() != DatabaseRole.WITNESS).count() == 1;
            default -> copy.componentId().equals(leader.componentId());
        };
    }

    private Served staleness(Dataset d, DatasetCopies copies, Copy leader, Copy copy, ServedLatency latency) {
        WriteStrategy strategy = d.strategy();
        if (strategy == WriteStrategy.MAJORITY_QUORUM || strategy == WriteStrategy.COMMIT_WAIT) {
            return new Served(latency, true, Figure.of("staleness bound", Defaults.FOLLOWER_READ_STALENESS_SECONDS,
                    "s", "follower read timestamp behind the present (CockroachDB follower_read_timestamp())"),
                    "follower read at '" + copy.componentId() + "' (default staleness of a follower read)");
        }
        if (!tails.evaluated()) {
            return new Served(latency, true, null, "replication lag not evaluated (evaluate the whole design)");
        }
        List<Copy> sources = strategy == WriteStrategy.MULTI_PRIMARY
                ? copies.all().stream().filter(c -> c.role() != DatabaseRole.WITNESS
                        && !c.componentId().equals(copy.componentId())).toList()
                : List.of(leader);
        Map<String, Double> inputs = new LinkedHashMap<>();
        double worst = 0;
        for (Copy source : sources) {
            Link link = topology.linksFrom(source.componentId()).stream()
                    .filter(l -> l.kind() == LinkKind.REPLICATION && l.to().equals(copy.componentId()))
                    .findFirst().orElse(null);
            if (link == null) {
                return new Served(latency, true, null, "unbounded: no replication link from '" + source.componentId()
                        + "' to '" + copy.componentId() + "', so its writes never reach the copy read");
            }
            Figure tail = tails.tailSeconds(link.id());
            if (tail == null) {
                return new Served(latency, true, null, "unbounded: link '" + link.id()
                        + "' falls behind without bound");
            }
            inputs.put("lag tail " + link.id(), tail.value());
            worst = Math.max(worst, tail.value());
        }
        return new Served(latency, true, new Figure("staleness bound", worst, "s",
                "max lag tail (p99 + burst) of the links feeding the copy read", inputs),
                "replication lag of the links into '" + copy.componentId() + "' (recovery.lags)");
    }

    /**
     * clientRtt + readRtt (S → the copy read) [+ safeTimeRtt (copy → leader)] + the service times of the entry tiers
     * and of the copy read, at the median and at p99; the floor has every hop at its floor and no service time.
     */
    private ServedLatency latency(String s, double share, String route, PathLatency client, Copy at, Copy safeTime) {
        PathMeasures.Percentile p50 = PathMeasures.Percentile.P50;
        PathMeasures.Percentile p99 = PathMeasures.Percentile.P99;
        measures.recordMeasuredHops();
        Figure typical = figure("read latency", client.typicalRttMs().value(), measures::typical, s, at, safeTime,
                measures.entryServiceMs(s, p50), measures.serviceMs(at.componentId(), p50));
        Figure floor = figure("read latency floor", client.floorRttMs().value(), measures::floor, s, at, safeTime, 0,
                0);
        Figure tail = figure("p99 read latency", PathMeasures.clientP99(client), measures::p99, s, at, safeTime,
                measures.entryServiceMs(s, p99), measures.serviceMs(at.componentId(), p99));
        return new ServedLatency(s, share, route + measures.measuredHopsNote(), typical, floor, tail);
    }

    private static Figure figure(String name, double clientRtt, PathMeasures.Rtt rtt, String s, Copy at,
                                 Copy safeTime, double entryService, double dataService) {
        double read = rtt.ms(s, at.regionId());
        double wait = safeTime == null ? 0 : rtt.ms(at.regionId(), safeTime.regionId());
        boolean floor = name.endsWith("floor");
        // The four shapes of the formula are constants: this runs per population, dataset and serving region.
        int n = 2 + (safeTime == null ? 0 : 1) + (floor ? 0 : 2);
        String[] names = new String[n];
        double[] values = new double[n];
        names[0] = "clientRtt";
        values[0] = clientRtt;
        names[1] = "readRtt";
        values[1] = read;
        int k = 2;
        if (safeTime != null) {
            names[k] = "safeTimeRtt";
            values[k++] = wait;
        }
        if (!floor) {
            names[k] = "entryService";
            values[k++] = entryService;
            names[k] = "dataService";
            values[k] = dataService;
        }
        String formula = safeTime == null ? (floor ? PLAIN_FLOOR : PLAIN) : (floor ? SAFE_TIME_FLOOR : SAFE_TIME);
        return Figure.of(name, clientRtt + read + wait + entryService + dataService, "ms", formula, names, values);
    }

    private static final String PLAIN_FLOOR = "clientRtt + readRtt";
    private static final String PLAIN = "clientRtt + readRtt + entryService + dataService";
    private static final String SAFE_TIME_FLOOR = "clientRtt + readRtt + safeTimeRtt";
    private static final String SAFE_TIME = "clientRtt + readRtt + safeTimeRtt + entryService + dataService";

    /** The data-holding copy (not a witness) with the least typical RTT from S, the first of equals. */
    private Copy nearest(List<Copy> copies, String s) {
        // A loop, not a stream: asked once per dataset and serving region, 100,000 times on a 1,000-region design.
        Copy best = null;
        double bestRtt = 0;
        for (Copy c : copies) {
            if (c.role() == DatabaseRole.WITNESS) {
                continue;
            }
            double rtt = regions.typicalRttMs(s, c.regionId());
            if (best == null || Double.compare(rtt, bestRtt) < 0) { // as Comparator.comparingDouble
                best = c;
                bestRtt = rtt;
            }
        }
        if (best == null) {
            throw new java.util.NoSuchElementException("no data-holding copy");
        }
        return best;
    }
}
