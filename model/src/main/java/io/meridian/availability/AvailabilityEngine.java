package io.meridian.availability;

import io.meridian.model.Topology;

/** Placeholder: the availability engine is being written (see the resilience issue); the entry point is fixed. */
public final class AvailabilityEngine {
    private AvailabilityEngine() {
    }

    public static AvailabilityReport evaluate(Topology topology, double failoverSeconds) {
        throw new UnsupportedOperationException("availability engine not written yet");
    }
}
