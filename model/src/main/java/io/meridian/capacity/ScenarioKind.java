package io.meridian.capacity;

/** Where a capacity scenario comes from. */
public enum ScenarioKind {
    /** Nothing failed. */
    BASELINE,
    /** One region down. */
    REGION,
    /** Every region of one provider down. */
    PROVIDER,
    /** A combination the user defined in the design. */
    USER
}
