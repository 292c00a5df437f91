package io.meridian.model;

/** A share of a population's traffic sent to one region. */
public record RouteWeight(String regionId, double share) {
    public RouteWeight {
        Checks.id(regionId, "region");
        Checks.fraction(share, "share");
    }
}
