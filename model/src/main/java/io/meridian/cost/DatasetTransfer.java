package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;
import java.util.Optional;

/**
 * What replicating one dataset between regions costs, and what a full mesh would cost: a mesh of N regions, each
 * writing its share, has N(N−1) directed links, so transfer grows as N² when every added region brings its writes.
 *
 * @param copies           N, the dataset's copies
 * @param crossRegionLinks replication links that carry the dataset's writes between regions
 * @param gbPerMonth       GB written to the dataset per month (all origins together)
 * @param destinations     cross-region hops each write travels: N − 1 for a star or a mesh reaching every copy
 * @param monthly          the design's transfer cost for this dataset: GB × price per GB × destinations
 * @param fullMeshLinks    N × (N − 1)
 * @param fullMeshMonthly  N copies in a full mesh, each writing 1/N of today's writes: N(N−1) × GB/N × price per GB
 * @param meshGrowth       the same per-region write rate (GB / N) in a full mesh of 2, 3, … max(5, N) regions
 */
public record DatasetTransfer(String datasetId, int copies, int crossRegionLinks, Figure gbPerMonth,
                              Figure destinations, Figure monthly, Figure fullMeshLinks, Figure fullMeshMonthly,
                              List<MeshSize> meshGrowth) {
    public DatasetTransfer {
        Checks.id(datasetId, "datasetId");
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
