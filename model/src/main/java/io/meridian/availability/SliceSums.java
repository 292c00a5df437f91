package io.meridian.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sums {@link SliceJudgement} needs for one slice and one group of populations with the same enumerated regions
 * and write rules, compiled once per evaluation. Each enumerated region takes only the states the slice allows it: a
 * region whose chain lies inside it is up with that chain whole outside D, and down or up with it broken in D; any
 * other is down or up with any event combination a run's blocks give it. Two eliminations over the same order:
 * Z_read = Σ Π own × Π chain factors and Z_write = the same × Π write rules, each run with its gradient by the
 * regions' own tables. A multi-region chain's factor is 1 where the chain's state agrees with the slice (whole
 * outside D, broken in D). Restricting the domains is what keeps the tables small: in a one-region slice nearly
 * every region has one or two states.
 *
 * @param regions   the enumerated regions (variables), in the order of the first input tables
 * @param states    per region of the structure: the states the slice allows it ({@link RegionStates})
 * @param multi     indexes (into {@code regions}) of the regions with several states: only they are summed out;
 *                  a region with one state is a factor of every term, multiplied in closed form
 * @param factors   the chain factors then the write rules' tables that span some region with several states
 *                  (over those regions only: a region with one state leaves a table's layout unchanged)
 * @param chainConstant the product of the chain factors over regions with one state only (0 or 1)
 * @param writeConstant the same for the write rules
 */
record SliceSums(int[] regions, RegionStates[] states, int[] multi, double[][] factors, int chainCount,
                 double chainConstant, double writeConstant, CompiledElimination read, CompiledElimination write) {

    /**
     * @param states per region of the structure: its states in this slice (only the enumerated ones are read)
     * @param scopes each write rule's regions
     */
    static SliceSums compile(FailureStructure s, PopulationNeed need, int[] regions, boolean[] inD,
                             RegionStates[] states, Map<WriteRule, int[]> scopes) {
        int n = s.regions.size();
        int[] domain = new int[n];
        Arrays.fill(domain, 1);
        boolean[][] stateUp = new boolean[n][];
        long[][] stateMask = new long[n][];
        for (int r : regions) {
            domain[r] = states[r].domain();
            stateUp[r] = states[r].stateUp();
            stateMask[r] = states[r].stateMask();
        }
        boolean[] regionUp = new boolean[n];
        long[] masks = new long[n];
        List<int[]> multiScopes = new ArrayList<>();
        List<Integer> multi = new ArrayList<>();
        for (int j = 0; j < regions.length; j++) {
            if (domain[regions[j]] > 1) {
                multi.add(j);
                multiScopes.add(new int[] {regions[j]});
            }
        }
        List<double[]> factors = new ArrayList<>();
        List<int[]> factorScopes = new ArrayList<>();
        double[] constant = {1, 1};
        for (int x : regions) {
            Requirement req = s.serve[x];
            if (req != null && req.regions().length > 1) {
                boolean broken = inD[x];
                add(req.regions(), CompiledSums.indicator(req.regions().clone(), domain, stateUp, stateMask, regionUp,
                        masks, () -> req.holds(regionUp, masks) != broken), domain, factors, factorScopes, constant, 0);
            }
        }
        int chainCount = factors.size();
        for (WriteRule w : need.writes()) {
            int[] scope = scopes.computeIfAbsent(w, ExactEnumeration::scope);
            add(scope, CompiledSums.indicator(scope, domain, stateUp, stateMask, regionUp, masks,
                    () -> w.holds(regionUp, masks)), domain, factors, factorScopes, constant, 1);
        }
        List<int[]> readScopes = new ArrayList<>(multiScopes);
        readScopes.addAll(factorScopes.subList(0, chainCount));
        List<int[]> writeScopes = new ArrayList<>(multiScopes);
        writeScopes.addAll(factorScopes);
        int[] variables = multi.stream().mapToInt(j -> regions[j]).toArray();
        int[] order = Elimination.plan(writeScopes, variables, domain).order();
        return new SliceSums(regions, states, multi.stream().mapToInt(Integer::intValue)
                .toArray(), factors.toArray(double[][]::new), chainCount, constant[0], constant[1],
                Elimination.compile(readScopes, order, domain), Elimination.compile(writeScopes, order, domain));
    }

    /**
     * A factor over the regions of its scope with several states; one over regions with one state only is a
     * constant (0 or 1) multiplied into {@code constant[which]}.
     */
    private static void add(int[] scope, double[] table, int[] domain, List<double[]> factors, List<int[]> scopes,
                            double[] constant, int which) {
        int[] vars = Arrays.stream(scope).filter(r -> domain[r] > 1).toArray();
        if (vars.length == 0) {
            constant[which] *= table[0];
        } else {
            factors.add(table);
            scopes.add(vars);
        }
    }

    int writeCount() {
        return factors.length - chainCount;
    }
}
