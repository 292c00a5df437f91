package io.meridian.model;

/** How clients are steered to a region. */
public enum RoutingKind {
    GEO_DNS, LATENCY_DNS, WEIGHTED_DNS, ANYCAST;

    public String id() {
        return EnumIds.id(this);
    }

    public boolean isDns() {
        return this != ANYCAST;
    }
}
