package io.meridian.consistency;

/** What a dataset does when the regions holding it cannot talk to each other. */
public enum PartitionBehaviour {
    /** The minority side (or everyone, without a majority) stops accepting writes: consistent, not available. */
    BLOCKS_WRITES,
    /** Every side keeps accepting writes and the copies merge without loss afterwards (CRDTs, commutative data). */
    DIVERGES_THEN_MERGES,
    /** Every side keeps accepting writes and last-writer-wins silently drops the losers. */
    LOSES_WRITES,
    /** Writes stay in their home region; only cross-region reads of other homes degrade. */
    PARTITIONED_BY_HOME,
    /** A single copy: unaffected by a partition between regions, down with its region. */
    SINGLE_COPY
}
