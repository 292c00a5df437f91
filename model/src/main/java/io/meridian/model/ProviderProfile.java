package io.meridian.model;

/**
 * A provider as a failure domain: a provider-wide event (control plane, global DNS/IAM, a bad global deploy)
 * takes down every region of that provider at once.
 *
 * @param availability probability that no provider-wide event is under way, (0, 1]
 * @param mttrHours    how long a provider-wide event lasts
 */
public record ProviderProfile(Provider provider, double availability, double mttrHours) {
    public ProviderProfile {
        Checks.present(provider, "provider");
        Checks.availability(availability, "availability");
        Checks.positive(mttrHours, Limits.MAX_HOURS, "mttrHours");
    }

    /** The profile assumed when a design does not state one (see {@link Defaults#PROVIDER_AVAILABILITY}). */
    public static ProviderProfile defaultFor(Provider provider) {
        return new ProviderProfile(provider, Defaults.PROVIDER_AVAILABILITY, Defaults.PROVIDER_MTTR_HOURS);
    }
}
