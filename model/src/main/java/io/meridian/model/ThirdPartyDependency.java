package io.meridian.model;

import java.util.List;

/**
 * A service outside the design that requests need (identity provider, payments, a CDN or DNS provider in front):
 * in series with everything else for the populations that use it, and not failed over.
 *
 * @param usedBy  ids of the populations whose requests need it; empty: every population
 */
public record ThirdPartyDependency(String id, String name, DependencyKind kind, Reliability reliability,
                                   List<String> usedBy) {
    public ThirdPartyDependency {
        Checks.present(id, "id");
        name = Checks.text(name);
        Checks.present(kind, "kind");
        Checks.present(reliability, "availability");
        usedBy = List.copyOf(usedBy);
        if (usedBy.stream().distinct().count() != usedBy.size()) {
            throw new ModelException("usedBy", "a population is listed twice");
        }
    }

    public boolean usedBy(String populationId) {
        return usedBy.isEmpty() || usedBy.contains(populationId);
    }
}
