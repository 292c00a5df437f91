package io.meridian.availability;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Population;
import io.meridian.model.RouteWeight;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.Takeover;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each population needs: the regions it may use that can serve it (residency decides, via
 * {@link PopulationRouter#permittedRegions}), its normal traffic shares, and a write rule for each dataset it writes
 * (datasets of its residency zone and datasets without one). A design without populations gets the pseudo
 * population {@link AvailabilityReport#ALL}: every serving region, equal shares, every dataset.
 */
final class PopulationNeeds {
    /** Read share assumed for the pseudo population, as the file reader's default. */
    static final double PSEUDO_READ_FRACTION = 0.9;

    private final FailureStructure s;
    private final PopulationRouter router;
    /** Per dataset, computed once: every population that writes it asks. */
    private final java.util.Map<String, DatasetPlacement> placements = new java.util.HashMap<>();
    private final java.util.Map<String, WriteRule> singleLeader = new java.util.HashMap<>();

    PopulationNeeds(FailureStructure structure) {
        this.s = structure;
        this.router = new PopulationRouter(structure.topology);
    }

    List<PopulationNeed> build() {
        List<PopulationNeed> out = new ArrayList<>();
        for (Population p : s.topology.populations()) {
            int[] serving = router.permittedRegions(p).stream().mapToInt(s::regionIndex)
                    .filter(r -> s.serve[r] != null).toArray();
            double[] shares = new double[s.regions.size()];
            for (RouteWeight w : router.assign(p).shares()) {
                shares[s.regionIndex(w.regionId())] = w.share();
            }
            List<String> notes = new ArrayList<>();
            if (serving.length == 0) {
                notes.add(p.zoneId() == null ? "no region can serve it (none runs a service)"
                        : "no region residency zone '" + p.zoneId() + "' permits can serve it");
            }
            List<Dataset> written = s.topology.datasets().stream()
                    .filter(d -> d.zoneId() == null || d.zoneId().equals(p.zoneId())).toList();
            out.add(new PopulationNeed(p.id(), p.name(), p.requestsPerSecond(), p.readFraction(), serving, shares,
                    rules(written, p, shares, notes), notes));
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
            out.add(new PopulationNeed(AvailabilityReport.ALL, "All users", 0, PSEUDO_READ_FRACTION, serving, shares,
                    rules(s.topology.datasets(), null, shares, notes), notes));
        }
        return out;
    }

    private List<WriteRule> rules(List<Dataset> datasets, Population p, double[] shares, List<String> notes) {
        List<WriteRule> out = new ArrayList<>();
        for (Dataset d : datasets) {
            if (d.copies().isEmpty()) {
                notes.add("dataset '" + d.id() + "' has no copies: its writes are not modelled");
                continue;
            }
            out.add(rule(placements.computeIfAbsent(d.id(), id -> DatasetPlacement.of(s.topology, d)), p, shares));
        }
        return out;
    }

    private WriteRule rule(DatasetPlacement placement, Population p, double[] shares) {
        Dataset d = placement.dataset();
        List<DatasetPlacement.Copy> copies = placement.copies();
        return switch (d.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION -> leaderRule(placement, p, shares);
            case MULTI_PRIMARY -> {
                List<Requirement> dataCopies = copies.stream().filter(c -> c.role() != DatabaseRole.WITNESS)
                        .map(c -> s.requireChain(c.componentId())).toList();
                yield new WriteRule(d.id(), "any copy takes writes", dataCopies, 1, false, false);
            }
            case MAJORITY_QUORUM, COMMIT_WAIT -> {
                List<Requirement> voters = placement.voters().stream().map(c -> s.requireChain(c.componentId()))
                        .toList();
                yield new WriteRule(d.id(), "a majority of " + voters.size() + " voters", voters,
                        voters.size() / 2 + 1, false, true);
            }
            case TWO_PHASE_COMMIT -> new WriteRule(d.id(), "every copy votes", copies.stream()
                    .map(c -> s.requireChain(c.componentId())).toList(), copies.size(), false, false);
        };
    }

    /**
     * The leader this population writes to (home region: the primary in its home region, else in the region that
     * serves it, else the first) and the copy promoted when the leader's region fails, as the recovery engine picks
     * it. Every design is taken to promote automatically, in the promoted copy's promoteSeconds.
     */
    private WriteRule leaderRule(DatasetPlacement placement, Population p, double[] shares) {
        List<DatasetPlacement.Copy> leaders = placement.leaders();
        if (leaders.size() == 1) {
            // One leader: the same rule for every population that writes the dataset.
            return singleLeader.computeIfAbsent(placement.dataset().id(), id -> leaderRule(placement, leaders.get(0)));
        }
        DatasetPlacement.Copy leader = leaders.get(0);
        if (leaders.size() > 1) {
            String home = p == null ? null : p.homeRegionId();
            Optional<DatasetPlacement.Copy> at = leaders.stream().filter(c -> c.regionId().equals(home)).findFirst();
            if (at.isEmpty()) {
                at = leaders.stream().max(java.util.Comparator.comparingDouble(
                        c -> shares[s.regionIndex(c.regionId())]));
            }
            leader = at.orElse(leader);
        }
        return leaderRule(placement, leader);
    }

    private WriteRule leaderRule(DatasetPlacement placement, DatasetPlacement.Copy leader) {
        String leaderId = leader.componentId();
        Optional<String> successor = placement.takeovers().stream()
                .filter(t -> t.leaderComponentId().equals(leaderId)).map(Takeover::successorComponentId)
                .filter(Objects::nonNull).findFirst();
        List<Requirement> copies = new ArrayList<>();
        copies.add(s.requireChain(leaderId));
        successor.ifPresent(id -> copies.add(s.requireChain(id)));
        String how = successor.map(id -> "leader '" + leaderId + "', or '" + id + "' after automatic promotion")
                .orElse("leader '" + leaderId + "' only: no copy in another region to promote");
        return new WriteRule(placement.dataset().id(), how, copies, 1, true, false);
    }
}
