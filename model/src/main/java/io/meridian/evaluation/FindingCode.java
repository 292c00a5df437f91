package io.meridian.evaluation;

/** Stable codes of the design rules; scripts and reports key on them, so never rename one. */
public enum FindingCode {
    RESIDENCY_VIOLATION,
    SPLIT_BRAIN_RISK,
    N_MINUS_1_OVERLOAD,
    REPLICATION_BACKLOG,
    CONFLICT_UNSAFE_WRITES,
    SINGLE_POINT_OF_FAILURE,
    DNS_TTL_EXCEEDS_RTO,
    SYNC_ACK_BLOCKS_ON_REGION_LOSS,
    /** A population writes a dataset with no copy in a region its residency zone permits: it cannot write it. */
    WRITE_WITHOUT_PERMITTED_COPY,
    /**
     * A component no request path needs (no entry reaches it over dependencies), holding no dataset copy and
     * carrying no replication: its failures count nowhere in availability.
     */
    COMPONENT_OFF_REQUEST_PATH,
    /**
     * A copy that accepts writes under its dataset's strategy has no replication path to some other copy: its writes
     * never reach that copy (and when they reach no other region, its RPO is unbounded).
     */
    WRITES_NEVER_REPLICATED,
    /**
     * With every region up, some region's load is more than its service tier can serve: it collapses or sheds
     * requests in normal operation, before anything fails (availability counts a collapsed region down in every
     * state).
     */
    NORMAL_OPERATION_OVERLOAD
}
