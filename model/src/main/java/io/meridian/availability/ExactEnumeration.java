package io.meridian.availability;

import java.util.List;
import java.util.function.Supplier;

/**
 * The exact computation, one population at a time. The providers' states are enumerated (2^providers); given them,
 * regions fail independently, so the regions that only serve the population (a serving chain inside the region)
 * combine in closed form, P(none serves) = Π (1 − A_r × P(its chain is whole | region up)). Only the regions that
 * couple the population's outcome are enumerated, each down or up with each combination of its events
 * ({@link RegionBlocks}): those holding a copy a dataset it writes may take writes on (leader, promotable replica,
 * voters, copies) and those whose serving chain reaches into another region, with the regions that chain reaches.
 * That is usually 2 to 5 regions, however many the design has. The single-failure states are then re-judged with
 * the capacity engine's outcome ({@link FailoverOverloads}).
 */
final class ExactEnumeration {
    /** Coupled states beyond which a population's regions are summed out by {@link Elimination}, not walked. */
    static final double WALK_LIMIT = 2048;

    /**
     * Per population, P(served) and P(served and every dataset it writes has a writable copy), routing left out;
     * populations not asked for are 0.
     *
     * @param states       coupled-region states visited plus the states inside the regions' blocks
     * @param regionStates the region blocks' states alone
     */
    record Result(double[] read, double[] write, long states, long regionStates) {
    }

    final FailureStructure s;
    private final FailoverOverloads overloads;
    /** Per population: the regions enumerated. */
    final int[][] coupled;
    /** Per population: its serving regions among the coupled ones, and the ones in closed form. */
    final int[][] servingInside;
    final int[][] servingOutside;
    /** Per population: the first population with the same needs (same figures), computed once per run. */
    private final int[] representative;
    /** Per population: the elimination plan when its coupled regions are too many to walk, else null. */
    final Elimination.Plan[] plans;
    /** Per population on the elimination path: its compiled sums, built on first use over the normal blocks. */
    final CompiledSums[] compiled;
    /** Per group representative, built on first use: the capacity slices' compiled sums. */
    private final java.util.Map<Long, SliceSums> sliceSums = new java.util.HashMap<>();
    /** Per region: the states a slice allows it outside D [0] and in D [1], built on first use. */
    private final RegionStates[][] regionStates;
    /** Each write rule's regions, worked out once (every slice's sums multiply the same rules). */
    private final java.util.Map<WriteRule, int[]> ruleScopes = new java.util.IdentityHashMap<>();
    /** The first run's blocks and their events' probabilities, which later runs share but for one region. */
    private RegionBlocks.Distribution[] firstBlocks;
    private final java.util.Map<Integer, double[]> plainUp = new java.util.HashMap<>();
    private double[][] firstEventUp;
    /** The capacity slices' sums of the run with nothing perfect, which runs with one region changed rescale. */
    final java.util.Map<Long, JudgedSlice> recordedSlices = new java.util.HashMap<>();
    final java.util.Map<Long, SliceJudgement.Outside> recordedOutsides = new java.util.HashMap<>();
    RegionBlocks.Distribution[] recordedSliceBlocks;
    double[] recordedWhole;
    /** Per population, built on first ask: the regions {@link #involves} it. */
    private final java.util.BitSet[] involved;
    /** The states the capacity engine judges (normal operation, one chain broken, one provider down). */
    final CapacitySlices slices;
    /** Per population, from the run with nothing perfect: P(a slice that serves it only in part). */
    double[] brownoutProbability;
    RegionBlocks.Distribution[] baseBlocks;
    /** Per region: event combinations some run may give it beyond its normal block's (a pool made perfect). */
    final java.util.Map<Integer, java.util.Set<Long>> extraMasks = new java.util.HashMap<>();
    /** The unperturbed run's eliminations, which the ranking's runs with one element perfect reuse. */
    final RecordedDerivatives derivatives;
    /**
     * The unperturbed run's judgement per representative population and provider state, {read, write} at 2 × state
     * (NaN: not judged), and the blocks it was judged over. A run with a provider made perfect changes only the
     * states' probabilities, and one with a region made perfect only what populations involving that region read:
     * every other judgement is this one, number for number (the same code on the same inputs).
     */
    private double[][] unperturbed;
    private RegionBlocks.Distribution[] unperturbedBlocks;

    ExactEnumeration(FailureStructure s, FailoverOverloads overloads) {
        this.s = s;
        this.overloads = overloads;
        this.derivatives = new RecordedDerivatives(s);
        List<PopulationNeed> needs = s.populationNeeds;
        // The needs are the structure's (shared by its sizings, FailureStructure.Skeleton): so is their layout.
        EnumerationLayout layout = s.shared.layout(needs, () -> EnumerationLayout.of(s));
        coupled = layout.coupled();
        servingInside = layout.servingInside();
        servingOutside = layout.servingOutside();
        representative = layout.representative();
        plans = new Elimination.Plan[needs.size()];
        compiled = new CompiledSums[needs.size()];
        involved = new java.util.BitSet[needs.size()];
        regionStates = new RegionStates[s.regions.size()][2];
        slices = new CapacitySlices(s, overloads.normalOverloaded, coupled);
    }

    /** The first population with the same needs as population i (the same figures before routing). */
    int representative(int i) {
        return representative[i];
    }

    /** Slice k's sums for population i's group, compiled on first use over the blocks' and later runs' masks. */
    SliceSums sliceSums(int i, int k, RegionBlocks.Distribution[] blocks) {
        int g = representative[i];
        return sliceSums.computeIfAbsent((long) g * slices.slices.size() + k, key -> {
            boolean[] inD = slices.slices.get(k).inD;
            RegionStates[] states = new RegionStates[s.regions.size()];
            int[] regions = slices.enumerated(g);
            for (int r : regions) {
                int variant = inD[r] ? 1 : 0;
                if (regionStates[r][variant] == null) {
                    regionStates[r][variant] = RegionStates.of(s, r, inD[r], blocks[r],
                            extraMasks.getOrDefault(r, java.util.Set.of()));
                }
                states[r] = regionStates[r][variant];
            }
            Supplier<SliceSums> work = () -> SliceSums.compile(s, s.populationNeeds.get(g), regions, inD, states,
                    ruleScopes);
            if (!s.shared.remembers()) {
                return work.get();
            }
            // Compiled from the group's needs, which regions are in D and the states each enumerated region may take:
            // another sizing whose blocks give the same states has the same sums.
            SizingShared.KeyBuilder content = new SizingShared.KeyBuilder().add(2).add(g).add(regions.length);
            for (int r : regions) {
                RegionStates rs = states[r];
                content.add(r).add(inD[r] ? 1 : 0).add(rs.domain()).add(rs.downState());
                for (int m = 0; m < rs.domain(); m++) {
                    content.add(rs.stateUp()[m] ? 1 : 0).add(rs.stateMask()[m]);
                }
            }
            return s.shared.compiled(content.key(), work);
        });
    }

    /** Population i's elimination sums, over its coupled regions' normal blocks' masks and later runs' ones. */
    CompiledSums compiledSums(int i, boolean[] regionUp, long[] masks) {
        int[] order = plans[i].order();
        Supplier<CompiledSums> work = () -> CompiledSums.compile(s, s.populationNeeds.get(i), coupled[i],
                servingInside[i], baseBlocks, extraMasks, order, regionUp, masks);
        if (!s.shared.remembers()) {
            return work.get();
        }
        SizingShared.KeyBuilder content = new SizingShared.KeyBuilder().add(1).add(i).add(order.length);
        for (int r : order) {
            content.add(r);
        }
        for (int r : coupled[i]) {
            content.add(r).add(baseBlocks[r].masks().length);
            for (long m : baseBlocks[r].masks()) {
                content.add(m);
            }
            java.util.Set<Long> extra = extraMasks.getOrDefault(r, java.util.Set.of());
            content.add(extra.size());
            for (long m : extra) {
                content.add(m);
            }
        }
        return s.shared.compiled(content.key(), work);
    }


    static RegionBlocks.Distribution[] blocks(FailureStructure s, Element perfect) {
        RegionBlocks.Distribution[] blocks = new RegionBlocks.Distribution[s.regions.size()];
        for (int r = 0; r < blocks.length; r++) {
            blocks[r] = RegionBlocks.of(s, r, perfect);
        }
        return blocks;
    }

    /** States population i's enumeration visits: 2^providers × Π over its coupled regions (1 + event combinations). */
    double states(int i, RegionBlocks.Distribution[] blocks) {
        double walk = 1;
        for (int r : coupled[i]) {
            walk *= 1 + blocks[r].masks().length;
        }
        if (walk > WALK_LIMIT) {
            // The engine asks again for the method text: the plan over the same blocks is the one already made.
            boolean planned = plans[i] != null && baseBlocks == blocks;
            baseBlocks = blocks;
            int rep = representative[i];
            plans[i] = planned ? plans[i] : rep < i && plans[rep] != null ? plans[rep] : plan(i, blocks);
            walk = Math.min(walk, plans[i].largestTable());
        }
        return Math.pow(2, s.providers.size()) * walk;
    }

    /** The order to sum population i's coupled regions out in, over the factors {@link CoupledWalk} eliminates. */
    private Elimination.Plan plan(int i, RegionBlocks.Distribution[] blocks) {
        int[] domain = new int[s.regions.size()];
        java.util.Arrays.fill(domain, 1);
        List<int[]> scopes = new java.util.ArrayList<>();
        for (int r : coupled[i]) {
            domain[r] = 1 + blocks[r].masks().length;
            scopes.add(new int[] {r});
        }
        for (WriteRule w : s.populationNeeds.get(i).writes()) {
            scopes.add(scope(w));
        }
        for (int r : servingInside[i]) {
            scopes.add(s.serve[r].regions().clone());
        }
        return Elimination.plan(scopes, coupled[i], domain);
    }

    static int[] scope(WriteRule w) {
        return w.copies().stream().flatMapToInt(c -> java.util.Arrays.stream(c.regions())).distinct().sorted()
                .toArray();
    }

    /** Declares the event combinations region r has in a later run's blocks (before the first run). */
    void allow(int r, RegionBlocks.Distribution d) {
        for (long m : d.masks()) {
            extraMasks.computeIfAbsent(r, k -> new java.util.LinkedHashSet<>()).add(m);
        }
    }

    /** True when population i's outcome depends on region r's own state or its pools. */
    boolean involves(int i, int r) {
        // The ranking asks for every pool of every region: a set per population, not a scan of its regions each time.
        if (involved[i] == null) {
            involved[i] = new java.util.BitSet(s.regions.size());
            for (int x : coupled[i]) {
                involved[i].set(x);
            }
            for (int x : servingOutside[i]) {
                involved[i].set(x);
            }
        }
        return involved[i].get(r);
    }

    /** The populations flagged in {@code which}, with {@code perfect} (may be null) never failing. */
    Result run(Element perfect, RegionBlocks.Distribution[] blocks, boolean[] which) {
        int regions = s.regions.size();
        int providers = s.providers.size();
        double[][] eventUp = eventUp(blocks);
        CoupledWalk walk = new CoupledWalk(this, blocks, eventUp);
        derivatives.begin(perfect, blocks, (1 << providers) + 2 * overloads.scenarios.size(), which.length);
        double[] read = new double[which.length];
        double[] write = new double[which.length];
        double[] up;
        double[] acc = new double[2];
        if (perfect == null) {
            unperturbed = new double[which.length][];
            unperturbedBlocks = blocks;
        }
        boolean reuse = perfect != null && unperturbed != null && blocks == unperturbedBlocks
                && (perfect.kind() == ElementKind.PROVIDER || perfect.kind() == ElementKind.REGION);
        for (int state = 0; state < (1 << providers); state++) {
            double p = 1;
            for (int q = 0; q < providers; q++) {
                double a = Element.perfect(perfect, ElementKind.PROVIDER, q) ? 1 : s.providerAvailability(q);
                p *= (state & (1 << q)) != 0 ? a : 1 - a;
            }
            if (p == 0) {
                continue;
            }
            up = up(perfect, state);
            for (int i = 0; i < which.length; i++) {
                if (which[i] && representative[i] == i) {
                    double[] known = reuse ? unperturbed[i] : null;
                    if (known != null && !Double.isNaN(known[2 * state])
                            && (perfect.kind() == ElementKind.PROVIDER || !involves(i, perfect.index()))) {
                        acc[0] = known[2 * state];
                        acc[1] = known[2 * state + 1];
                    } else {
                        derivatives.judgement(state);
                        walk.judge(i, up, overloads.normalOverloaded, acc);
                    }
                    if (perfect == null) {
                        if (unperturbed[i] == null) {
                            unperturbed[i] = new double[2 << providers];
                            java.util.Arrays.fill(unperturbed[i], Double.NaN);
                        }
                        unperturbed[i][2 * state] = acc[0];
                        unperturbed[i][2 * state + 1] = acc[1];
                    }
                    read[i] += p * acc[0];
                    write[i] += p * acc[1];
                }
            }
        }
        derivatives.end();
        long regionStates = 0;
        for (RegionBlocks.Distribution d : blocks) {
            regionStates += d.states();
        }
        for (int i = 0; i < which.length; i++) {
            read[i] = read[representative[i]];
            write[i] = write[representative[i]];
        }
        // The states the capacity engine judges, per population (its routing decides its share, not its group).
        SliceJudgement capacity = new SliceJudgement(this, perfect, blocks);
        double[] brownout = perfect == null ? new double[which.length] : null;
        for (int i = 0; i < which.length; i++) {
            if (which[i] && slices.affecting[i].length > 0) {
                capacity.correct(i, read, write, brownout);
            }
            read[i] = Math.max(0, Math.min(1, read[i]));
            write[i] = Math.max(0, Math.min(read[i], write[i]));
        }
        if (brownout != null) {
            brownoutProbability = brownout;
        }
        return new Result(read, write, walk.leaves + regionStates, regionStates);
    }

    /**
     * Each region's probability of being up in a provider state: worked out once per state and shared by the runs
     * (a perfect provider changes the state's probability, not the regions'); a perfect region changes one entry
     * of a copy.
     */
    private double[] up(Element perfect, int state) {
        double[] base = plainUp.computeIfAbsent(state, st -> {
            double[] u = new double[s.regions.size()];
            for (int r = 0; r < u.length; r++) {
                u[r] = (st & (1 << s.regionProvider[r])) != 0 ? s.regionAvailability(r) : 0;
            }
            return u;
        });
        if (perfect != null && perfect.kind() == ElementKind.REGION) {
            double[] copy = base.clone();
            int r = perfect.index();
            copy[r] = (state & (1 << s.regionProvider[r])) != 0 ? 1 : 0;
            return copy;
        }
        return base;
    }

    /**
     * Per region and event: P(the event holds | the region is up). A ranking run's blocks are the first run's but
     * for one region, so only the rows of the regions whose block differs are worked out again.
     */
    private double[][] eventUp(RegionBlocks.Distribution[] blocks) {
        if (firstBlocks == null) {
            firstBlocks = blocks;
            firstEventUp = eventUpRows(blocks, null);
            return firstEventUp;
        }
        return eventUpRows(blocks, firstEventUp);
    }

    private double[][] eventUpRows(RegionBlocks.Distribution[] blocks, double[][] known) {
        double[][] out = new double[blocks.length][];
        for (int r = 0; r < blocks.length; r++) {
            if (known != null && blocks[r] == firstBlocks[r]) {
                out[r] = known[r];
                continue;
            }
            out[r] = new double[s.eventCount[r]];
            RegionBlocks.Distribution d = blocks[r];
            for (int k = 0; k < d.masks().length; k++) {
                for (int e = 0; e < out[r].length; e++) {
                    if ((d.masks()[k] & (1L << e)) != 0) {
                        out[r][e] += d.probabilities()[k];
                    }
                }
            }
        }
        return out;
    }
}
