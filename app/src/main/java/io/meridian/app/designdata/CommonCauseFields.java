package io.meridian.app.designdata;

import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.Values;
import io.meridian.model.CommonCauses;
import io.meridian.model.DependencyKind;
import io.meridian.model.Design;
import io.meridian.model.GlobalChange;
import io.meridian.model.ModelException;
import io.meridian.model.Population;
import io.meridian.model.Reliability;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The design's common causes: the global change of its own software (empty text: the default from
 * {@link GlobalChange#DEFAULT}) and its third-party dependencies (name, kind, availability, who uses them).
 */
public final class CommonCauseFields {
    private CommonCauseFields() {
    }

    public static List<Field> globalChange(Design d) {
        Topology t = d.topology();
        GlobalChange g = t.commonCauses().globalChange();
        GlobalChange z = GlobalChange.DEFAULT;
        Function<GlobalChange, Design> put = x -> d.withTopology(t.withCommonCauses(
                new CommonCauses(x, t.commonCauses().dependencies())));
        return List.of(
                DataFields.defaulted("eventsPerYear", "Bad global changes (per year)", g.eventsPerYear(),
                        z.eventsPerYear(), "/yr", "Deploys or config pushes of the design's own software that go bad "
                                + "everywhere they reach; 0: none. Empty: the default."
                                + DataFields.source("globalChangeEventsPerYear"),
                        v -> put.apply(new GlobalChange(Values.numberOr(v, "eventsPerYear", z.eventsPerYear()),
                                g.durationHours(), g.rolloutWaves()))),
                DataFields.defaulted("durationHours", "Until rolled back (h)", g.durationHours(), z.durationHours(),
                        "h", "From the push to the rollback. Empty: the default."
                                + DataFields.source("globalChangeDurationHours"),
                        v -> put.apply(new GlobalChange(g.eventsPerYear(),
                                Values.numberOr(v, "durationHours", z.durationHours()), g.rolloutWaves()))),
                DataFields.defaulted("rolloutWaves", "Rollout waves", g.rolloutWaves(), z.rolloutWaves(), "",
                        "Waves of the staged rollout: a bad change reaches 1/waves of the regions before it is "
                                + "stopped; 1: everywhere at once. Empty: the default."
                                + DataFields.source("rolloutWaves"),
                        v -> put.apply(new GlobalChange(g.eventsPerYear(), g.durationHours(),
                                v.isBlank() ? z.rolloutWaves() : Values.integer(v, "rolloutWaves")))));
    }

    public static List<Field> dependency(Design d, ThirdPartyDependency x) {
        Topology t = d.topology();
        Function<ThirdPartyDependency, Design> put = y -> d.withTopology(t.withCommonCauses(
                new CommonCauses(t.commonCauses().globalChange(), replace(t, y))));
        Map<String, String> kinds = Map.of(DependencyKind.IDENTITY.id(), "Identity provider",
                DependencyKind.PAYMENTS.id(), "Payments", DependencyKind.CDN_DNS.id(), "CDN or DNS in front",
                DependencyKind.OTHER.id(), "Other");
        Map<String, String> populations = new HashMap<>();
        t.populations().forEach(p -> populations.put(p.id(), p.name()));
        Reliability r = x.reliability();
        List<Field> f = new ArrayList<>();
        f.add(new Field("id", "Id", x.id(), Field.Type.READ_ONLY, List.of(), "Its id in the file", v -> {
            throw new IllegalStateException("The id cannot be changed here");
        }));
        f.add(new Field("name", "Name", x.name(), Field.Type.TEXT, List.of(), "Identity provider, payments API…",
                v -> put.apply(new ThirdPartyDependency(x.id(), v, x.kind(), r, x.usedBy()))));
        f.add(new Field("kind", "Kind", x.kind().id(), Field.Type.CHOICE,
                Arrays.stream(DependencyKind.values()).map(DependencyKind::id).toList(),
                "What it does; each kind but other has a default availability",
                v -> put.apply(new ThirdPartyDependency(x.id(), x.name(),
                        io.meridian.model.EnumIds.parse(DependencyKind.class, v, "kind"), r, x.usedBy())), kinds));
        if (r.isSla()) {
            Double byDefault = x.kind().defaultAvailability();
            f.add(new Field("availability", "Availability (0–1]", byDefault != null && r.sla() == byDefault.doubleValue()
                    ? "" : Values.format(r.sla()), Field.Type.NUMBER, List.of(),
                    "Its availability, in series with everything else for the populations that use it; not failed "
                            + "over. Empty: the kind's default",
                    v -> put.apply(new ThirdPartyDependency(x.id(), x.name(), x.kind(),
                            Reliability.ofSla(availability(v, x.kind())), x.usedBy())))
                    .withPrompt(byDefault == null ? "required for kind other" : Values.byDefault(byDefault, "")));
        } else {
            f.add(new Field("mtbfHours", "MTBF (h)", Values.format(r.mtbfHours()), Field.Type.NUMBER, List.of(),
                    "Mean time between its outages", v -> put.apply(new ThirdPartyDependency(x.id(), x.name(),
                    x.kind(), Reliability.ofMtbf(Values.number(v, "mtbfHours"), r.mttrHours()), x.usedBy()))));
            f.add(new Field("mttrHours", "MTTR (h)", Values.format(r.mttrHours()), Field.Type.NUMBER, List.of(),
                    "Mean length of one outage", v -> put.apply(new ThirdPartyDependency(x.id(), x.name(),
                    x.kind(), Reliability.ofMtbf(r.mtbfHours(), Values.number(v, "mttrHours")), x.usedBy()))));
        }
        f.add(new Field("usedBy", "Used by", String.join(",", x.usedBy()), Field.Type.MULTI,
                t.populations().stream().map(Population::id).toList(),
                "The populations whose requests need it; none ticked: every population",
                v -> put.apply(new ThirdPartyDependency(x.id(), x.name(), x.kind(), r, Values.ids(v))), populations));
        return f;
    }

    /** Empty text: the kind's default availability; kind other has none and must state it. */
    private static double availability(String text, DependencyKind kind) {
        if (text.isBlank()) {
            if (kind.defaultAvailability() == null) {
                throw new ModelException("availability", "a dependency of kind 'other' has no default: state its "
                        + "availability");
            }
            return kind.defaultAvailability();
        }
        return Values.number(text, "availability");
    }

    private static List<ThirdPartyDependency> replace(Topology t, ThirdPartyDependency y) {
        return t.commonCauses().dependencies().stream().map(x -> x.id().equals(y.id()) ? y : x).toList();
    }

    /** The global change at its defaults, the dependencies kept. */
    public static Design resetGlobalChange(Design d) {
        Topology t = d.topology();
        return d.withTopology(t.withCommonCauses(new CommonCauses(GlobalChange.DEFAULT,
                t.commonCauses().dependencies())));
    }

    /** A new identity-provider dependency at its kind's default availability, used by every population. */
    public static Added addDependency(Design d) {
        Topology t = d.topology();
        String id = DataFields.freshId(t, "dependency");
        List<ThirdPartyDependency> list = new ArrayList<>(t.commonCauses().dependencies());
        list.add(new ThirdPartyDependency(id, "Dependency " + (list.size() + 1), DependencyKind.IDENTITY,
                Reliability.ofSla(DependencyKind.IDENTITY.defaultAvailability()), List.of()));
        return new Added(d.withTopology(t.withCommonCauses(
                new CommonCauses(t.commonCauses().globalChange(), list))), id);
    }

    public static Design deleteDependency(Design d, String id) {
        Topology t = d.topology();
        return d.withTopology(t.withCommonCauses(new CommonCauses(t.commonCauses().globalChange(),
                t.commonCauses().dependencies().stream().filter(x -> !x.id().equals(id)).toList())));
    }
}
