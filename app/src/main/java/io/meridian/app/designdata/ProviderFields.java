package io.meridian.app.designdata;

import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.Values;
import io.meridian.model.Design;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Providers as failure domains. A provider the design states no profile for has the default one
 * ({@link ProviderProfile#defaultFor}); its fields are empty with the defaults as prompts, and the first edit
 * states a profile (the defaults plus that edit). Removing a profile reverts the provider to the defaults.
 */
public final class ProviderFields {
    private ProviderFields() {
    }

    /** The providers the regions use and those with a stated profile, in the order of {@link Provider}. */
    public static List<Provider> listed(Topology t) {
        return Arrays.stream(Provider.values())
                .filter(p -> t.regions().stream().map(Region::provider).anyMatch(p::equals) || stated(t, p).isPresent())
                .toList();
    }

    public static Optional<ProviderProfile> stated(Topology t, Provider p) {
        return t.providers().stream().filter(x -> x.provider() == p).findFirst();
    }

    /** "AWS · 3 regions · default" or "… · stated". */
    public static String describe(Topology t, Provider p) {
        long regions = t.regions().stream().filter(r -> r.provider() == p).count();
        return DataFields.providerName(p) + " · " + regions + (regions == 1 ? " region" : " regions") + " · "
                + (stated(t, p).isPresent() ? "stated" : "default");
    }

    public static List<Field> of(Design d, Provider p) {
        Topology t = d.topology();
        Optional<ProviderProfile> own = stated(t, p);
        ProviderProfile now = t.provider(p);
        ProviderProfile def = ProviderProfile.defaultFor(p);
        Function<ProviderProfile, Design> put = x -> d.withTopology(t.withProviderProfile(x));
        List<Field> f = new ArrayList<>();
        f.add(field("availability", "Availability (0–1]", own.map(ProviderProfile::availability),
                def.availability(), "",
                "Probability that no provider-wide event (control plane, global DNS/IAM, a bad global deploy) is "
                        + "under way; such an event takes all its regions down at once." + DataFields.source(
                        "providerAvailability"),
                v -> put.apply(new ProviderProfile(p, Values.numberOr(v, "availability",
                        def.availability()), now.mttrHours(), now.discountPercent()))));
        f.add(field("mttrHours", "Event lasts (h)", own.map(ProviderProfile::mttrHours), def.mttrHours(),
                "h", "How long a provider-wide event lasts." + DataFields.source("providerMttrHours"),
                v -> put.apply(new ProviderProfile(p, now.availability(), Values.numberOr(v, "mttrHours",
                        def.mttrHours()), now.discountPercent()))));
        f.add(field("discountPercent", "Discount (%)", own.map(ProviderProfile::discountPercent), def.discountPercent(), "%",
                "Reserved-instance, savings-plan or committed-use discount off the on-demand price of its services, "
                        + "databases and caches, 0–100; 0: list prices.",
                v -> put.apply(new ProviderProfile(p, now.availability(), now.mttrHours(),
                        Values.numberOr(v, "discountPercent", def.discountPercent())))));
        return f;
    }

    private static Field field(String key, String label, Optional<Double> stated, double byDefault, String unit,
                               String help, Function<String, Design> apply) {
        return new Field(key, label, stated.map(Values::format).orElse(""), Field.Type.NUMBER, List.of(),
                help + " Empty: the default.", apply)
                .withPrompt(Values.byDefault(byDefault, unit));
    }

    /** The design without this provider's stated profile: the provider takes the defaults again. */
    public static Design revert(Design d, Provider p) {
        Topology t = d.topology();
        return d.withTopology(DataFields.withFailureDomains(t,
                t.providers().stream().filter(x -> x.provider() != p).toList(), t.scenarios()));
    }
}
