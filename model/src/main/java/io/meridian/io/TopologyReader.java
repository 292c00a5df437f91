package io.meridian.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.Dataset;
import io.meridian.model.FailureScenario;
import io.meridian.model.CommonCauses;
import io.meridian.model.GlobalRouting;
import io.meridian.model.InvalidTopologyException;
import io.meridian.model.Link;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Problem;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the topology fields of the root object or of an alternative. Elements that fail their own checks are
 * left out, and the referential check still runs on the rest, so a dangling id is reported in the same pass as a
 * bad number; its problems are mapped back to file indexes and stripped of references to the left-out elements.
 */
final class TopologyReader {
    static final List<String> FIELDS = List.of("assumptions", "regions", "components", "links", "datasets",
            "routing", "populations", "zones", "objectives", "providers", "scenarios", "commonCauses");
    private static final Pattern LIST_PATH = Pattern.compile("([a-z]+)\\[(\\d+)](.*)");
    private static final Pattern EARLIER_PATH = Pattern.compile("already used at ([a-z]+\\[\\d+][^)\\s]*)");

    private final RegionReader regionReader;
    private final ComponentReader componentReader = new ComponentReader();

    TopologyReader(RegionCatalog catalog) {
        this.regionReader = new RegionReader(catalog);
    }

    /** The topology, or null when it had problems (all of them logged). */
    Topology read(FieldReader f) {
        int problemsBefore = f.log().count();
        Assumptions assumptions = f.has("assumptions") ? settings(f, "assumptions", SettingsReader::assumptions)
                : Assumptions.DEFAULTS;
        Elements<Region> regions = elements(f, "regions", regionReader::read);
        Elements<Component> components = elements(f, "components", componentReader::read);
        Elements<Link> links = elements(f, "links", ElementReader::link);
        Elements<Dataset> datasets = elements(f, "datasets", ElementReader::dataset);
        GlobalRouting routing = f.has("routing") ? settings(f, "routing", SettingsReader::routing) : null;
        Elements<Population> populations = elements(f, "populations", ElementReader::population);
        Elements<ResidencyZone> zones = elements(f, "zones", ElementReader::zone);
        Elements<ProviderProfile> providers = elements(f, "providers", ElementReader::provider);
        Elements<FailureScenario> scenarios = elements(f, "scenarios", ElementReader::scenario);
        Objectives objectives = f.has("objectives") ? settings(f, "objectives", SettingsReader::objectives)
                : Objectives.NONE;
        CommonCauses commonCauses = f.has("commonCauses")
                ? settings(f, "commonCauses", CommonCausesReader::read) : CommonCauses.DEFAULTS;
        try {
            Topology topology = new Topology(regions.valid, components.valid, links.valid, datasets.valid, routing,
                    populations.valid, zones.valid, objectives, assumptions, providers.valid, scenarios.valid,
                    commonCauses);
            return f.log().count() > problemsBefore ? null : topology;
        } catch (InvalidTopologyException e) {
            Map<String, Elements<?>> byList = Map.of("regions", regions, "components", components, "links", links,
                    "datasets", datasets, "populations", populations, "zones", zones, "providers", providers,
                    "scenarios", scenarios);
            Set<String> leftOut = new HashSet<>();
            byList.values().forEach(list -> leftOut.addAll(list.leftOutIds));
            for (Problem problem : e.problems()) {
                String relative = toFileIndexes(problem.path(), byList);
                JsonNode referenced = JsonPaths.resolve(f.node(), relative);
                // A reference to an element that failed its own checks has already been reported there.
                if (!(referenced.isTextual() && leftOut.contains(referenced.textValue()))) {
                    f.log().add(JsonPaths.join(f.path(), relative), toFileIndexes(problem.message(), f.path(), byList));
                }
            }
            return null;
        }
    }

    private static <T> T settings(FieldReader parent, String field, Function<FieldReader, T> reader) {
        FieldReader f = parent.object(field);
        return f == null ? null : reader.apply(f);
    }

    private static <T> Elements<T> elements(FieldReader parent, String field, Function<FieldReader, T> reader) {
        Elements<T> out = new Elements<>();
        for (FieldReader.Item item : parent.array(field)) {
            FieldReader f = FieldReader.of(item.value(), item.path(), parent.log());
            T element = f == null ? null : reader.apply(f);
            if (element != null) {
                out.valid.add(element);
                out.fileIndexes.add(out.fileIndexes.size() + out.leftOut);
            } else {
                out.leftOut++;
                JsonNode id = item.value().path("id");
                if (id.isTextual()) {
                    out.leftOutIds.add(id.textValue());
                }
            }
        }
        return out;
    }

    /** The model's "(already used at components[1].id)" names a path too; make it a file path. */
    private static String toFileIndexes(String message, String parent, Map<String, Elements<?>> byList) {
        Matcher m = EARLIER_PATH.matcher(message);
        return m.find() ? message.substring(0, m.start(1))
                + JsonPaths.join(parent, toFileIndexes(m.group(1), byList)) + message.substring(m.end(1)) : message;
    }

    /** "components[3].region" counted among the valid elements → the same element's index in the file. */
    private static String toFileIndexes(String path, Map<String, Elements<?>> byList) {
        Matcher m = LIST_PATH.matcher(path);
        if (!m.matches() || !byList.containsKey(m.group(1))) {
            return path;
        }
        int fileIndex = byList.get(m.group(1)).fileIndexes.get(Integer.parseInt(m.group(2)));
        return m.group(1) + "[" + fileIndex + "]" + m.group(3);
    }

    /** The elements of one list that passed their own checks, where each sits in the file, and the ids of the rest. */
    private static final class Elements<T> {
        final List<T> valid = new ArrayList<>();
        final List<Integer> fileIndexes = new ArrayList<>();
        final Set<String> leftOutIds = new HashSet<>();
        int leftOut;
    }
}
