package io.meridian.model;

/** How concurrent writes to the same record in different places are reconciled. */
public enum ConflictResolution {
    NONE, LWW, VECTOR_CLOCK, CRDT, APPLICATION_MERGE;

    public String id() {
        return EnumIds.id(this);
    }
}
