package io.meridian.app;

import io.meridian.app.results.ResultsView;
import io.meridian.app.results.ResultsViewModel;

/**
 * Connects the results panel to the editor: every design change is submitted (the panel debounces and
 * evaluates off the FX thread), and a finding clicked in the panel selects its elements on the canvas.
 */
final class ResultsWiring {
    private ResultsWiring() {
    }

    /** Puts a results panel into the window's slot; close the returned model when the window goes. */
    static ResultsViewModel attach(MainViewModel model, MainWindow window) {
        ResultsViewModel results = new ResultsViewModel();
        window.setResults(new ResultsView(results));
        results.setOnSelectionRequested(ids -> model.selection().selectAll(ids.stream()
                .filter(id -> model.getDesign().topology().containsId(id)).toList()));
        model.designProperty().addListener((obs, old, now) -> {
            if (old == null || !old.topology().equals(now.topology())) {
                results.submit(now.topology());
            }
        });
        results.submit(model.getDesign().topology());
        return results;
    }
}
