package io.meridian.capacity;

import io.meridian.model.Component;
import io.meridian.model.Topology;
import io.meridian.routing.RequestPath;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the capacity engine works out once for every sizing of one structure: the design search evaluates hundreds
 * of sizings of each, and a spare changes one tier of one region. Shared: the request paths (which tiers carry
 * users' requests read components, links and datasets, never an instance count) and how busy a region's tiers are
 * under a load, by the tiers themselves (instances, capacity, overload behaviour: everything that figure reads) and
 * the load. Each value is a pure function of its key, so which sizing worked it out first never shows. Bounded:
 * emptied when full.
 */
public final class CapacityShared {
    /** Regions × the distinct loads their failures give them (about 200 at 30 regions, 1,000 at 100). */
    static final int MAX_TIER_USES = 4_096;
    private final boolean remember;
    private volatile RequestPath paths;
    private final ConcurrentHashMap<TierUseKey, LoadStates.TierUse> tierUses = new ConcurrentHashMap<>();

    private CapacityShared(boolean remember) {
        this.remember = remember;
    }

    /** For one evaluation on its own: nothing is kept beyond it. */
    public static CapacityShared none() {
        return new CapacityShared(false);
    }

    /** For the sizings of one structure (the caller's promise: they differ in instance counts and specs only). */
    public static CapacityShared forSizings() {
        return new CapacityShared(true);
    }

    RequestPath paths(Topology topology) {
        if (!remember) {
            return RequestPath.of(topology);
        }
        RequestPath known = paths;
        if (known == null) {
            known = RequestPath.of(topology);
            paths = known;
        }
        return known;
    }

    /** A region's tiers as a key: compared element by element, the same component objects first. */
    static final class Tiers {
        private final List<Component> tiers;
        private final int hash;

        Tiers(List<Component> tiers) {
            this.tiers = List.copyOf(tiers);
            this.hash = this.tiers.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Tiers t) || hash != t.hash || tiers.size() != t.tiers.size()) {
                return false;
            }
            for (int k = 0; k < tiers.size(); k++) {
                Component a = tiers.get(k);
                Component b = t.tiers.get(k);
                if (a != b && !a.equals(b)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record TierUseKey(Tiers tiers, long loadBits) {
    }

    LoadStates.TierUse tierUse(Tiers tiers, double load, Supplier<LoadStates.TierUse> work) {
        if (!remember) {
            return work.get();
        }
        TierUseKey key = new TierUseKey(tiers, Double.doubleToLongBits(load));
        LoadStates.TierUse known = tierUses.get(key);
        if (known != null) {
            return known;
        }
        LoadStates.TierUse value = work.get();
        if (tierUses.size() >= MAX_TIER_USES) {
            tierUses.clear();
        }
        LoadStates.TierUse first = tierUses.putIfAbsent(key, value);
        return first != null ? first : value;
    }
}
