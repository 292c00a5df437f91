package io.meridian.app.designdata;

import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.Values;
import io.meridian.model.Design;
import io.meridian.model.FailureScenario;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A user failure scenario's fields: its name, the regions (by name) and the providers it fails together. */
public final class ScenarioFields {
    private ScenarioFields() {
    }

    public static List<Field> of(Design d, FailureScenario s) {
        Topology t = d.topology();
        Function<FailureScenario, Design> put = x -> d.withTopology(t.withScenario(x));
        Map<String, String> regionNames = new HashMap<>();
        t.regions().forEach(r -> regionNames.put(r.id(), r.name()));
        return List.of(
                new Field("id", "Id", s.id(), Field.Type.READ_ONLY, List.of(), "The scenario's id in the file", v -> {
                    throw new IllegalStateException("The id cannot be changed here");
                }),
                new Field("name", "Name", s.name(), Field.Type.TEXT, List.of(), "What the results call it",
                        v -> put.apply(new FailureScenario(s.id(), v, s.regionIds(), s.providers()))),
                new Field("regions", "Regions down", String.join(",", s.regionIds()), Field.Type.MULTI,
                        t.regions().stream().map(Region::id).toList(), "The regions that fail together",
                        v -> put.apply(new FailureScenario(s.id(), s.name(), Values.ids(v), s.providers())),
                        regionNames),
                new Field("providers", "Providers down", String.join(",", s.providers().stream().map(Provider::id)
                        .toList()), Field.Type.MULTI, DataFields.providerIds(),
                        "Providers whose every region fails at once, with the regions above",
                        v -> put.apply(new FailureScenario(s.id(), s.name(), s.regionIds(),
                                Values.ids(v).stream().map(Provider::fromId).toList())), DataFields.providerNames()));
    }

    /** A new scenario failing the first region, ready to be edited; its id is {@code added.id()}. */
    public static Added add(Design d) {
        Topology t = d.topology();
        if (t.regions().isEmpty()) {
            throw new ModelException("scenarios", "add a region first: a scenario fails at least one region");
        }
        String id = DataFields.freshId(t, "scenario");
        FailureScenario s = new FailureScenario(id, "Scenario " + (t.scenarios().size() + 1),
                List.of(t.regions().get(0).id()), List.of());
        return new Added(d.withTopology(t.withScenario(s)), id);
    }

    public static Design delete(Design d, String id) {
        Topology t = d.topology();
        return d.withTopology(DataFields.withFailureDomains(t, t.providers(),
                t.scenarios().stream().filter(s -> !s.id().equals(id)).toList()));
    }
}
