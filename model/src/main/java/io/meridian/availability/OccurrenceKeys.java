package io.meridian.availability;

import static io.meridian.availability.FailoverCharges.POOL;
import static io.meridian.availability.FailoverCharges.PROVIDER;
import static io.meridian.availability.FailoverCharges.REGION;
import static io.meridian.availability.FailoverCharges.SWITCHOVER;
import static io.meridian.availability.FailoverCharges.ZONE;

import java.util.List;

/**
 * Everything one occurrence of an event reads beyond the structure ({@link EventOccurrences}), as a key by content,
 * for the design search: its sizings share the structure (regions, chains, population needs, write rules, recovery
 * timings), and an occurrence reads of the sizing only every region's events with everything up, which regions
 * normal operation and the event's own cascade take down and whom that leaves unserved, the event's length, the
 * mask it leaves its own region, and the in-region switchovers it starts with their clocks. Two sizings whose keys
 * are equal are charged the same numbers, whichever worked them out.
 */
final class OccurrenceKeys {
    private final FailureStructure s;
    private final FailoverOverloads overloads;
    private final InRegionSwitchovers switchovers;
    /** This sizing's inputs every event reads (each region's mask with everything up, normal overloads): one id. */
    private final long common;

    OccurrenceKeys(FailureStructure s, FailoverOverloads overloads, InRegionSwitchovers switchovers, long[] allUp) {
        this.s = s;
        this.overloads = overloads;
        this.switchovers = switchovers;
        SizingShared.KeyBuilder shared = new SizingShared.KeyBuilder().add(allUp.length);
        for (long m : allUp) {
            shared.add(m);
        }
        bits(shared, overloads.normalOverloaded);
        this.common = s.shared.sizingInputs(shared.key());
    }

    SizingShared.ContentKey of(FailureEvents.Event e) {
        SizingShared.KeyBuilder key = new SizingShared.KeyBuilder().add(common).add(e.kind()).add(e.index())
                .add(e.zone()).add(Double.doubleToLongBits(e.seconds()));
        if (e.kind() == PROVIDER || e.kind() == REGION) {
            FailoverOverloads.Scenario cascade = overloads.find(e.kind() == PROVIDER ? ElementKind.PROVIDER
                    : ElementKind.REGION, e.index());
            key.add(cascade == null ? 0 : 1);
            if (cascade != null) {
                bits(key, cascade.overloaded());
                bits(key, cascade.unserved());
            }
        } else if (e.kind() == ZONE) {
            key.add(FailureEvents.allUpMask(s, e.index(), e));
            List<Integer> switched = switchovers.inZone(e.index(), e.zone());
            key.add(switched.size());
            for (int j : switched) {
                key.add(j);
                clock(key, switchovers.clock(j));
            }
        } else if (e.kind() == POOL) {
            key.add(FailureEvents.allUpMask(s, s.pool(e.index()).regionIndex(), e));
        } else if (e.kind() == SWITCHOVER) {
            clock(key, switchovers.clock(e.index()));
        }
        return key.key();
    }

    private static void clock(SizingShared.KeyBuilder key, UnservedTime.Clock c) {
        key.add(Double.doubleToLongBits(c.seconds())).add(Double.doubleToLongBits(c.failureOnDemand()))
                .add(Double.doubleToLongBits(c.manualExtra()));
    }

    /** The flags as 64-bit words, with their count (null: none). */
    private static void bits(SizingShared.KeyBuilder key, boolean[] flags) {
        if (flags == null) {
            key.add(-1);
            return;
        }
        key.add(flags.length);
        long word = 0;
        for (int k = 0; k < flags.length; k++) {
            if (flags[k]) {
                word |= 1L << (k & 63);
            }
            if ((k & 63) == 63 || k == flags.length - 1) {
                key.add(word);
                word = 0;
            }
        }
    }
}
