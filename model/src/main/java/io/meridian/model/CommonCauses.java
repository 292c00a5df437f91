package io.meridian.model;

import java.util.List;

/**
 * Design-level causes that fail many regions at once and that failover does not help with: a global change of the
 * design's own software, and third-party dependencies in series. (The routing layer, the third common cause, is
 * {@link GlobalRouting}.)
 */
public record CommonCauses(GlobalChange globalChange, List<ThirdPartyDependency> dependencies) {
    /** What a design file without "commonCauses" gets: the documented global change, no dependencies. */
    public static final CommonCauses DEFAULTS = new CommonCauses(GlobalChange.DEFAULT, List.of());
    /** No common cause: what a topology built in code starts from, so each engine rule can be tested alone. */
    public static final CommonCauses NONE = new CommonCauses(new GlobalChange(0, 0, 1), List.of());

    public CommonCauses {
        Checks.present(globalChange, "globalChange");
        dependencies = List.copyOf(dependencies);
        Checks.atMost(dependencies.size(), Limits.MAX_DEPENDENCIES, "dependencies");
        if (dependencies.stream().map(ThirdPartyDependency::id).distinct().count() != dependencies.size()) {
            throw new ModelException("dependencies", "two dependencies have the same id");
        }
    }

    /** The same causes with this population gone from every usedBy list (a list left empty drops the dependency). */
    public CommonCauses withoutPopulation(String populationId) {
        List<ThirdPartyDependency> kept = new java.util.ArrayList<>();
        for (ThirdPartyDependency d : dependencies) {
            if (!d.usedBy().contains(populationId)) {
                kept.add(d);
            } else if (d.usedBy().size() > 1) {
                kept.add(new ThirdPartyDependency(d.id(), d.name(), d.kind(), d.reliability(),
                        d.usedBy().stream().filter(p -> !p.equals(populationId)).toList()));
            }
        }
        return new CommonCauses(globalChange, kept);
    }
}
