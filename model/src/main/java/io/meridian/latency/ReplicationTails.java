package io.meridian.latency;

import io.meridian.model.Figure;

/**
 * How far a replication link's target can trail its source, as the recovery engine works it out (its lag tail:
 * p99 plus a write burst's extra lag). The latency engine bounds the staleness of a replica read with it.
 */
public interface ReplicationTails {
    /** Used when the recovery engine has not run: replica reads are flagged with no bound. */
    ReplicationTails NOT_EVALUATED = new ReplicationTails() {
        @Override
        public boolean evaluated() {
            return false;
        }

        @Override
        public Figure tailSeconds(String linkId) {
            return null;
        }
    };

    /** False when no lag was worked out (a latency evaluation on its own). */
    default boolean evaluated() {
        return true;
    }

    /** The link's lag tail in seconds; null when the target falls behind without bound. */
    Figure tailSeconds(String linkId);
}
