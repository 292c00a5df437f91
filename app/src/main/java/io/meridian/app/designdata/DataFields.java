package io.meridian.app.designdata;

import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.Values;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.FailureScenario;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shared pieces of the design data forms: number fields whose empty text is their default, names, list edits. */
final class DataFields {
    private DataFields() {
    }

    /**
     * A number whose empty text stands for its default: shown empty when it holds the default, the default as the
     * prompt ("default: 200 km/ms").
     */
    static Field defaulted(String key, String label, double value, double byDefault, String unit, String help,
                           Function<String, Design> apply) {
        return new Field(key, label, value == byDefault ? "" : Values.format(value), Field.Type.NUMBER, List.of(),
                help, apply).withPrompt(Values.byDefault(byDefault, unit));
    }

    /** The published source of a default in {@link Defaults#ALL}, for a field's help; empty when it has none. */
    static String source(String defaultName) {
        return Defaults.ALL.stream().filter(e -> e.name().equals(defaultName)).findFirst()
                .map(e -> " Default " + Values.format(e.value()) + (e.unit().isEmpty() ? "" : " " + e.unit())
                        + ": " + e.source())
                .orElse("");
    }

    /** A provider as a person names it. */
    static String providerName(Provider p) {
        return switch (p) {
            case AWS -> "AWS";
            case GCP -> "Google Cloud";
            case AZURE -> "Azure";
            case ONPREM -> "On-premises";
            case OTHER -> "Other";
        };
    }

    /** Every provider's name by id, for the providers multi-choice. */
    static Map<String, String> providerNames() {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(Provider.values()).forEach(p -> out.put(p.id(), providerName(p)));
        return out;
    }

    static List<String> providerIds() {
        return Arrays.stream(Provider.values()).map(Provider::id).toList();
    }

    /** The topology with other provider profiles and scenarios (the model has upserts, not removals). */
    static Topology withFailureDomains(Topology t, List<ProviderProfile> providers, List<FailureScenario> scenarios) {
        return new Topology(t.regions(), t.components(), t.links(), t.datasets(), t.routing(), t.populations(),
                t.zones(), t.objectives(), t.assumptions(), providers, scenarios, t.commonCauses());
    }

    /** An id no element, scenario or dependency of the design has: prefix-1, prefix-2, … */
    static String freshId(Topology t, String prefix) {
        for (int i = 1; ; i++) {
            String id = prefix + "-" + i;
            String candidate = id;
            boolean taken = t.containsId(id) || t.scenarios().stream().anyMatch(s -> s.id().equals(candidate))
                    || t.commonCauses().dependencies().stream().anyMatch(x -> x.id().equals(candidate));
            if (!taken) {
                return id;
            }
        }
    }
}
