package io.meridian.model;

/**
 * Something placed in a region: a compute tier, database, cache, queue, object store or load balancer.
 *
 * @param instances   how many identical instances or nodes
 * @param hourlyPrice price of one instance per hour (USD); 0 when unpriced
 * @param reliability availability of one instance
 * @param switchoverSeconds seconds a database or cache pool takes to switch to a spare instance in its region when
 *                          its active one fails; null = the default for its kind (Assumptions, Defaults)
 * @param zoneRedundant     a managed service that spans its region's zones (RDS Multi-AZ, Aurora, DynamoDB, S3): no
 *                          zone outage takes it down, its availability being the service's own regional figure
 * @param serviceTime       time to handle one request, without the network (p50, p99); null: not stated, 0
 */
public record Component(String id, String name, String regionId, int instances, double hourlyPrice,
                        Reliability reliability, ComponentSpec spec, Double switchoverSeconds,
                        boolean zoneRedundant, ServiceTime serviceTime) {

    /** A component whose service time is not stated. */
    public Component(String id, String name, String regionId, int instances, double hourlyPrice,
                     Reliability reliability, ComponentSpec spec, Double switchoverSeconds, boolean zoneRedundant) {
        this(id, name, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds, zoneRedundant, null);
    }

    /** A component with its kind's default switchover time. */
    public Component(String id, String name, String regionId, int instances, double hourlyPrice,
                     Reliability reliability, ComponentSpec spec) {
        this(id, name, regionId, instances, hourlyPrice, reliability, spec, null, false);
    }

    /** A component pinned to its region's zones (not zone-redundant). */
    public Component(String id, String name, String regionId, int instances, double hourlyPrice,
                     Reliability reliability, ComponentSpec spec, Double switchoverSeconds) {
        this(id, name, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds, false);
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
        return new Component(id, name, regionId, value, hourlyPrice, reliability, spec, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withRegion(String value) {
        return new Component(id, name, value, instances, hourlyPrice, reliability, spec, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withName(String value) {
        return new Component(id, value, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withSpec(ComponentSpec value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, value, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withReliability(Reliability value) {
        return new Component(id, name, regionId, instances, hourlyPrice, value, spec, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withSwitchoverSeconds(Double value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, spec, value,
                zoneRedundant, serviceTime);
    }

    public Component withHourlyPrice(double value) {
        return new Component(id, name, regionId, instances, value, reliability, spec, switchoverSeconds,
                zoneRedundant, serviceTime);
    }

    public Component withZoneRedundant(boolean value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds, value,
                serviceTime);
    }

    public Component withServiceTime(ServiceTime value) {
        return new Component(id, name, regionId, instances, hourlyPrice, reliability, spec, switchoverSeconds,
                zoneRedundant, value);
    }
}
