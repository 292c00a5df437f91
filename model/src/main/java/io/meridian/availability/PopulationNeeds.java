package io.meridian.availability;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Population;
import io.meridian.model.RouteWeight;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.DataAccess;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.List;

/**
 * What each population needs: the regions it may use that can serve it (residency decides, via
 * {@link PopulationRouter#permittedRegions}), its normal traffic shares, and a write rule for each dataset it writes
 * ({@link DataAccess}, the relation the latency engine uses too). A design without populations gets the pseudo
 * population {@link AvailabilityReport#ALL}: every serving region, equal shares, every dataset.
 */
final class PopulationNeeds {
    /** Read share assumed for the pseudo population, as the file reader's default. */
    static final double PSEUDO_READ_FRACTION = 0.9;

    private final FailureStructure s;
    private final PopulationRouter router;
    private final DataAccess access;
    /** Per dataset, computed once: every population that writes it asks. */
    private final java.util.Map<String, DatasetPlacement> placements = new java.util.HashMap<>();
    /** Per dataset and leader, computed once: the populations writing to one leader share its rule object. */
    private final java.util.Map<String, WriteRule> byLeader = new java.util.HashMap<>();

    PopulationNeeds(FailureStructure structure) {
        this.s = structure;
        this.router = structure.router;
        this.access = DataAccess.of(structure.topology);
    }

    List<PopulationNeed> build() {
        List<PopulationNeed> out = new ArrayList<>();
        for (Population p : s.topology.populations()) {
            int[] serving = router.permittedRegions(p).stream().mapToInt(s::regionIndex)
                    .filter(r -> s.serve[r] != null).toArray();
            double[] shares = new double[s.regions.size()];
            List<RouteWeight> normal = router.assign(p).shares();
            for (RouteWeight w : normal) {
                shares[s.regionIndex(w.regionId())] = w.share();
            }
            List<String> notes = new ArrayList<>();
            if (serving.length == 0) {
                notes.add(p.zoneId() == null ? "no region can serve it (none runs a service)"
                        : "no region residency zone '" + p.zoneId() + "' permits can serve it");
            }
            out.add(new PopulationNeed(p.id(), p.name(), p.requestsPerSecond(), p.readFraction(), serving, shares,
                    rules(access.writes(p), p, normal, notes), notes));
        }
        if (out.isEmpty()) {
            int[] serving = java.util.stream.IntStream.range(0, s.regions.size()).filter(r -> s.serve[r] != null)
                    .toArray();
            double[] shares = new double[s.regions.size()];
            for (int r : serving) {
                shares[r] = 1.0 / serving.length;
            }
            List<String> notes = new ArrayList<>();
            notes.add("the design has no populations: every region serves, traffic spread evenly, every dataset "
                    + "written, reads " + (int) (100 * PSEUDO_READ_FRACTION) + "%");
            List<RouteWeight> even = java.util.Arrays.stream(serving)
                    .mapToObj(r -> new RouteWeight(s.regions.get(r).id(), 1.0 / serving.length)).toList();
            out.add(new PopulationNeed(AvailabilityReport.ALL, "All users", 0, PSEUDO_READ_FRACTION, serving, shares,
                    rules(s.topology.datasets(), null, even, notes), notes));
        }
        return out;
    }

    private List<WriteRule> rules(List<Dataset> datasets, Population p, List<RouteWeight> shares,
                                  List<String> notes) {
        List<WriteRule> out = new ArrayList<>();
        for (Dataset d : datasets) {
            if (d.copies().isEmpty()) {
                notes.add("dataset '" + d.id() + "' has no copies: its writes are not modelled");
                continue;
            }
            String cannot = p == null ? null : access.cannotWrite(p, d);
            if (cannot != null) {
                notes.add(cannot + ": its writes never succeed");
                out.add(WriteRule.kOfN(d.id(), "no copy it may write to (residency)", List.of(), 1, false));
                continue;
            }
            out.add(rule(placements.computeIfAbsent(d.id(), id -> DatasetPlacement.of(s.topology, d)), p, shares));
        }
        return out;
    }

    private WriteRule rule(DatasetPlacement placement, Population p, List<RouteWeight> shares) {
        Dataset d = placement.dataset();
        List<DatasetPlacement.Copy> copies = placement.copies();
        return switch (d.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION -> leaderRule(placement, placement.leaderFor(
                    p == null ? null : p.homeRegionId(), shares).orElseThrow());
            case MULTI_PRIMARY -> {
                List<Requirement> dataCopies = copies.stream().filter(c -> c.role() != DatabaseRole.WITNESS)
                        .map(c -> s.requireChain(c.componentId())).toList();
                yield WriteRule.kOfN(d.id(), "any copy takes writes", dataCopies, 1, false);
            }
            case MAJORITY_QUORUM, COMMIT_WAIT -> {
                List<Requirement> voters = placement.voters().stream().map(c -> s.requireChain(c.componentId()))
                        .toList();
                yield WriteRule.kOfN(d.id(), "a majority of " + voters.size() + " voters", voters,
                        voters.size() / 2 + 1, true);
            }
            case TWO_PHASE_COMMIT -> WriteRule.kOfN(d.id(), "every copy votes", copies.stream()
                    .map(c -> s.requireChain(c.componentId())).toList(), copies.size(), false);
        };
    }

    /**
     * The leader this population writes to (the placement's {@code leaderFor}, as the latency engine times it) and
     * the copies that may replace it, in the dataset's promotion order, each with the synchronous acknowledgements
     * its commits wait for. A manual promotion changes how long writes wait, not whether they come back, so it
     * counts here like an automatic one (the wait is the recovery engine's promotion time).
     */
    private WriteRule leaderRule(DatasetPlacement placement, DatasetPlacement.Copy leader) {
        String key = placement.dataset().id() + "|" + leader.componentId();
        WriteRule known = byLeader.get(key);
        if (known != null) {
            return known;
        }
        List<DatasetPlacement.Copy> line = new ArrayList<>();
        line.add(leader);
        line.addAll(placement.promotionOrder(leader));
        List<String> scope = new ArrayList<>();
        List<WriteRule.Candidate> succession = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (DatasetPlacement.Copy c : line) {
            List<String> acks = placement.blockingAcks(c.componentId(), replaced);
            int[] ackIndexes = acks.stream().mapToInt(a -> indexOf(scope, a)).toArray();
            succession.add(new WriteRule.Candidate(indexOf(scope, c.componentId()), ackIndexes));
            words.add("'" + c.componentId() + "'" + (acks.isEmpty() ? "" : " with sync acks from "
                    + String.join(", ", acks.stream().map(a -> "'" + a + "'").toList())));
            replaced.add(c.componentId());
        }
        List<Requirement> copies = scope.stream().map(s::requireChain).toList();
        String mode = placement.manualPromotion() ? "manual" : "automatic";
        String how = words.size() == 1 ? "leader " + words.get(0) + " only: no copy may be promoted"
                : "leader " + words.get(0) + ", else after " + mode + " promotion the first up of "
                + String.join(", ", words.subList(1, words.size()));
        WriteRule rule = new WriteRule(placement.dataset().id(), how, copies, 1, succession, false);
        byLeader.put(key, rule);
        return rule;
    }

    private static int indexOf(List<String> scope, String componentId) {
        int at = scope.indexOf(componentId);
        if (at < 0) {
            scope.add(componentId);
            at = scope.size() - 1;
        }
        return at;
    }
}
