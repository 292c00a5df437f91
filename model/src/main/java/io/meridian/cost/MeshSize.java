package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One row of the full-mesh comparison: N regions, each writing the same amount and sending it to every other.
 *
 * @param links   N × (N − 1) directed replication links
 * @param monthly N × (N − 1) × GB written per region per month × price per GB
 */
public record MeshSize(int regions, Figure links, Figure monthly) {
    public MeshSize {
        Checks.positive(regions, "regions");
        Checks.present(links, "links");
        Checks.present(monthly, "monthly");
    }
}
