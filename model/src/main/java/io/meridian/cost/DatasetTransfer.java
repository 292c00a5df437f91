package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * What replicating one dataset between regions costs, and what a full mesh of its copies would cost: a mesh of N
 * copies has N(N−1) directed links, so transfer grows as N².
 *
 * @param copies           N, the dataset's copies
 * @param crossRegionLinks replication links of the design between copies in different regions
 * @param gbPerMonth       bytes replicated per destination per month
 * @param monthly          the design's transfer cost for this dataset (sum of its link lines)
 * @param fullMeshLinks    N × (N − 1)
 * @param fullMeshMonthly  N × (N − 1) × GB per month × the within-provider price per GB
 */
public record DatasetTransfer(String datasetId, int copies, int crossRegionLinks, Figure gbPerMonth, Figure monthly,
                              Figure fullMeshLinks, Figure fullMeshMonthly) {
    public DatasetTransfer {
        Checks.id(datasetId, "datasetId");
        Checks.nonNegative(copies, "copies");
        Checks.nonNegative(crossRegionLinks, "crossRegionLinks");
        Checks.present(gbPerMonth, "gbPerMonth");
        Checks.present(monthly, "monthly");
        Checks.present(fullMeshLinks, "fullMeshLinks");
        Checks.present(fullMeshMonthly, "fullMeshMonthly");
    }
}
