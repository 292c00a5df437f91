package io.meridian.model;

/**
 * Something placed in a region: a compute tier, database, cache, queue, object store or load balancer.
 *
 * @param instances   how many identical instances or nodes
 * @param hourlyPrice price of one instance per hour (USD); 0 when unpriced
 * @param reliability availability of one instance
 * @param switchoverSeconds seconds a database or cache pool takes to switch to a spare instance in its region when
 *                          its active one fails; null = the default for its kind (Assumptions, Defaults)
 */
public record Component(String id, String name, String regionId, int instances, double hourlyPrice,
                        Reliability reliability, ComponentSpec spec, Double switchoverSeconds) {

    /** A component with its kind's default switchover time. */
    public Component(String id, String name, String regionId, int instances, double hourlyPrice,
                     Reliability reliability, ComponentSpec spec) {
        this(id, name, regionId, instances, hourlyPrice, reliability, spec, null);
    }

    public Component {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.id(regionId, "region");
        Checks.positive(instances, Limits.MAX_INSTANCES, "instances");
        Checks.nonNegative(hourlyPrice, Limits.MAX_HOURLY_PRICE, "hourlyPrice");
        Checks.present(reliability, "availability");
        Checks.present(spec, "kind");
        if (spec instanceof ComponentSpec.Service s && s.autoscales() && s.maxInstances() < instances) {
            throw new ModelException("maxInstances", "must be at least instances (" + instances + "): it is the "
                    + "most the tier autoscales to, got " + s.maxInstances());
        }
        if (switchoverSeconds != null) {
            Checks.nonNegative(switchoverSeconds, Limits.MAX_SECONDS, "switchoverSeconds");
        }
    }

    public ComponentKind kind() {
        return spec.kind();
    }

    public Component withInstances(int value) {
        return new Component(id, name, regionId, value, hourlyPrice, reliability, spec, switchoverSeconds);
    }

    public Component withRegion(String value) {
        return new Component(id, name, value, instances, hourlyPrice, reliability, spec, switchoverSeconds);
    }

    public Component withName(String value) {
        return new Component(id, value, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds);
    }

    public Component withSpec(ComponentSpec value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, value, switchoverSeconds);
    }

    public Component withReliability(Reliability value) {
        return new Component(id, name, regionId, instances, hourlyPrice, value, spec, switchoverSeconds);
    }

    public Component withSwitchoverSeconds(Double value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, spec, value);
    }
}
