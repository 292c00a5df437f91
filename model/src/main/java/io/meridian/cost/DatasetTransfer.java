package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;
import java.util.Optional;

/**
 * What moving one dataset's writes between regions costs, and what a full mesh would cost. A mesh of N regions has
 * N(N − 1) directed links, but the bytes follow the writes: transfer grows as N² only when every added region brings
 * its own writers (the per-region write rate stays); the same total writes spread over more regions reach N − 1
 * others each, so they grow as N − 1.
 *
 * @param basis            what moves the writes: "replication links", or the commit protocol (two-phase commit,
 *                         consensus) whose messages are priced
 * @param copies           N, the dataset's copies
 * @param crossRegionLinks priced cross-region lines: replication links, or the protocol's region pairs
 * @param gbPerMonth       GB written to the dataset per month (all origins together)
 * @param destinations     cross-region copies each write's record reaches: N − 1 for a star or a mesh reaching every
 *                         copy
 * @param monthly          the design's transfer cost for this dataset (the sum of its lines)
 * @param fullMeshLinks    N × (N − 1)
 * @param fullMeshMonthly  N copies in a full mesh sharing today's writes: N(N − 1) × GB/N × price per GB
 *                         = (N − 1) × GB × price per GB
 * @param meshGrowth       a full mesh of 2, 3, … max(5, N) regions, each region bringing writers at today's per-region
 *                         rate (GB / N) and, beside it, the same total writes spread over them
 */
public record DatasetTransfer(String datasetId, String basis, int copies, int crossRegionLinks, Figure gbPerMonth,
                              Figure destinations, Figure monthly, Figure fullMeshLinks, Figure fullMeshMonthly,
                              List<MeshSize> meshGrowth) {
    public DatasetTransfer {
        Checks.id(datasetId, "datasetId");
        basis = Checks.text(basis);
        Checks.nonNegative(copies, "copies");
        Checks.nonNegative(crossRegionLinks, "crossRegionLinks");
        Checks.present(gbPerMonth, "gbPerMonth");
        Checks.present(destinations, "destinations");
        Checks.present(monthly, "monthly");
        Checks.present(fullMeshLinks, "fullMeshLinks");
        Checks.present(fullMeshMonthly, "fullMeshMonthly");
        meshGrowth = List.copyOf(meshGrowth);
    }

    /** The mesh comparison row for {@code regions}, if the comparison reaches it. */
    public Optional<MeshSize> mesh(int regions) {
        return meshGrowth.stream().filter(m -> m.regions() == regions).findFirst();
    }
}
