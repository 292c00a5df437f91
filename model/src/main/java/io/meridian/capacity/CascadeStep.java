package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;
import java.util.List;

/**
 * One round of a cascade: every region overloaded in the previous state fails at once, and its load re-routes.
 *
 * @param step   1 for the first round
 * @param fallen the regions that failed in this round
 * @param after  the state once their load has re-routed
 */
public record CascadeStep(int step, List<FallenRegion> fallen, LoadState after) {
    public CascadeStep {
        Checks.positive(step, "step");
        fallen = List.copyOf(fallen);
        if (fallen.isEmpty()) {
            throw new ModelException("fallen", "a cascade step brings down at least one region");
        }
        Checks.present(after, "after");
    }
}
