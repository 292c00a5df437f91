package io.meridian.model;

/**
 * A provider as a failure domain: a provider-wide event (control plane, global DNS/IAM, a bad global deploy)
 * takes down every region of that provider at once.
 *
 * The same entry carries the design's commercial terms with the provider, which only the cost engine reads.
 *
 * @param availability    probability that no provider-wide event is under way, (0, 1]
 * @param mttrHours       how long a provider-wide event lasts
 * @param discountPercent reserved-instance, savings-plan or committed-use discount off the on-demand hourly price of
 *                        its services, databases and caches, [0, 100]; 0: list prices
 */
public record ProviderProfile(Provider provider, double availability, double mttrHours, double discountPercent) {
    /** A failure domain at list prices. */
    public ProviderProfile(Provider provider, double availability, double mttrHours) {
        this(provider, availability, mttrHours, 0);
    }

    public ProviderProfile {
        Checks.present(provider, "provider");
        Checks.availability(availability, "availability");
        Checks.positive(mttrHours, Limits.MAX_HOURS, "mttrHours");
        Checks.nonNegative(discountPercent, 100, "discountPercent");
    }

    /** The profile assumed when a design does not state one (see {@link Defaults#PROVIDER_AVAILABILITY}). */
    public static ProviderProfile defaultFor(Provider provider) {
        return new ProviderProfile(provider, Defaults.PROVIDER_AVAILABILITY, Defaults.PROVIDER_MTTR_HOURS);
    }
}
