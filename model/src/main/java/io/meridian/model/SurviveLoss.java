package io.meridian.model;

/** The largest failure the design must ride out at its target utilisation. */
public enum SurviveLoss {
    NONE, ANY_REGION, ANY_PROVIDER;

    public String id() {
        return EnumIds.id(this);
    }
}
