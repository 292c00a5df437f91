package io.meridian.model;

/**
 * Where a dataset's writes commit.
 * SINGLE_PRIMARY: at the one primary copy. HOME_REGION: at the writing population's home region.
 * MULTI_PRIMARY: at the nearest copy, conflicts resolved later. MAJORITY_QUORUM: a Raft/Paxos majority of voters.
 * TWO_PHASE_COMMIT: every copy votes, then commits. COMMIT_WAIT: quorum plus waiting out the clock uncertainty (TrueTime).
 */
public enum WriteStrategy {
    SINGLE_PRIMARY, HOME_REGION, MULTI_PRIMARY, MAJORITY_QUORUM, TWO_PHASE_COMMIT, COMMIT_WAIT;

    public String id() {
        return EnumIds.id(this);
    }
}
