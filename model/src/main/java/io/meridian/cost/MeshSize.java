package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One row of the full-mesh comparison at N regions, every region sending to every other. Whether that grows as N²
 * depends on the writes, not on the links: when each new region brings its own writers (the per-region write rate
 * stays), the bytes grow as N(N − 1); when the same total writes are spread over more regions, each write still goes
 * to the N − 1 others and the bytes grow as N − 1.
 *
 * @param links           N × (N − 1) directed replication links
 * @param monthly         each region bringing writers: N × (N − 1) × GB written per region per month × price per GB
 * @param sameTotalWrites the dataset's writes as they are, spread over N regions: (N − 1) × GB written × price per GB
 */
public record MeshSize(int regions, Figure links, Figure monthly, Figure sameTotalWrites) {
    public MeshSize {
        Checks.positive(regions, "regions");
        Checks.present(links, "links");
        Checks.present(monthly, "monthly");
        Checks.present(sameTotalWrites, "sameTotalWrites");
    }
}
