package io.meridian.model;

/**
 * DEPENDENCY: a component needs another (from → to). REPLICATION: data flows from → to.
 * NETWORK: a measured or contracted path between two regions that overrides the estimated RTT.
 */
public enum LinkKind {
    DEPENDENCY, REPLICATION, NETWORK;

    public String id() {
        return EnumIds.id(this);
    }
}
