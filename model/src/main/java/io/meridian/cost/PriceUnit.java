package io.meridian.cost;

import io.meridian.model.EnumIds;

/** What one catalogue price buys: an hour, a month, a GB moved, a GB stored for a month, a million requests. */
public enum PriceUnit {
    HOUR, MONTH, GB, GB_MONTH, MILLION;

    /** The CSV spelling: {@code hour}, {@code month}, {@code gb}, {@code gb-month}, {@code million}. */
    public String id() {
        return EnumIds.id(this);
    }

    public static PriceUnit fromId(String id) {
        return EnumIds.parse(PriceUnit.class, id, "unit");
    }
}
