package io.meridian.availability;

/**
 * Something that is up exactly when, for each i, region {@code regions[i]} is up and its event {@code events[i]}
 * holds (an event: a set of that region's pools all up). A serving chain or a dataset copy's chain, split by
 * region so that each region's part is one of its block's events.
 */
record Requirement(int[] regions, int[] events) {
    boolean holds(boolean[] regionUp, long[] eventMasks) {
        for (int i = 0; i < regions.length; i++) {
            int r = regions[i];
            if (!regionUp[r] || (eventMasks[r] & (1L << events[i])) == 0) {
                return false;
            }
        }
        return true;
    }
}
