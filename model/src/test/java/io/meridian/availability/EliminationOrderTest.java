package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The greedy elimination order, worked by hand, and its answer when the tables are beyond counting. */
class EliminationOrderTest {
    @Test
    void theSmallestTableGoesFirstAndTiesGoToTheFirstListed() {
        // Scopes {0,1}, {1,2}, {2,3}; domains 2, 3, 5, 7. Eliminating 0 spans {0,1}: 6 entries; 1 spans {0,1,2}: 30;
        // 2 spans {1,2,3}: 105; 3 spans {2,3}: 35. So 0 first (6); then {1} and {1,2}: 1 spans {1,2}: 15, 3: 35,
        // 2: 105 → 1 (15); then {2}, {2,3}: 2 spans 35, 3 spans 35 → the tie goes to 2, listed first; then 3 (7).
        Elimination.Plan plan = EliminationOrder.plan(List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}),
                new int[] {0, 1, 2, 3}, new int[] {2, 3, 5, 7});
        assertThat(plan.order()).containsExactly(0, 1, 2, 3);
        assertThat(plan.largestTable()).isEqualTo(35);
    }

    @Test
    void tablesBeyondADoubleStillGiveAnOrderAndAnInfiniteLargestTable() {
        // 40 variables of 2^30 states in one scope: any table over them has 2^1200 entries, more than a double holds.
        // Before, no variable was "smaller than infinity" and the plan indexed variable -1.
        int n = 40;
        int[] variables = new int[n];
        int[] domain = new int[n];
        for (int i = 0; i < n; i++) {
            variables[i] = i;
            domain[i] = 1 << 30;
        }
        List<int[]> scopes = new ArrayList<>();
        scopes.add(variables.clone());
        Elimination.Plan plan = EliminationOrder.plan(scopes, variables, domain);
        assertThat(plan.order()).containsExactlyInAnyOrder(variables);
        assertThat(plan.largestTable()).isInfinite();
    }
}
