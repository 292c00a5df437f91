package io.meridian.io;

import io.meridian.model.DesignSpace;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads "search": the choices a design search may make (docs/optimize.md). */
final class SearchSpaceReader {
    static final Set<String> FIELDS = Set.of("spares", "instanceTypes", "replication", "writeStrategies", "routing",
            "optionalRegions");
    static final Set<String> TYPES_FIELDS = Set.of("component", "options");
    static final Set<String> TYPE_FIELDS = Set.of("item", "capacityPerInstanceRps", "hourlyPrice");
    static final Set<String> MODES_FIELDS = Set.of("link", "modes");
    static final Set<String> STRATEGIES_FIELDS = Set.of("dataset", "strategies");

    private SearchSpaceReader() {
    }

    /** The declared space, or null when something in it was wrong (logged at its path). */
    static DesignSpace read(FieldReader f) {
        int before = f.log().count();
        f.rejectUnknown(FIELDS);
        Integer spares = f.has("spares") ? f.integer("spares", 0) : null;
        List<DesignSpace.InstanceTypes> types = items(f, "instanceTypes", SearchSpaceReader::instanceTypes);
        List<DesignSpace.ReplicationModes> modes = items(f, "replication", m -> {
            m.rejectUnknown(MODES_FIELDS);
            String link = m.text("link");
            List<ReplicationMode> list = m.choices("modes", ReplicationMode.class);
            return m.build(() -> new DesignSpace.ReplicationModes(link, list));
        });
        List<DesignSpace.WriteStrategies> strategies = items(f, "writeStrategies", s -> {
            s.rejectUnknown(STRATEGIES_FIELDS);
            String dataset = s.text("dataset");
            List<WriteStrategy> list = s.choices("strategies", WriteStrategy.class);
            return s.build(() -> new DesignSpace.WriteStrategies(dataset, list));
        });
        List<RoutingKind> routing = f.choices("routing", RoutingKind.class);
        List<String> optional = f.texts("optionalRegions");
        if (f.log().count() > before) {
            return null;
        }
        return f.build(() -> new DesignSpace(spares, types, modes, strategies, routing, optional));
    }

    private static DesignSpace.InstanceTypes instanceTypes(FieldReader f) {
        f.rejectUnknown(TYPES_FIELDS);
        String component = f.text("component");
        List<DesignSpace.InstanceType> options = items(f, "options", o -> {
            o.rejectUnknown(TYPE_FIELDS);
            String item = o.text("item");
            double capacity = o.number("capacityPerInstanceRps", null);
            Double price = o.optionalNumber("hourlyPrice");
            return o.build(() -> new DesignSpace.InstanceType(item, capacity, price));
        });
        return f.build(() -> new DesignSpace.InstanceTypes(component, options));
    }

    private static <T> List<T> items(FieldReader f, String field, Function<FieldReader, T> read) {
        List<T> out = new ArrayList<>();
        for (FieldReader.Item item : f.array(field)) {
            FieldReader each = FieldReader.of(item.value(), item.path(), f.log());
            T value = each == null ? null : read.apply(each);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
