package io.meridian.model;

/** Who runs a region. A provider-wide event takes down all of its regions at once. */
public enum Provider {
    AWS, GCP, AZURE, ONPREM, OTHER;

    public String id() {
        return EnumIds.id(this);
    }

    public static Provider fromId(String id) {
        return EnumIds.parse(Provider.class, id, "provider");
    }
}
