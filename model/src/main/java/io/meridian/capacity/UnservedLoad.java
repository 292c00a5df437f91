package io.meridian.capacity;

import io.meridian.model.Checks;

/** A population that no region can serve in some state, and the request rate it loses. */
public record UnservedLoad(String populationId, double requestsPerSecond, String reason) {
    public UnservedLoad {
        Checks.id(populationId, "populationId");
        Checks.nonNegative(requestsPerSecond, "requestsPerSecond");
        Checks.present(reason, "reason");
    }
}
