package io.meridian.io;

import io.meridian.model.CommonCauses;
import io.meridian.model.Defaults;
import io.meridian.model.DependencyKind;
import io.meridian.model.GlobalChange;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Reads "commonCauses": the design's own global change and its third-party dependencies. */
final class CommonCausesReader {
    static final Set<String> FIELDS = Set.of("globalChange", "dependencies");
    static final Set<String> CHANGE_FIELDS = Set.of("eventsPerYear", "durationHours", "rolloutWaves");
    static final Set<String> DEPENDENCY_FIELDS = Set.of("id", "name", "kind", "availability", "mtbfHours",
            "mttrHours", "usedBy");

    private CommonCausesReader() {
    }

    static CommonCauses read(FieldReader f) {
        f.rejectUnknown(FIELDS);
        FieldReader changeField = f.object("globalChange");
        GlobalChange change = changeField == null ? GlobalChange.DEFAULT : globalChange(changeField);
        List<ThirdPartyDependency> dependencies = new ArrayList<>();
        boolean bad = f.has("globalChange") && change == null;
        for (FieldReader.Item item : f.array("dependencies")) {
            FieldReader d = FieldReader.of(item.value(), item.path(), f.log());
            ThirdPartyDependency dependency = d == null ? null : dependency(d);
            if (dependency == null) {
                bad = true;
            } else {
                dependencies.add(dependency);
            }
        }
        if (bad) {
            return null;
        }
        return f.build(() -> new CommonCauses(change, dependencies));
    }

    private static GlobalChange globalChange(FieldReader f) {
        f.rejectUnknown(CHANGE_FIELDS);
        double rate = f.number("eventsPerYear", Defaults.GLOBAL_CHANGE_EVENTS_PER_YEAR);
        double hours = f.number("durationHours", Defaults.GLOBAL_CHANGE_DURATION_HOURS);
        int waves = f.integer("rolloutWaves", Defaults.ROLLOUT_WAVES);
        return f.build(() -> new GlobalChange(rate, hours, waves));
    }

    private static ThirdPartyDependency dependency(FieldReader f) {
        f.rejectUnknown(DEPENDENCY_FIELDS);
        String id = f.text("id");
        String name = f.text("name", "");
        DependencyKind kind = f.choice("kind", DependencyKind.class, DependencyKind.OTHER);
        // "other" has no documented default: it must state its availability.
        Supplier<Reliability> reliability = ComponentReader.reliability(f, kind.defaultAvailability());
        List<String> usedBy = f.texts("usedBy");
        return f.build(() -> new ThirdPartyDependency(id, name.isEmpty() ? id : name, kind, reliability.get(),
                usedBy));
    }
}
