package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import javafx.scene.Node;

/** One tab of the results: builds its content for an evaluation (rendered only when its tab is on show). */
interface ResultsPanel {
    String title();

    Node render(Evaluation evaluation, Names names);

    /** False for panels that scroll themselves (lists). */
    default boolean needsScrolling() {
        return true;
    }
}
