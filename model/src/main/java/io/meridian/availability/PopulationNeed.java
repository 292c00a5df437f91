package io.meridian.availability;

import java.util.List;

/**
 * What one population needs, in the structure's indexes.
 *
 * @param servingRegions regions it may use (residency) that can serve it
 * @param normalShares   share of its traffic on each region in normal operation, indexed by region
 * @param writes         one rule per dataset it writes
 */
record PopulationNeed(String id, String name, double requestsPerSecond, double readFraction, int[] servingRegions,
                      double[] normalShares, List<WriteRule> writes, List<String> notes) {
    PopulationNeed {
        writes = List.copyOf(writes);
        notes = List.copyOf(notes);
    }

    boolean writable(boolean[] regionUp, long[] eventMasks) {
        for (WriteRule w : writes) {
            if (!w.holds(regionUp, eventMasks)) {
                return false;
            }
        }
        return true;
    }
}
