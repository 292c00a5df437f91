package io.meridian.model;

/**
 * What a service tier does with more requests than its instances carry.
 *
 * <p>{@link #SHED}: admission control rejects the excess early and serves capacity / offered of the requests (goodput
 * plateaus near capacity). {@link #COLLAPSE}: no admission control; queues grow, clients time out and retry, goodput
 * falls to nothing and stays there until the load is cut (a metastable failure), so the region serves nobody and
 * its load moves on, where it may overload the next region (a cascade). Sources in {@link Defaults#OVERLOAD_BEHAVIOUR}.
 */
public enum OverloadBehaviour {
    SHED, COLLAPSE;

    public String id() {
        return EnumIds.id(this);
    }
}
