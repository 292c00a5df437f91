package io.meridian.templates;

import io.meridian.model.EnumIds;

/** The result panel a walkthrough step points at; each is one engine's report (or the verdict built on them). */
public enum ResultView {
    LATENCY, AVAILABILITY, RECOVERY, CAPACITY, COST, CONSISTENCY, FINDINGS, OBJECTIVES;

    /** The name in a walkthrough file: lower case, e.g. {@code capacity}. */
    public String id() {
        return EnumIds.id(this);
    }

    public static ResultView fromId(String id) {
        return EnumIds.parse(ResultView.class, id, "result");
    }
}
