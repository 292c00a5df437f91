package io.meridian.model;

/**
 * What a dataset's reads promise. STRONG: a read sees every write committed before it began, so it is served by the
 * writer's leader (or by a copy that has waited until it is known to be current). STALE: a read is served by the
 * nearest copy and may miss recent writes, the reader's own included (no read-your-writes), by up to a staleness
 * bound. Multi-primary data has only stale reads: each copy commits alone.
 */
public enum ReadConsistency {
    STRONG, STALE;

    public String id() {
        return EnumIds.id(this);
    }
}
