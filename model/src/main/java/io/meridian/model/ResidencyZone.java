package io.meridian.model;

import java.util.List;

/** A data-residency zone (e.g. GDPR: EU data stays in EU regions): the regions allowed to hold its data. */
public record ResidencyZone(String id, String name, List<String> regionIds) {
    public ResidencyZone {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        regionIds = List.copyOf(Checks.present(regionIds, "regions"));
        if (regionIds.isEmpty()) {
            throw new ModelException("regions", "a residency zone needs at least one region");
        }
        for (int i = 0; i < regionIds.size(); i++) {
            Checks.id(regionIds.get(i), "regions[" + i + "]");
        }
        Checks.unique(regionIds, "regions");
    }

    public boolean permits(String regionId) {
        return regionIds.contains(regionId);
    }
}
