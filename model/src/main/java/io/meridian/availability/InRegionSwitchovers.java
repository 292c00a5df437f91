package io.meridian.availability;

import io.meridian.recovery.FailoverTimings;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools that switch over in their region: database and cache pools with a spare (more instances than they
 * need), and zone-redundant ones (a managed multi-AZ service keeps its standby inside the service). The active
 * instances are the first {@code needed} ones, so a zone event switches a pool over when one of them lives in that
 * zone (instance i in zone i mod zones) and the pool survives it; a zone-redundant pool always survives it.
 */
final class InRegionSwitchovers {
    private final FailureStructure s;
    private final UnservedTime.Clock[] clocks;

    InRegionSwitchovers(FailureStructure s, FailoverTimings timings) {
        this.s = s;
        this.clocks = new UnservedTime.Clock[s.pools.size()];
        // By id once: a design of 10,000 components has about as many switchovers as pools.
        java.util.Map<String, FailoverTimings.Switchover> byComponent = new java.util.HashMap<>();
        timings.switchovers().forEach(sw -> byComponent.putIfAbsent(sw.componentId(), sw));
        for (int j = 0; j < clocks.length; j++) {
            Pool p = s.pool(j);
            FailoverTimings.Switchover sw = byComponent.get(p.componentId());
            if (sw != null && (p.instances() > p.needed() || p.zoneRedundant())) {
                clocks[j] = new UnservedTime.Clock(sw.seconds().value(), sw.failureOnDemand(),
                        timings.operatorDecision().value());
            }
        }
    }

    boolean has(int pool) {
        return clocks[pool] != null;
    }

    UnservedTime.Clock clock(int pool) {
        return clocks[pool];
    }

    /** Pools of the region that survive losing the zone but lose an active instance with it. */
    List<Integer> inZone(int region, int zone) {
        List<Integer> out = new ArrayList<>();
        int zones = s.zones[region];
        int zoneUp = ((1 << zones) - 1) & ~(1 << zone);
        for (int j : s.regionPools[region]) {
            Pool p = s.pool(j);
            boolean activeThere = zone < Math.min(p.needed(), zones);
            if (has(j) && activeThere && p.instancesInUpZones(zones, zoneUp) >= p.needed()) {
                out.add(j);
            }
        }
        return out;
    }
}
