package io.meridian.io.iac;

import io.meridian.model.Component;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.Layout;
import io.meridian.model.Link;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Importing a newer plan over a design the user has worked on: the infrastructure (regions, components, links,
 * datasets, routing) becomes the imported one; what the user added stays (populations, objectives, assumptions,
 * residency zones, failure scenarios, common causes, alternatives, the name and description, the layout of every
 * element that is still there). References to removed regions and datasets are dropped the way deleting them in
 * the app drops them ({@link Topology#without}).
 */
public final class Reimport {
    private Reimport() {
    }

    /** The merged design and what changed, one line per added, removed or changed element. */
    public record Result(Design design, List<String> changes) {
    }

    public static Result merge(Design existing, Design imported) {
        Topology old = existing.topology();
        Topology now = imported.topology();
        List<String> changes = new ArrayList<>();
        Topology t = old;
        // First take away what the import no longer has (dropping what referred to it), then lay the import over.
        for (String id : removed(old.links(), now.links(), Link::id)) {
            t = t.without(id);
        }
        for (String id : removed(old.datasets(), now.datasets(), Dataset::id)) {
            t = t.without(id);
        }
        for (String id : removed(old.components(), now.components(), Component::id)) {
            t = t.without(id);
        }
        for (String id : removed(old.regions(), now.regions(), Region::id)) {
            t = t.without(id);
        }
        t = new Topology(now.regions(), now.components(), now.links(), now.datasets(),
                now.routing() != null ? now.routing() : old.routing(), t.populations(), t.zones(), t.objectives(),
                t.assumptions(), t.providers(), t.scenarios(), t.commonCauses());
        diff("region", old.regions(), now.regions(), Region::id, changes);
        diff("component", old.components(), now.components(), Component::id, changes);
        diff("link", old.links(), now.links(), Link::id, changes);
        diff("dataset", old.datasets(), now.datasets(), Dataset::id, changes);
        if (now.routing() == null) {
            if (old.routing() != null) {
                changes.add("kept routing: the import has no routing layer, so the design's own stays");
            }
        } else if (!now.routing().equals(old.routing())) {
            changes.add((old.routing() == null ? "added" : "changed") + " routing: " + now.routing().kind().id());
        }
        if (!existing.alternatives().isEmpty()) {
            changes.add("kept " + existing.alternatives().size() + " alternative(s) as they were: they do not "
                    + "follow the import");
        }
        // The search space keeps what still names an element of the imported baseline.
        Design merged = new Design(existing.name(), existing.description(), t, existing.alternatives(),
                layout(existing.layout(), imported.layout(), t), null, existing.space());
        if (!merged.space().equals(existing.space())) {
            changes.add("search space: dropped the choices about elements the import no longer has");
        }
        return new Result(merged, changes);
    }

    /** The user's positions for elements still there, the import's for new ones; cards of surviving regions. */
    private static Layout layout(Layout mine, Layout imported, Topology t) {
        Map<String, Layout.Position> positions = new LinkedHashMap<>();
        mine.positions().forEach((id, p) -> {
            if (t.containsId(id)) {
                positions.put(id, p);
            }
        });
        imported.positions().forEach(positions::putIfAbsent);
        Map<String, Layout.CardOffset> cards = new LinkedHashMap<>();
        mine.cards().forEach((id, c) -> {
            if (t.region(id).isPresent()) {
                cards.put(id, c);
            }
        });
        return new Layout(positions, cards);
    }

    private static <T> List<String> removed(List<T> old, List<T> now, Function<T, String> id) {
        List<String> ids = now.stream().map(id).toList();
        return old.stream().map(id).filter(x -> !ids.contains(x)).toList();
    }

    private static <T> void diff(String what, List<T> old, List<T> now, Function<T, String> id,
                                 List<String> changes) {
        Map<String, T> before = new LinkedHashMap<>();
        old.forEach(x -> before.put(id.apply(x), x));
        for (T x : now) {
            T was = before.remove(id.apply(x));
            if (was == null) {
                changes.add("added " + what + " " + id.apply(x));
            } else if (!Objects.equals(was, x)) {
                changes.add("changed " + what + " " + id.apply(x));
            }
        }
        before.keySet().forEach(gone -> changes.add("removed " + what + " " + gone));
    }
}
