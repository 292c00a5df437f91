package io.meridian.templates;

import java.util.List;

/**
 * A built-in design's guided story, step by step: what to look at, what to fail, what changes and why, ending with
 * the seed's follow-up question and what Meridian's numbers say about it. Loaded and checked against its design by
 * {@link Templates#walkthrough(String)}.
 *
 * @param templateId the design it walks through
 * @param title      one line for the walkthrough panel
 * @param steps      in the order they are played; empty for a design with nothing to show (the blank design)
 */
public record Walkthrough(String templateId, String title, List<WalkthroughStep> steps) {
    public Walkthrough {
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalArgumentException("a walkthrough names its template");
        }
        title = title == null || title.isBlank() ? templateId : title;
        steps = List.copyOf(steps);
    }
}
