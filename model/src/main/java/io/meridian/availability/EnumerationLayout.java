package io.meridian.availability;

import java.util.List;
import java.util.TreeSet;

/**
 * Per population: the regions enumerated, its serving regions among them and in closed form, and the first
 * population with the same needs (same figures before routing). Read-only, shared by a structure's sizings.
 */
record EnumerationLayout(int[][] coupled, int[][] servingInside, int[][] servingOutside, int[] representative) {
    static EnumerationLayout of(FailureStructure s) {
        List<PopulationNeed> needs = s.populationNeeds;
        int[][] coupled = new int[needs.size()][];
        int[][] servingInside = new int[needs.size()][];
        int[][] servingOutside = new int[needs.size()][];
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
        int[] representative = new int[needs.size()];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        // Populations writing to one leader share its rule object: each rule's signature is built once, and
        // rules alike are numbered alike.
        java.util.Map<WriteRule, Integer> ruleNumbers = new java.util.IdentityHashMap<>();
        java.util.Map<String, Integer> bySignature = new java.util.HashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            representative[i] = seen.computeIfAbsent(key(needs.get(i), ruleNumbers, bySignature),
                    k -> seen.size());
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
        return new EnumerationLayout(coupled, servingInside, servingOutside, representative);
    }

    /** What decides a population's figures: where it may be served, what its writes need. */
    private static String key(PopulationNeed need, java.util.Map<WriteRule, Integer> ruleNumbers,
                              java.util.Map<String, Integer> bySignature) {
        StringBuilder k = new StringBuilder(java.util.Arrays.toString(need.servingRegions()));
        for (WriteRule w : need.writes()) {
            k.append('|').append(ruleNumbers.computeIfAbsent(w, rule -> bySignature.computeIfAbsent(
                    rule.signature(), sig -> bySignature.size())));
        }
        return k.toString();
    }
}
