package io.meridian.risk;

import io.meridian.availability.AvailabilityEngine;
import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.List;

/** Small designs for the risk tests, and the engine run on them. */
final class RiskDesigns {
    private RiskDesigns() {
    }

    /** A region that never fails on its own (only its components do), without zones. */
    static Region steadyRegion(String id, double lat, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(lat, lon), "", 1.0, 4, 0);
    }

    /** One instance of a service that carries any load, failing with this MTBF and MTTR. */
    static Component service(String id, String regionId, double mtbfHours, double mttrHours) {
        return new Component(id, id, regionId, 1, 0.1, Reliability.ofMtbf(mtbfHours, mttrHours),
                new ComponentSpec.Service(1_000_000, 0.8));
    }

    static Population users(String id, double lat, double lon) {
        return new Population(id, id, new GeoPoint(lat, lon), 100, 1.0, null, null, List.of());
    }

    static Topology perfectProviders(Topology t) {
        for (Provider p : Provider.values()) {
            t = t.withProviderProfile(new ProviderProfile(p, 1.0, 4));
        }
        return t;
    }

    static RiskReport run(Topology t, FailoverTimings timings, Double objective, RiskSettings settings) {
        CapacityReport capacity = CapacityEngine.evaluate(t);
        AvailabilityReport exact = AvailabilityEngine.evaluate(t, timings, capacity);
        return RiskEngine.evaluate(t, timings, capacity, exact, objective, settings);
    }
}
