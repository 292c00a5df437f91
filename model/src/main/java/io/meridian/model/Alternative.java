package io.meridian.model;

/** A variant of the design, compared side by side with the baseline and the other alternatives. */
public record Alternative(String id, String name, String description, Topology topology) {
    public Alternative {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        description = Checks.text(description);
        Checks.present(topology, "topology");
    }
}
