package io.meridian.model;

/**
 * Who decides to promote a copy when a dataset's leader is lost. Automatic promotion (Patroni, RDS, Aurora) is fast
 * but, without a majority to arbitrate, can promote while the old leader is only cut off (split brain); manual
 * promotion waits for an operator's decision and is safe from that.
 */
public enum PromotionMode {
    AUTOMATIC, MANUAL;

    public String id() {
        return EnumIds.id(this);
    }
}
