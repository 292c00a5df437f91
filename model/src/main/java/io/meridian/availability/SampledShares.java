package io.meridian.availability;

import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierLoad;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CapacitySlices}' rule for one sampled state of {@link MonteCarloSampling}: the state's D (the regions whose
 * chain is broken) names a slice or not; in a slice a population gets Σ w_x × s_x, where s_x is the expected share
 * region x serves given the sampled zones and its chain whole (each of its service pools up, so with k or more of
 * the instances in up zones: the binomial conditioned on that; an unbiased estimate, since the instance count is
 * drawn from exactly that distribution given the sample).
 */
final class SampledShares {
    private final CapacitySlices cs;
    private final FailureStructure s;
    /** Each slice by its D, the regions whose chain is broken (a sample's D is looked up, not spelled out). */
    private final Map<java.util.BitSet, Integer> sliceByD = new HashMap<>();
    private final java.util.BitSet sampleD = new java.util.BitSet();
    private final java.util.BitSet[] affecting;
    private final Map<String, Component> components = new HashMap<>();
    /** By slice, region and zone state, numbered (slice × regions + region) × 2^16 + zone state (≤ 16 zones). */
    private final Map<Long, Double> regionShare = new HashMap<>();
    private final boolean[] inD;

    SampledShares(CapacitySlices cs) {
        this.cs = cs;
        this.s = cs.s;
        for (int k = 0; k < cs.slices.size(); k++) {
            java.util.BitSet d = new java.util.BitSet();
            boolean[] inD = cs.slices.get(k).inD;
            for (int x = 0; x < inD.length; x++) {
                d.set(x, inD[x]);
            }
            sliceByD.put(d, k);
        }
        affecting = new java.util.BitSet[s.populationNeeds.size()];
        for (int i = 0; i < affecting.length; i++) {
            affecting[i] = new java.util.BitSet();
            for (int k : cs.affecting[i]) {
                affecting[i].set(k);
            }
        }
        s.topology.components().forEach(c -> components.putIfAbsent(c.id(), c));
        inD = new boolean[s.regions.size()];
        // The populations' write rules, each distinct one once: populations that write the same datasets through
        // the same copies share their rules, and a sample judges each rule once, not once per population (50
        // populations writing 30 datasets judged 1,500 rules per sample where 30 decide).
        Map<String, Integer> bySignature = new HashMap<>();
        List<WriteRule> distinct = new ArrayList<>();
        rulesOf = new int[s.populationNeeds.size()][];
        for (int i = 0; i < rulesOf.length; i++) {
            List<WriteRule> writes = s.populationNeeds.get(i).writes();
            rulesOf[i] = new int[writes.size()];
            for (int w = 0; w < writes.size(); w++) {
                WriteRule rule = writes.get(w);
                rulesOf[i][w] = bySignature.computeIfAbsent(rule.signature(), key -> {
                    distinct.add(rule);
                    return distinct.size() - 1;
                });
            }
        }
        rules = distinct.toArray(new WriteRule[0]);
        ruleHolds = new byte[rules.length];
        // Populations with the same rules, and with the same serving regions, have the same answer in a sample.
        writeGroup = groups(rulesOf);
        int[][] serving = new int[rulesOf.length][];
        for (int i = 0; i < serving.length; i++) {
            serving[i] = s.populationNeeds.get(i).servingRegions();
        }
        servingGroup = groups(serving);
        writableKnown = new byte[rulesOf.length];
        servedKnown = new byte[rulesOf.length];
    }

    /** Per population, the first population with an equal array (its group's number). */
    private static int[] groups(int[][] arrays) {
        Map<String, Integer> first = new HashMap<>();
        int[] out = new int[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            out[i] = first.computeIfAbsent(Arrays.toString(arrays[i]), key -> first.size());
        }
        return out;
    }

    private final int[] writeGroup;
    private final int[] servingGroup;
    /** This sample's answer per group: 0 not yet asked, 1 yes, 2 no. */
    private final byte[] writableKnown;
    private final byte[] servedKnown;

    /** Some region the population may use serves in this sample: not overloaded, its chain whole (not in D). */
    private boolean served(int i, boolean[] overloaded) {
        int g = servingGroup[i];
        if (servedKnown[g] == 0) {
            boolean any = false;
            for (int r : s.populationNeeds.get(i).servingRegions()) {
                if ((overloaded == null || !overloaded[r]) && !inD[r]) {
                    any = true;
                    break;
                }
            }
            servedKnown[g] = any ? (byte) 1 : (byte) 2;
        }
        return servedKnown[g] == 1;
    }

    /** Per population, its write rules as indexes into {@link #rules}. */
    private final int[][] rulesOf;
    private final WriteRule[] rules;
    /** This sample's judgement of each rule: 0 not yet asked, 1 holds, 2 does not. */
    private final byte[] ruleHolds;

    /** {@link PopulationNeed#writable} with each distinct rule, and each distinct set of rules, judged once per sample. */
    private boolean writable(int i, boolean[] regionUp, long[] masks) {
        int g = writeGroup[i];
        if (writableKnown[g] == 0) {
            boolean all = true;
            for (int r : rulesOf[i]) {
                if (ruleHolds[r] == 0) {
                    ruleHolds[r] = rules[r].holds(regionUp, masks) ? (byte) 1 : (byte) 2;
                }
                if (ruleHolds[r] == 2) {
                    all = false;
                    break;
                }
            }
            writableKnown[g] = all ? (byte) 1 : (byte) 2;
        }
        return writableKnown[g] == 1;
    }

    /**
     * Every population's read and write share in this state; adds the sample weight {@code w} to brownout[i] (when
     * not null) in a slice that serves it only in part. True when some population is not fully served.
     */
    boolean judge(FailoverOverloads overloads, boolean[] regionUp, long[] masks, int[] zoneMasks, boolean[] poolUp,
                  double[] read, double[] write, double[] brownout, double w) {
        for (int x = 0; x < inD.length; x++) {
            inD[x] = s.serve[x] != null && !s.serve[x].holds(regionUp, masks);
        }
        sampleD.clear();
        for (int x = 0; x < inD.length; x++) {
            if (inD[x]) {
                sampleD.set(x);
            }
        }
        Integer k = sliceByD.get(sampleD);
        CapacitySlices.Slice slice = k == null ? null : cs.slices.get(k);
        boolean anyDown = false;
        Arrays.fill(ruleHolds, (byte) 0);
        Arrays.fill(writableKnown, (byte) 0);
        Arrays.fill(servedKnown, (byte) 0);
        List<PopulationNeed> needs = s.populationNeeds;
        for (int i = 0; i < needs.size(); i++) {
            double share;
            if (slice != null && affecting[i].get(k)) {
                share = 0;
                int[] routed = slice.routed[i];
                for (int q = 0; routed != null && q < routed.length; q++) {
                    int x = routed[q];
                    share += slice.weights[i][q] * (slice.atRisk[x] ? regionShare(k, slice, x, zoneMasks[x]) : 1);
                }
            } else {
                share = served(i, overloads.normalOverloaded) ? 1 : 0;
            }
            if (brownout != null && slice != null && slice.served[i] > 0 && slice.served[i] < 1) {
                brownout[i] += w;
            }
            read[i] = share;
            write[i] = writable(i, regionUp, masks) ? share : 0;
            anyDown |= write[i] < 1;
        }
        return anyDown;
    }

    /** E[s_x | these zones up, its chain whole], once per slice, region and zone state. */
    private double regionShare(int k, CapacitySlices.Slice slice, int x, int zoneMask) {
        return regionShare.computeIfAbsent(((long) k * s.regions.size() + x) << 16 | zoneMask, key -> {
            RegionLoad rl = slice.loads[x];
            double load = rl.load().value();
            Map<String, TierLoad> tiers = new HashMap<>();
            rl.tiers().forEach(t -> tiers.put(t.componentId(), t));
            double constant = 1;
            java.util.Set<String> counted = new java.util.HashSet<>();
            List<double[]> values = new ArrayList<>();
            List<double[]> probabilities = new ArrayList<>();
            for (int j : s.regionPools[x]) {
                Pool p = s.pool(j);
                if (tiers.containsKey(p.componentId())
                        && components.get(p.componentId()).spec() instanceof ComponentSpec.Service svc
                        && !svc.autoscales() && p.needed() * svc.capacityPerInstanceRps() < load) {
                    counted.add(p.componentId());
                    int m = p.instancesInUpZones(s.zones[x], zoneMask);
                    double[] binomial = s.instancesUp(j, m);
                    double total = 0;
                    for (int c = p.needed(); c <= m; c++) {
                        total += binomial[c];
                    }
                    double[] v = new double[Math.max(0, m - p.needed() + 1)];
                    double[] q = new double[v.length];
                    for (int c = p.needed(); c <= m; c++) {
                        v[c - p.needed()] = CapacityBlocks.tierShare(svc, c, load);
                        q[c - p.needed()] = total > 0 ? binomial[c] / total : 0;
                    }
                    values.add(v);
                    probabilities.add(q);
                }
            }
            for (TierLoad t : tiers.values()) {
                if (!counted.contains(t.componentId())) {
                    constant = Math.min(constant, t.servedFraction());
                }
            }
            return expectedMin(values, probabilities, constant);
        });
    }

    /**
     * E[min(floor, v_1, v_2, …)] over independent discrete tiers, as ∫₀^floor Π_t P(V_t > x) dx (every share is
     * in [0, 1]). Enumerating every combination instead costs Π_t (values of tier t): six tiers of 600 instances
     * would be 10¹⁶ terms. Between two consecutive values the integrand is constant, so the integral is a sum
     * over the sorted values, each tier's P(V_t > x) kept by a pointer: O(values × tiers).
     */
    static double expectedMin(List<double[]> values, List<double[]> probabilities, double floor) {
        int n = values.size();
        int[][] order = new int[n][];
        double[] above = new double[n];
        int[] next = new int[n];
        List<Double> points = new java.util.ArrayList<>();
        points.add(0.0);
        points.add(floor);
        for (int t = 0; t < n; t++) {
            double[] v = values.get(t);
            double[] q = probabilities.get(t);
            order[t] = java.util.stream.IntStream.range(0, v.length).boxed()
                    .sorted(java.util.Comparator.comparingDouble(c -> v[c])).mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < v.length; c++) {
                above[t] += q[c];
                if (v[c] > 0 && v[c] < floor) {
                    points.add(v[c]);
                }
            }
        }
        double[] x = points.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        double sum = 0;
        for (int k = 1; k < x.length; k++) {
            // On (x[k-1], x[k]) no tier has a value, so P(V_t > x) = P(V_t > x[k-1]).
            double product = 1;
            for (int t = 0; t < n; t++) {
                double[] v = values.get(t);
                double[] q = probabilities.get(t);
                while (next[t] < order[t].length && v[order[t][next[t]]] <= x[k - 1]) {
                    above[t] -= q[order[t][next[t]]];
                    next[t]++;
                }
                product *= Math.max(0, above[t]);
            }
            sum += (x[k] - x[k - 1]) * product;
        }
        return sum;
    }
}
