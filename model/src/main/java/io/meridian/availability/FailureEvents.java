package io.meridian.availability;

import static io.meridian.availability.FailoverCharges.POOL;
import static io.meridian.availability.FailoverCharges.PROVIDER;
import static io.meridian.availability.FailoverCharges.REGION;
import static io.meridian.availability.FailoverCharges.SWITCHOVER;
import static io.meridian.availability.FailoverCharges.ZONE;

import io.meridian.model.Defaults;
import java.util.ArrayList;
import java.util.List;

/**
 * The failures that happen on their own, each charged its recovery by {@link FailoverCharges}: providers, regions,
 * zones, pools and in-region switchovers, with how often and how long; and a region's event mask with everything
 * up but what one of them takes.
 */
final class FailureEvents {
    private static final double SECONDS_PER_HOUR = 3600;

    private FailureEvents() {
    }

    /**
     * One failure that happens on its own. kind: one of {@link FailoverCharges#KINDS}; index: provider, region (zone
     * events too) or pool; seconds: how long it lasts (its repair).
     */
    record Event(int kind, int index, int zone, double perYear, double seconds) {
    }

    /** The region's events with every instance up, except what the failing element takes (e may be null). */
    static long allUpMask(FailureStructure s, int r, Event e) {
        int zones = s.zones[r];
        int zoneUp = (1 << zones) - 1;
        if (e != null && e.kind() == ZONE && e.index() == r) {
            zoneUp &= ~(1 << e.zone());
        }
        long m = s.fullMask(r);
        for (int j : s.regionPools[r]) {
            Pool p = s.pool(j);
            boolean failed = e != null && e.kind() == POOL && e.index() == j;
            if (failed || p.instancesInUpZones(zones, zoneUp) < p.needed()) {
                m &= ~s.poolKill[j];
            }
        }
        return m;
    }

    /** Providers, regions, zones (index = region), pools and in-region switchovers, with events/yr and length. */
    static List<Event> of(FailureStructure s, InRegionSwitchovers switchovers) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < s.providers.size(); i++) {
            double mttr = s.providerMttrHours(i);
            out.add(new Event(PROVIDER, i, -1, ClosedForms.eventsPerYear(s.providerAvailability(i), mttr),
                    mttr * SECONDS_PER_HOUR));
        }
        for (int r = 0; r < s.regions.size(); r++) {
            double mttr = s.regions.get(r).mttrHours();
            out.add(new Event(REGION, r, -1, ClosedForms.eventsPerYear(s.regionAvailability(r), mttr),
                    mttr * SECONDS_PER_HOUR));
            for (int z = 0; z < s.zones[r]; z++) {
                out.add(new Event(ZONE, r, z, ClosedForms.eventsPerYear(s.zoneAvailability(r), s.zoneMttrHours(r)),
                        s.zoneMttrHours(r) * SECONDS_PER_HOUR));
            }
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                double perYear = ClosedForms.poolFailuresPerYear(p.instanceAvailability(), p.needed(), p.instances(),
                        p.mttrHours());
                // A k-of-n pool stays down (1 − A) / (failures per hour) on average: one of its down instances back.
                double hours = perYear > 0 ? (1 - p.availability()) * Defaults.HOURS_PER_YEAR / perYear : 0;
                out.add(new Event(POOL, j, -1, perYear, hours * SECONDS_PER_HOUR));
                if (switchovers.has(j)) {
                    out.add(new Event(SWITCHOVER, j, -1, ClosedForms.switchoversPerYear(p.instanceAvailability(),
                            p.needed(), p.instances(), p.mttrHours()), p.mttrHours() * SECONDS_PER_HOUR));
                }
            }
        }
        return out;
    }
}
