package io.meridian.model;

/** The part a database node plays for the datasets it holds. */
public enum DatabaseRole {
    PRIMARY, REPLICA, VOTER, WITNESS;

    public String id() {
        return EnumIds.id(this);
    }
}
