package io.meridian.templates;

import io.meridian.model.Design;
import io.meridian.model.Provider;
import java.util.List;

/**
 * One step of a guided walkthrough: what to read, which elements to highlight, which what-if to apply, and
 * which result to look at. A step with no failures shows the variant as designed.
 *
 * @param variantId       the variant to show: {@link Design#BASELINE_ID} or an alternative's id
 * @param highlight       ids of elements (regions, components, links, datasets, populations, zones) to highlight
 * @param failedRegions   region ids the what-if takes down; empty for none
 * @param failedProviders providers the what-if takes down (all their regions); empty for none
 * @param result          the result panel to point at
 */
public record WalkthroughStep(String title, String text, String variantId, List<String> highlight,
                              List<String> failedRegions, List<Provider> failedProviders, ResultView result) {
    public WalkthroughStep {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a walkthrough step needs a title");
        }
        text = text == null ? "" : text;
        variantId = variantId == null || variantId.isBlank() ? Design.BASELINE_ID : variantId;
        highlight = List.copyOf(highlight);
        failedRegions = List.copyOf(failedRegions);
        failedProviders = List.copyOf(failedProviders);
        if (result == null) {
            throw new IllegalArgumentException("walkthrough step '" + title + "' needs a result to point at");
        }
    }

    /** True when the step applies a what-if (some region or provider is down). */
    public boolean failsSomething() {
        return !failedRegions.isEmpty() || !failedProviders.isEmpty();
    }
}
