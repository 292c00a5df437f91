package io.meridian.search;

import io.meridian.model.Component;
import io.meridian.model.Link;
import io.meridian.model.Region;
import io.meridian.model.Topology;

/**
 * Names of the elements a choice is about, as a person reads them in a suggestion's changes (which become an
 * alternative's description): a tier repeated per region is told apart by its region's name.
 */
final class ChoiceNames {
    private ChoiceNames() {
    }

    static String region(Topology t, String id) {
        return t.region(id).map(Region::name).orElse(id);
    }

    static String component(Topology t, String id) {
        return t.component(id).map(c -> c.name() + " in " + region(t, c.regionId())).orElse(id);
    }

    static String link(Topology t, String id) {
        return t.link(id).map((Link l) -> name(t, l.from()) + " → " + name(t, l.to())).orElse(id);
    }

    private static String name(Topology t, String componentId) {
        return t.component(componentId).map(Component::name).orElse(componentId) + " ("
                + t.component(componentId).map(c -> region(t, c.regionId())).orElse("?") + ")";
    }
}
