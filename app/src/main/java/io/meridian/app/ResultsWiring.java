package io.meridian.app;

import io.meridian.app.results.ResultsView;
import io.meridian.app.results.ResultsViewModel;
import io.meridian.app.results.RiskView;
import io.meridian.app.results.RiskViewModel;
import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluator;
import io.meridian.latency.MeasuredRtts;
import io.meridian.model.Design;

/**
 * Connects the results panel to the editor: every design change is submitted (the panel debounces and
 * evaluates off the FX thread) with the user's price catalogue and measured RTTs, the map's what-if is the scenario the panel
 * points at, and a finding clicked in the panel selects its elements on the canvas.
 */
final class ResultsWiring {
    private ResultsWiring() {
    }

    /** Puts a results panel into the window's slot; close the returned model when the window goes. */
    static ResultsViewModel attach(MainViewModel model, MainWindow window) {
        // The user's price catalogue, as File → Export, Compare and `meridian export` use, so the numbers agree.
        PriceCatalog prices;
        try {
            prices = PriceCatalog.forUser();
        } catch (RuntimeException e) {
            prices = PriceCatalog.builtin();
            model.say("Your price catalogue has a problem (" + e.getMessage() + "); results use the built-in prices");
        }
        PriceCatalog used = prices;
        // The user's measured RTTs (MERIDIAN_LATENCY or ~/.meridian/latency.csv), as `meridian evaluate` reads them.
        MeasuredRtts measured;
        try {
            measured = MeasuredRtts.forUser(RegionCatalog.forUser());
        } catch (RuntimeException e) {
            measured = MeasuredRtts.none();
            model.say("Your measured RTTs have a problem (" + e.getMessage() + "); results use the estimates");
        }
        MeasuredRtts rtts = measured;
        ResultsViewModel results = new ResultsViewModel(
                t -> Evaluator.evaluate(t, Design.BASELINE_ID, "Baseline", used, rtts));
        ResultsView view = new ResultsView(results);
        // Simulated years after each evaluation, in the background; the Risk tab shows them.
        RiskViewModel risk = new RiskViewModel();
        results.evaluationProperty().addListener(o -> risk.update(results.evaluatedTopologyProperty().get(),
                results.getEvaluation(), model.documentDesign(), model.variantProperty().get()));
        results.onClose(risk::close);
        view.addTab("Risk", new RiskView(risk));
        window.setResults(view);
        results.setOnSelectionRequested(ids -> model.selection().selectAll(ids.stream()
                .filter(id -> model.getDesign().topology().containsId(id)).toList()));
        model.designProperty().addListener((obs, old, now) -> {
            if (old == null || !old.topology().equals(now.topology())) {
                results.submit(now.topology());
            }
        });
        // Another document: its predecessor's verdict goes at once, and it is evaluated (again: a document equal to
        // the last one, the same file opened twice, is not a design change).
        model.documentsShownProperty().addListener(o -> {
            results.forgetResults();
            results.submit(model.getDesign().topology());
        });
        results.submit(model.getDesign().topology());
        // The what-if on the map is the scenario the results point at (Capacity tab, header line).
        model.whatIf().outcomeProperty().addListener((obs, old, now) -> {
            if (now.active()) {
                results.showScenario(model.whatIf().failedRegionIds(), model.whatIf().failedProviders());
            } else {
                results.clearScenario();
            }
        });
        return results;
    }
}
