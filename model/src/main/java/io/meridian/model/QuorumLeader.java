package io.meridian.model;

/**
 * Which voter leads a majority-quorum or commit-wait dataset's writes. FIXED: one leader for the whole dataset, the
 * voter with the primary role, else the first voter listed (CockroachDB's lease holders in the PRIMARY REGION,
 * Spanner's default leader region); a writer elsewhere pays the round trip to it. HOME_REGION: the data is
 * partitioned by home (CockroachDB REGIONAL BY ROW): each writer's rows are led by the voter in its home region.
 */
public enum QuorumLeader {
    FIXED, HOME_REGION;

    public String id() {
        return EnumIds.id(this);
    }
}
