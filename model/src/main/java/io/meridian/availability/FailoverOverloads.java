package io.meridian.availability;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.UnservedLoad;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capacity-aware failover, to first order. A k-of-n pool needs the instances that carry its region's normal load,
 * so on its own the availability model would let a survivor take a failed region's users however overloaded it
 * gets. Here the states in which exactly one region is down (its provider and every other region up) and those in
 * which exactly one provider is down (every region of the other providers up) are judged with the capacity
 * engine's outcome of that failure ({@link CapacityEngine}'s "region:id" and "provider:id" scenarios): the regions
 * its cascade takes down serve nobody, and the populations it leaves unserved are down. These are the states
 * failures are made of (each of order ε). States with two or more regions down keep the plain judgement, without
 * overloads: they are of order ε², so the downtime is under-counted by at most terms of that order. A design whose
 * normal load already overloads some region (noted by the structure) has the regions normal operation's cascade
 * takes down serving nobody in every other state.
 */
final class FailoverOverloads {
    /**
     * One single-failure state whose outcome the capacity engine changes.
     *
     * @param kind      REGION or PROVIDER
     * @param index     the region's or provider's index in the structure
     * @param failed    per region: down in the state itself
     * @param overloaded per region: taken down by the cascade (beyond {@code failed}); its service tier is
     *                  saturated, so it serves nobody, while its data copies stay up (an overload is a compute
     *                  failure, not a data one)
     * @param unserved  per population: left without a region in the capacity engine's outcome
     * @param cascaded  regions the cascade took down beyond {@code failed}, by id
     */
    record Scenario(ElementKind kind, int index, boolean[] failed, boolean[] overloaded, boolean[] unserved,
                    List<String> cascaded) {
    }

    /** Only the scenarios that change an outcome: a cascade, or a population left unserved. */
    final List<Scenario> scenarios;
    /**
     * Per region: taken down by the capacity engine's cascade in normal operation already (a design whose normal
     * load overloads some region), so serving nobody in every state no scenario covers; null when none is.
     */
    final boolean[] normalOverloaded;
    private final int regionCount;
    /** Per scenario: its probability with nothing perfect, computed on first ask. */
    private final double[] plainProbability;
    private final java.util.Map<Scenario, Integer> scenarioIndex = new java.util.IdentityHashMap<>();

    private FailoverOverloads(List<Scenario> scenarios, boolean[] normalOverloaded, int regionCount) {
        this.scenarios = List.copyOf(scenarios);
        this.normalOverloaded = normalOverloaded;
        this.regionCount = regionCount;
        this.plainProbability = new double[this.scenarios.size()];
        java.util.Arrays.fill(plainProbability, Double.NaN);
        for (int k = 0; k < this.scenarios.size(); k++) {
            scenarioIndex.put(this.scenarios.get(k), k);
        }
    }

    static FailoverOverloads of(FailureStructure s, CapacityReport capacity) {
        List<Scenario> out = new ArrayList<>();
        int regions = s.regions.size();
        Scenario normal = scenario(s, ElementKind.REGION, -1, new boolean[regions], capacity.baseline(), null);
        for (int r = 0; r < regions; r++) {
            boolean[] failed = new boolean[regions];
            failed[r] = true;
            int index = r;
            capacity.scenario(CapacityEngine.regionScenarioId(s.regions.get(r).id()))
                    .map(c -> scenario(s, ElementKind.REGION, index, failed, c, normal))
                    .ifPresent(sc -> add(out, sc));
        }
        for (int p = 0; p < s.providers.size(); p++) {
            boolean[] failed = new boolean[regions];
            for (int r = 0; r < regions; r++) {
                failed[r] = s.regionProvider[r] == p;
            }
            int index = p;
            capacity.scenario(CapacityEngine.providerScenarioId(s.providers.get(p)))
                    .map(c -> scenario(s, ElementKind.PROVIDER, index, failed, c, normal))
                    .ifPresent(sc -> add(out, sc));
        }
        return new FailoverOverloads(out, normal.cascaded().isEmpty() ? null : normal.overloaded(), regions);
    }

    private static void add(List<Scenario> out, Scenario sc) {
        boolean anyUnserved = false;
        for (boolean u : sc.unserved()) {
            anyUnserved |= u;
        }
        if (!sc.cascaded().isEmpty() || anyUnserved) {
            out.add(sc);
        }
    }

    /**
     * The capacity outcome of one failure; {@code cascaded} and {@code unserved} only count what the failure
     * adds to {@code normal} (null for normal operation itself), so a failure that changes nothing is left out.
     */
    private static Scenario scenario(FailureStructure s, ElementKind kind, int index, boolean[] failed,
                                     CapacityScenario c, Scenario normal) {
        LoadState result = c.result();
        boolean[] overloaded = new boolean[failed.length];
        List<String> cascaded = new ArrayList<>();
        for (String id : result.downRegionIds()) {
            int r = s.regionIndex(id);
            if (!failed[r]) {
                overloaded[r] = true;
                if (normal == null || !normal.overloaded()[r]) {
                    cascaded.add(id);
                }
            }
        }
        Set<String> unservedIds = new HashSet<>();
        for (UnservedLoad u : result.unserved()) {
            unservedIds.add(u.populationId());
        }
        boolean[] unserved = new boolean[s.populationNeeds.size()];
        for (int i = 0; i < unserved.length; i++) {
            unserved[i] = normal != null && !normal.unserved()[i]
                    && unservedIds.contains(s.populationNeeds.get(i).id());
        }
        return new Scenario(kind, index, failed, overloaded, unserved, List.copyOf(cascaded));
    }

    /**
     * P(exactly this single failure): region r down on its own with every provider and every other region up,
     * Π A_provider × (1 − A_r) × Π_{other} A_region; provider p down with every other provider and every region
     * of theirs up, (1 − A_p) × Π_{other} A_provider × Π_{regions not of p} A_region. {@code perfect} never fails.
     */
    double probability(FailureStructure s, Scenario sc, Element perfect) {
        if (perfect == null || perfect.kind() == ElementKind.POOL || perfect.kind() == ElementKind.ZONE) {
            // A perfect pool leaves every factor as it is: the same product as with nothing perfect, worked out once
            // per scenario rather than once per pool (O(regions) each, over 10,000 pools).
            Integer k = scenarioIndex.get(sc);
            if (k != null) {
                if (Double.isNaN(plainProbability[k])) {
                    plainProbability[k] = product(s, sc, null);
                }
                return plainProbability[k];
            }
        }
        return product(s, sc, perfect);
    }

    private double product(FailureStructure s, Scenario sc, Element perfect) {
        double p = 1;
        for (int q = 0; q < s.providers.size(); q++) {
            double a = Element.perfect(perfect, ElementKind.PROVIDER, q) ? 1 : s.providerAvailability(q);
            p *= sc.kind() == ElementKind.PROVIDER && sc.index() == q ? 1 - a : a;
        }
        for (int r = 0; r < regionCount; r++) {
            double a = Element.perfect(perfect, ElementKind.REGION, r) ? 1 : s.regionAvailability(r);
            if (sc.kind() == ElementKind.REGION && sc.index() == r) {
                p *= 1 - a;
            } else if (!(sc.kind() == ElementKind.PROVIDER && s.regionProvider[r] == sc.index())) {
                p *= a;
            }
        }
        return p;
    }

    /** The scenario this sampled state is, or null when it is none of them (nothing down, or two or more). */
    Scenario match(FailureStructure s, boolean[] providerUp, boolean[] ownUp) {
        int providersDown = 0;
        int downProvider = -1;
        for (int q = 0; q < providerUp.length; q++) {
            if (!providerUp[q]) {
                providersDown++;
                downProvider = q;
            }
        }
        if (providersDown > 1) {
            return null;
        }
        int regionsDown = 0;
        int downRegion = -1;
        for (int r = 0; r < ownUp.length; r++) {
            if (!ownUp[r] && s.regionProvider[r] != downProvider) {
                regionsDown++;
                downRegion = r;
            }
        }
        if (providersDown == 1 && regionsDown == 0) {
            return find(ElementKind.PROVIDER, downProvider);
        }
        if (providersDown == 0 && regionsDown == 1) {
            return find(ElementKind.REGION, downRegion);
        }
        return null;
    }

    /** The scenario of this single failure, or null when the capacity engine changes nothing in it. */
    Scenario find(ElementKind kind, int index) {
        for (Scenario sc : scenarios) {
            if (sc.kind() == kind && sc.index() == index) {
                return sc;
            }
        }
        return null;
    }
}
