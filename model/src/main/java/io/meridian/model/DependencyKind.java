package io.meridian.model;

/** What a third-party dependency does; each kind has a default availability in {@link Defaults}. */
public enum DependencyKind {
    IDENTITY(Defaults.IDENTITY_PROVIDER_AVAILABILITY), PAYMENTS(Defaults.PAYMENTS_PROVIDER_AVAILABILITY),
    CDN_DNS(Defaults.CDN_DNS_PROVIDER_AVAILABILITY), OTHER(Double.NaN);

    private final double defaultAvailability;

    DependencyKind(double defaultAvailability) {
        this.defaultAvailability = defaultAvailability;
    }

    public String id() {
        return EnumIds.id(this);
    }

    /** The documented default, or null for {@link #OTHER}, which must state its availability. */
    public Double defaultAvailability() {
        return Double.isNaN(defaultAvailability) ? null : defaultAvailability;
    }
}
