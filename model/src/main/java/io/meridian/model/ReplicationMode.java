package io.meridian.model;

/** How a replication link acknowledges writes. CDC carries changes through a queue (e.g. Debezium → Kafka). */
public enum ReplicationMode {
    SYNC, SEMI_SYNC, ASYNC, QUORUM_MEMBER, CDC;

    public String id() {
        return EnumIds.id(this);
    }

    /** True when the writer waits for this copy before acknowledging. */
    public boolean blocksCommit() {
        return this == SYNC || this == SEMI_SYNC;
    }

    /** True when an acknowledged write is already on the target: sync, semi-sync, quorum member. */
    public boolean losesNothing() {
        return this == SYNC || this == SEMI_SYNC || this == QUORUM_MEMBER;
    }
}
