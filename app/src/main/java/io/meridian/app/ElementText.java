package io.meridian.app;

import io.meridian.app.edit.DesignEdits;
import io.meridian.model.Component;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** Elements and whole designs in words, for the status bar, undo names and tooltips. */
final class ElementText {
    private ElementText() {
    }

    /** "2 regions · 10 components · 12 links · 2 populations". */
    static String summarize(Topology t) {
        List<String> parts = new ArrayList<>();
        parts.add(count(t.regions().size(), "region"));
        parts.add(count(t.components().size(), "component"));
        parts.add(count(t.links().size(), "link"));
        if (!t.populations().isEmpty()) {
            parts.add(count(t.populations().size(), "population"));
        }
        if (!t.zones().isEmpty()) {
            parts.add(count(t.zones().size(), "residency zone"));
        }
        return String.join(" · ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** An element of {@code t} in words, or its id when there is no such element. */
    static String describe(Topology t, String id) {
        if (id.equals(DesignEdits.ROUTING_ID)) {
            return "Global routing";
        }
        return t.region(id).map(ElementText::describe)
                .or(() -> t.population(id).map(ElementText::describe))
                .or(() -> t.component(id).map(ElementText::describe))
                .or(() -> t.link(id).map(ElementText::describe))
                .or(() -> t.zone(id).map(ElementText::describe))
                .orElse(id);
    }

    private static String describe(Region r) {
        return r.name() + " (" + (r.catalogId() != null ? r.catalogId() : r.id()) + ")";
    }

    private static String describe(Population p) {
        return p.name() + " (users)";
    }

    private static String describe(Component c) {
        return c.name() + " (" + c.kind().id() + " in " + c.regionId() + ")";
    }

    private static String describe(Link l) {
        return l.kind().id() + " link " + l.from() + " → " + l.to();
    }

    private static String describe(ResidencyZone z) {
        return z.name() + " (residency zone)";
    }
}
