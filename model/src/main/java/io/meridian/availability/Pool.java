package io.meridian.availability;

/**
 * One component as a k-of-n pool of identical instances, spread round-robin over its region's zones.
 *
 * @param needed       k: instances that must be up (see {@link FailureStructure} for how it is chosen)
 * @param mttrHours    repair time of one instance
 * @param zoneRedundant a managed multi-AZ service: in no zone, so no zone outage takes its instances
 */
record Pool(String componentId, int regionIndex, int localIndex, double instanceAvailability, int needed,
            int instances, double mttrHours, boolean zoneRedundant) {

    /** Availability with every zone up: the k-of-n closed form. */
    double availability() {
        return ClosedForms.kOfN(instanceAvailability, needed, instances);
    }

    /** P(pool up) when m of its instances sit in zones that are up, for m = 0..n. */
    double[] upByInstancesInUpZones() {
        double[] up = new double[instances + 1];
        for (int m = 0; m <= instances; m++) {
            up[m] = ClosedForms.kOfN(instanceAvailability, needed, m);
        }
        return up;
    }

    /**
     * Instances in up zones, instance i living in zone i mod zones; zones = 0 means no zone domain. A zone-redundant
     * pool keeps every instance whatever the zones.
     */
    int instancesInUpZones(int zones, int zoneUpMask) {
        if (zones == 0 || zoneRedundant) {
            return instances;
        }
        // Zone z holds instances z, z + zones, …: ⌊n / zones⌋ of them, one more for the first n mod zones zones.
        // The two divisions once, not per zone: this runs per zone state, pool and capacity block.
        int each = instances / zones;
        int firstWithOneMore = instances % zones;
        int m = 0;
        for (int z = 0; z < zones; z++) {
            if ((zoneUpMask & (1 << z)) != 0) {
                m += each + (z < firstWithOneMore ? 1 : 0);
            }
        }
        return m;
    }
}
