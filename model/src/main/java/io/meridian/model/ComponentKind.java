package io.meridian.model;

/** The kinds of component that can be placed in a region. */
public enum ComponentKind {
    SERVICE, DATABASE, CACHE, QUEUE, OBJECT_STORE, LOAD_BALANCER;

    public String id() {
        return EnumIds.id(this);
    }

    public static ComponentKind fromId(String id) {
        return EnumIds.parse(ComponentKind.class, id, "kind");
    }
}
