package io.meridian.availability;

import java.util.List;
import java.util.TreeSet;

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

    private final FailureStructure s;
    private final FailoverOverloads overloads;
    /** Per population: the regions enumerated. */
    final int[][] coupled;
    /** Per population: its serving regions among the coupled ones, and the ones in closed form. */
    private final int[][] servingInside;
    private final int[][] servingOutside;
    /** Per population: the first population with the same needs (same figures), computed once per run. */
    private final int[] representative;
    /** Per population: the elimination plan when its coupled regions are too many to walk, else null. */
    private final Elimination.Plan[] plans;
    /** Per population on the elimination path: its compiled sums, built on first use over the normal blocks. */
    private final Compiled[] compiled;
    private RegionBlocks.Distribution[] baseBlocks;
    /** Per region: event combinations some run may give it beyond its normal block's (a pool made perfect). */
    private final java.util.Map<Integer, java.util.Set<Long>> extraMasks = new java.util.HashMap<>();

    /**
     * One elimination of the run with no element perfect, kept so that a run with one pool made perfect (which
     * changes only its region's own table) is that result plus the change times the recorded derivatives.
     */
    private record Recorded(double[][] own, double noneServes, double writable, double writableNoneServes,
                            double[][] gradNone, double[][] gradWritable, double[][] gradWritableNone) {
    }

    /** Per judgement of the unperturbed run (provider states, then two per scenario) and population. */
    private Recorded[][] recorded;
    private RegionBlocks.Distribution[] recordedBlocks;
    private boolean recording;
    /** The region whose own table alone the current run changes, when the recorded derivatives apply; else −1. */
    private int reuseRegion = -1;
    private int judgement;

    private record Compiled(int[] domain, java.util.Map<Integer, java.util.Map<Long, Integer>> maskIndex,
                            double[][] writes, double[][] notServing, Elimination.Compiled noneServes,
                            Elimination.Compiled writable, Elimination.Compiled writableNoneServes) {
    }

    ExactEnumeration(FailureStructure s, FailoverOverloads overloads) {
        this.s = s;
        this.overloads = overloads;
        List<PopulationNeed> needs = s.populationNeeds;
        coupled = new int[needs.size()][];
        servingInside = new int[needs.size()][];
        servingOutside = new int[needs.size()][];
        for (int i = 0; i < needs.size(); i++) {
            PopulationNeed need = needs.get(i);
            TreeSet<Integer> set = new TreeSet<>();
            for (WriteRule w : need.writes()) {
                for (Requirement c : w.copies()) {
                    for (int r : c.regions()) {
                        set.add(r);
                    }
                }
            }
            for (int r : need.servingRegions()) {
                if (s.serve[r].regions().length > 1) {
                    for (int x : s.serve[r].regions()) {
                        set.add(x);
                    }
                }
            }
            coupled[i] = set.stream().mapToInt(Integer::intValue).toArray();
            servingInside[i] = java.util.Arrays.stream(need.servingRegions()).filter(set::contains).toArray();
            servingOutside[i] = java.util.Arrays.stream(need.servingRegions()).filter(r -> !set.contains(r))
                    .toArray();
        }
        representative = new int[needs.size()];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            representative[i] = seen.computeIfAbsent(key(i), k -> seen.size());
        }
        int[] firstOfGroup = new int[seen.size()];
        java.util.Arrays.fill(firstOfGroup, -1);
        for (int i = 0; i < needs.size(); i++) {
            int g = representative[i];
            if (firstOfGroup[g] < 0) {
                firstOfGroup[g] = i;
            }
            representative[i] = firstOfGroup[g];
        }
        plans = new Elimination.Plan[needs.size()];
        compiled = new Compiled[needs.size()];
    }

    /** What decides a population's figures: where it may be served, what its writes need, what overloads do to it. */
    private String key(int i) {
        PopulationNeed need = s.populationNeeds.get(i);
        StringBuilder k = new StringBuilder(java.util.Arrays.toString(need.servingRegions()));
        for (WriteRule w : need.writes()) {
            k.append('|').append(w.needed());
            for (Requirement c : w.copies()) {
                k.append(java.util.Arrays.toString(c.regions())).append(java.util.Arrays.toString(c.events()));
            }
        }
        for (FailoverOverloads.Scenario sc : overloads.scenarios) {
            k.append(sc.unserved()[i] ? '1' : '0');
        }
        return k.toString();
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

    /** The order to sum population i's coupled regions out in, over the factors {@link Walk#eliminate} builds. */
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

    private static int[] scope(WriteRule w) {
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
        for (int x : coupled[i]) {
            if (x == r) {
                return true;
            }
        }
        for (int x : servingOutside[i]) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }

    /** The populations flagged in {@code which}, with {@code perfect} (may be null) never failing. */
    Result run(Element perfect, RegionBlocks.Distribution[] blocks, boolean[] which) {
        int regions = s.regions.size();
        int providers = s.providers.size();
        double[][] eventUp = eventUp(blocks);
        Walk walk = new Walk(blocks, eventUp);
        recording = perfect == null;
        if (recording) {
            recorded = new Recorded[(1 << providers) + 2 * overloads.scenarios.size()][which.length];
            recordedBlocks = blocks;
        }
        // A perfect pool changes only its region's block, a perfect region only its own probability of being up:
        // either way only that region's own table differs from the recorded run's.
        reuseRegion = perfect == null || recorded == null ? -1
                : perfect.kind() == ElementKind.POOL ? onlyDifference(blocks, s.pool(perfect.index()).regionIndex())
                : perfect.kind() == ElementKind.REGION ? onlyDifference(blocks, perfect.index()) : -1;
        double[] read = new double[which.length];
        double[] write = new double[which.length];
        double[] up = new double[regions];
        double[] acc = new double[2];
        for (int state = 0; state < (1 << providers); state++) {
            double p = 1;
            for (int q = 0; q < providers; q++) {
                double a = Element.perfect(perfect, ElementKind.PROVIDER, q) ? 1 : s.providerAvailability(q);
                p *= (state & (1 << q)) != 0 ? a : 1 - a;
            }
            if (p == 0) {
                continue;
            }
            for (int r = 0; r < regions; r++) {
                double a = Element.perfect(perfect, ElementKind.REGION, r) ? 1 : s.regionAvailability(r);
                up[r] = (state & (1 << s.regionProvider[r])) != 0 ? a : 0;
            }
            for (int i = 0; i < which.length; i++) {
                if (which[i] && representative[i] == i) {
                    judgement = state;
                    walk.judge(i, up, overloads.normalOverloaded, acc);
                    read[i] += p * acc[0];
                    write[i] += p * acc[1];
                }
            }
        }
        // Capacity-aware failover: in each single-failure state the capacity engine changes, take away what the
        // plain judgement credited and put back what survives the cascade.
        double[] fixed = new double[regions];
        double[] after = new double[2];
        for (int scenario = 0; scenario < overloads.scenarios.size(); scenario++) {
            FailoverOverloads.Scenario sc = overloads.scenarios.get(scenario);
            double p = overloads.probability(s, sc, perfect);
            if (p == 0) {
                continue;
            }
            for (int r = 0; r < regions; r++) {
                fixed[r] = sc.failed()[r] ? 0 : 1;
            }
            for (int i = 0; i < which.length; i++) {
                if (!which[i] || representative[i] != i) {
                    continue;
                }
                judgement = (1 << providers) + 2 * scenario;
                walk.judge(i, fixed, overloads.normalOverloaded, acc);
                after[0] = 0;
                after[1] = 0;
                if (!sc.unserved()[i]) {
                    judgement++;
                    walk.judge(i, fixed, sc.overloaded(), after);
                }
                read[i] -= p * (acc[0] - after[0]);
                write[i] -= p * (acc[1] - after[1]);
            }
        }
        recording = false;
        long regionStates = 0;
        for (RegionBlocks.Distribution d : blocks) {
            regionStates += d.states();
        }
        for (int i = 0; i < which.length; i++) {
            read[i] = read[representative[i]];
            write[i] = write[representative[i]];
            read[i] = Math.max(0, Math.min(1, read[i]));
            write[i] = Math.max(0, Math.min(read[i], write[i]));
        }
        return new Result(read, write, walk.leaves + regionStates, regionStates);
    }

    /** Region r when the blocks are the recorded run's but for r's; else −1. */
    private int onlyDifference(RegionBlocks.Distribution[] blocks, int r) {
        for (int x = 0; x < blocks.length; x++) {
            if (x != r && blocks[x] != recordedBlocks[x]) {
                return -1;
            }
        }
        return r;
    }

    /** Per region and event: P(the event holds | the region is up). */
    private double[][] eventUp(RegionBlocks.Distribution[] blocks) {
        double[][] out = new double[blocks.length][];
        for (int r = 0; r < blocks.length; r++) {
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

    /** Depth-first over one population's coupled regions, the closed form for the rest at each leaf. */
    private final class Walk {
        final RegionBlocks.Distribution[] blocks;
        final double[][] eventUp;
        final boolean[] regionUp;
        final long[] masks;
        long leaves;
        PopulationNeed need;
        int[] regions;
        int[] inside;
        double outsideDown;
        double[] up;
        boolean[] overloaded;
        double read;
        double write;

        Walk(RegionBlocks.Distribution[] blocks, double[][] eventUp) {
            this.blocks = blocks;
            this.eventUp = eventUp;
            this.regionUp = new boolean[s.regions.size()];
            this.masks = new long[s.regions.size()];
        }

        /**
         * P(read) and P(write) of population i when region r is up with probability up[r], independently, and
         * the regions flagged {@code overloaded} (may be null) serve nobody.
         */
        void judge(int i, double[] up, boolean[] overloaded, double[] out) {
            need = s.populationNeeds.get(i);
            regions = coupled[i];
            inside = servingInside[i];
            this.up = up;
            this.overloaded = overloaded;
            outsideDown = 1;
            for (int r : servingOutside[i]) {
                if (overloaded == null || !overloaded[r]) {
                    outsideDown *= 1 - up[r] * eventUp[r][s.serve[r].events()[0]];
                }
            }
            if (plans[i] != null) {
                if (noRegionCanServe()) {
                    // Nobody serves in any state of these regions, so there is nothing to sum (exactly 0).
                    out[0] = 0;
                    out[1] = 0;
                    return;
                }
                eliminate(i, out);
                return;
            }
            read = 0;
            write = 0;
            visit(0, 1);
            out[0] = read;
            out[1] = write;
        }

        /**
         * The same by elimination: with Z = Σ over the coupled regions' states of Π factors, P(writable) = Z(own
         * probabilities × write rules), P(writable and no coupled region serves) = Z(× "does not serve"), and
         * P(no coupled region serves) = Z(own probabilities × "does not serve"); the closed-form regions serve
         * independently of them, so read = 1 − P(none serves) × outsideDown and write = P(writable) −
         * P(writable, none serves) × outsideDown.
         */
        private void eliminate(int i, double[] out) {
            Compiled c = compiled[i];
            if (c == null) {
                c = compiled[i] = compile(i);
            }
            int w = c.writes.length;
            Recorded rec = reuseRegion >= 0 ? recorded[judgement][i] : null;
            int j0 = rec == null ? -1 : indexOf(regions, reuseRegion);
            if (j0 >= 0) {
                // Only this region's own table differs from the recorded run's, and each sum is linear in it.
                double[] own = own(c, reuseRegion);
                double noneServes = rec.noneServes + change(own, rec.own[j0], rec.gradNone[j0]);
                double writable = w == 0 ? 1 : rec.writable + change(own, rec.own[j0], rec.gradWritable[j0]);
                double writableNoneServes = w == 0 ? noneServes
                        : rec.writableNoneServes + change(own, rec.own[j0], rec.gradWritableNone[j0]);
                out[0] = 1 - noneServes * outsideDown;
                out[1] = writable - writableNoneServes * outsideDown;
                return;
            }
            double[][] own = new double[regions.length][];
            for (int j = 0; j < regions.length; j++) {
                own[j] = own(c, regions[j]);
            }
            int n = c.notServing.length;
            double[][] tablesA = new double[regions.length + n][];
            double[][] tablesB = new double[regions.length + w][];
            double[][] tablesC = new double[regions.length + w + n][];
            System.arraycopy(own, 0, tablesA, 0, regions.length);
            System.arraycopy(own, 0, tablesB, 0, regions.length);
            System.arraycopy(own, 0, tablesC, 0, regions.length);
            System.arraycopy(c.writes, 0, tablesB, regions.length, w);
            System.arraycopy(c.writes, 0, tablesC, regions.length, w);
            for (int k = 0; k < n; k++) {
                boolean off = overloaded != null && overloaded[inside[k]];
                double[] t = off ? ones(c.notServing[k].length) : c.notServing[k];
                tablesA[regions.length + k] = t;
                tablesC[regions.length + w + k] = t;
            }
            long[] work = new long[1];
            double noneServes;
            double writable;
            double writableNoneServes;
            if (recording) {
                int n0 = regions.length;
                double[][] gA = new double[n0][];
                double[][] gB = new double[n0][];
                double[][] gC = new double[n0][];
                noneServes = c.noneServes.runWithGradient(tablesA, work, n0, gA);
                writable = w == 0 ? 1 : c.writable.runWithGradient(tablesB, work, n0, gB);
                writableNoneServes = w == 0 ? noneServes : c.writableNoneServes.runWithGradient(tablesC, work, n0, gC);
                recorded[judgement][i] = new Recorded(own, noneServes, writable, writableNoneServes, gA, gB, gC);
            } else {
                noneServes = c.noneServes.run(tablesA, work);
                writable = w == 0 ? 1 : c.writable.run(tablesB, work);
                writableNoneServes = w == 0 ? noneServes : c.writableNoneServes.run(tablesC, work);
            }
            leaves += work[0];
            out[0] = 1 - noneServes * outsideDown;
            out[1] = writable - writableNoneServes * outsideDown;
        }

        /** Region r's own table: down (state 0) or up with each event combination of its block. */
        private double[] own(Compiled c, int r) {
            double[] own = new double[c.domain[r]];
            own[0] = 1 - up[r];
            RegionBlocks.Distribution d = blocks[r];
            java.util.Map<Long, Integer> index = c.maskIndex.get(r);
            for (int m = 0; m < d.masks().length; m++) {
                Integer at = index.get(d.masks()[m]);
                if (at == null) {
                    throw new IllegalStateException("a region state outside its own block");
                }
                own[1 + at] += up[r] * d.probabilities()[m];
            }
            return own;
        }

        private static double change(double[] now, double[] was, double[] grad) {
            double sum = 0;
            for (int k = 0; k < now.length; k++) {
                sum += (now[k] - was[k]) * grad[k];
            }
            return sum;
        }

        private static int indexOf(int[] a, int v) {
            for (int k = 0; k < a.length; k++) {
                if (a[k] == v) {
                    return k;
                }
            }
            return -1;
        }

        /** True when no serving region can ever serve here: each overloaded, down, or with its chain never whole. */
        private boolean noRegionCanServe() {
            if (outsideDown < 1) {
                return false;
            }
            for (int r : inside) {
                boolean off = overloaded != null && overloaded[r];
                if (!off && (s.serve[r].regions().length > 1 || up[r] * eventUp[r][s.serve[r].events()[0]] > 0)) {
                    return false;
                }
            }
            return true;
        }

        private double[] ones(int n) {
            double[] t = new double[n];
            java.util.Arrays.fill(t, 1);
            return t;
        }

        /**
         * Population i's sums compiled over fixed domains: each coupled region down (state 0) or up with one of the
         * event combinations its normal block or a block with one pool made perfect has (state 1 + k).
         */
        private Compiled compile(int i) {
            int[] domain = new int[s.regions.size()];
            java.util.Arrays.fill(domain, 1);
            boolean[][] stateUp = new boolean[s.regions.size()][];
            long[][] stateMask = new long[s.regions.size()][];
            java.util.Map<Integer, java.util.Map<Long, Integer>> maskIndex = new java.util.HashMap<>();
            List<int[]> ownScopes = new java.util.ArrayList<>();
            for (int r : regions) {
                java.util.Set<Long> known = new java.util.LinkedHashSet<>();
                for (long m : baseBlocks[r].masks()) {
                    known.add(m);
                }
                known.addAll(extraMasks.getOrDefault(r, java.util.Set.of()));
                domain[r] = 1 + known.size();
                stateUp[r] = new boolean[domain[r]];
                stateMask[r] = new long[domain[r]];
                java.util.Map<Long, Integer> index = new java.util.HashMap<>();
                int m = 0;
                for (long mask : known) {
                    stateUp[r][1 + m] = true;
                    stateMask[r][1 + m] = mask;
                    index.put(mask, m++);
                }
                maskIndex.put(r, index);
                ownScopes.add(new int[] {r});
            }
            List<int[]> writeScopes = new java.util.ArrayList<>();
            List<double[]> writeTables = new java.util.ArrayList<>();
            for (WriteRule w : need.writes()) {
                int[] scope = scope(w);
                writeScopes.add(scope);
                writeTables.add(indicator(scope, domain, stateUp, stateMask, () -> w.holds(regionUp, masks)));
            }
            List<int[]> serveScopes = new java.util.ArrayList<>();
            List<double[]> serveTables = new java.util.ArrayList<>();
            for (int r : inside) {
                Requirement req = s.serve[r];
                serveScopes.add(req.regions().clone());
                serveTables.add(indicator(req.regions().clone(), domain, stateUp, stateMask,
                        () -> !req.holds(regionUp, masks)));
            }
            int[] order = plans[i].order();
            List<int[]> a = new java.util.ArrayList<>(ownScopes);
            a.addAll(serveScopes);
            List<int[]> b = new java.util.ArrayList<>(ownScopes);
            b.addAll(writeScopes);
            List<int[]> all = new java.util.ArrayList<>(b);
            all.addAll(serveScopes);
            return new Compiled(domain, maskIndex, writeTables.toArray(double[][]::new),
                    serveTables.toArray(double[][]::new), Elimination.compile(a, order, domain),
                    Elimination.compile(b, order, domain), Elimination.compile(all, order, domain));
        }

        /** 1 where the condition holds, over every state of the scope's regions. */
        private double[] indicator(int[] scope, int[] domain, boolean[][] stateUp, long[][] stateMask,
                                   java.util.function.BooleanSupplier holds) {
            int n = (int) Elimination.tableSize(scope, domain);
            double[] table = new double[n];
            int[] digit = new int[scope.length];
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < scope.length; j++) {
                    int r = scope[j];
                    regionUp[r] = stateUp[r][digit[j]];
                    masks[r] = stateMask[r][digit[j]];
                }
                table[k] = holds.getAsBoolean() ? 1 : 0;
                for (int j = 0; j < scope.length; j++) {
                    if (++digit[j] < domain[scope[j]]) {
                        break;
                    }
                    digit[j] = 0;
                }
            }
            return table;
        }

        private void visit(int depth, double p) {
            if (depth == regions.length) {
                leaves++;
                double served = 1 - outsideDown;
                for (int r : inside) {
                    if ((overloaded == null || !overloaded[r]) && s.serve[r].holds(regionUp, masks)) {
                        served = 1;
                        break;
                    }
                }
                read += p * served;
                if (served > 0 && need.writable(regionUp, masks)) {
                    write += p * served;
                }
                return;
            }
            int r = regions[depth];
            double a = up[r];
            if (a < 1) {
                regionUp[r] = false;
                masks[r] = 0;
                visit(depth + 1, p * (1 - a));
            }
            if (a > 0) {
                regionUp[r] = true;
                RegionBlocks.Distribution d = blocks[r];
                for (int k = 0; k < d.masks().length; k++) {
                    double q = d.probabilities()[k];
                    if (q > 0) {
                        masks[r] = d.masks()[k];
                        visit(depth + 1, p * a * q);
                    }
                }
            }
        }
    }
}
