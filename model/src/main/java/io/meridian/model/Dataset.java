package io.meridian.model;

import java.util.List;

/**
 * What is written and how.
 *
 * @param copies            ids of the database (or cache) components that hold a copy
 * @param writesPerSecond   writes/s across all populations
 * @param recordBytes       average size of one write (bytes), for transfer cost and WAN-cut buffers
 * @param commutative       true for values whose concurrent updates commute (counters); false for balances
 * @param zoneId            residency zone the data must stay in, or null
 * @param mergeRatePerSecond operations/s merged after a partition heals (CRDT convergence)
 */
public record Dataset(String id, String name, WriteStrategy strategy, ConflictResolution conflict,
                      double writesPerSecond, double recordBytes, boolean commutative, String zoneId,
                      List<String> copies, double mergeRatePerSecond) {
    public Dataset {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(strategy, "strategy");
        Checks.present(conflict, "conflict");
        Checks.nonNegative(writesPerSecond, Limits.MAX_PER_SECOND, "writesPerSecond");
        Checks.nonNegative(recordBytes, Limits.MAX_RECORD_BYTES, "recordBytes");
        if (zoneId != null) {
            Checks.id(zoneId, "zone");
        }
        copies = List.copyOf(Checks.present(copies, "copies"));
        for (int i = 0; i < copies.size(); i++) {
            Checks.id(copies.get(i), "copies[" + i + "]");
        }
        Checks.unique(copies, "copies");
        Checks.nonNegative(mergeRatePerSecond, Limits.MAX_PER_SECOND, "mergeRatePerSecond");
    }

    public Dataset withStrategy(WriteStrategy value) {
        return new Dataset(id, name, value, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond);
    }

    public Dataset withWritesPerSecond(double value) {
        return new Dataset(id, name, strategy, conflict, value, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond);
    }
}
