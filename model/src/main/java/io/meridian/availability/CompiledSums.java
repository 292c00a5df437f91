package io.meridian.availability;

import java.util.List;

/**
 * One population's elimination sums compiled over fixed domains ({@link ExactEnumeration} on the elimination path):
 * each coupled region down (state 0) or up with one of the event combinations its normal block or a block with one
 * pool made perfect has (state 1 + k), so that every run, whichever element it makes perfect, reuses them.
 *
 * @param writes     per write rule over its scope: 1 where it holds
 * @param notServing per serving region among the coupled ones, over its chain's regions: 1 where it does not serve
 */
record CompiledSums(int[] domain, java.util.Map<Integer, java.util.Map<Long, Integer>> maskIndex,
                    double[][] writes, double[][] notServing, CompiledElimination noneServes,
                    CompiledElimination writable, CompiledElimination writableNoneServes) {

    /**
     * Compiles the sums of a population with these needs over its coupled {@code regions}, its serving regions
     * among them {@code inside}, summed out in {@code order}. {@code regionUp} and {@code masks} are scratch state
     * the write rules and chains are judged on.
     */
    static CompiledSums compile(FailureStructure s, PopulationNeed need, int[] regions, int[] inside,
                                RegionBlocks.Distribution[] baseBlocks,
                                java.util.Map<Integer, java.util.Set<Long>> extraMasks, int[] order,
                                boolean[] regionUp, long[] masks) {
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
            int[] scope = ExactEnumeration.scope(w);
            writeScopes.add(scope);
            writeTables.add(indicator(scope, domain, stateUp, stateMask, regionUp, masks,
                    () -> w.holds(regionUp, masks)));
        }
        List<int[]> serveScopes = new java.util.ArrayList<>();
        List<double[]> serveTables = new java.util.ArrayList<>();
        for (int r : inside) {
            Requirement req = s.serve[r];
            serveScopes.add(req.regions().clone());
            serveTables.add(indicator(req.regions().clone(), domain, stateUp, stateMask, regionUp, masks,
                    () -> !req.holds(regionUp, masks)));
        }
        List<int[]> a = new java.util.ArrayList<>(ownScopes);
        a.addAll(serveScopes);
        List<int[]> b = new java.util.ArrayList<>(ownScopes);
        b.addAll(writeScopes);
        List<int[]> all = new java.util.ArrayList<>(b);
        all.addAll(serveScopes);
        return new CompiledSums(domain, maskIndex, writeTables.toArray(double[][]::new),
                serveTables.toArray(double[][]::new), Elimination.compile(a, order, domain),
                Elimination.compile(b, order, domain), Elimination.compile(all, order, domain));
    }

    /** 1 where the condition holds, over every state of the scope's regions. */
    static double[] indicator(int[] scope, int[] domain, boolean[][] stateUp, long[][] stateMask,
                                      boolean[] regionUp, long[] masks, java.util.function.BooleanSupplier holds) {
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

    /** Region r's own table: down (state 0) or up with each event combination of its block. */
    double[] own(int r, double[] up, RegionBlocks.Distribution[] blocks) {
        double[] own = new double[domain[r]];
        own[0] = 1 - up[r];
        RegionBlocks.Distribution d = blocks[r];
        java.util.Map<Long, Integer> index = maskIndex.get(r);
        for (int m = 0; m < d.masks().length; m++) {
            Integer at = index.get(d.masks()[m]);
            if (at == null) {
                throw new IllegalStateException("a region state outside its own block");
            }
            own[1 + at] += up[r] * d.probabilities()[m];
        }
        return own;
    }
}
