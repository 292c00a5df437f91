package io.meridian.app.suggest;

import io.meridian.app.MainViewModel;
import io.meridian.app.log.ErrorLog;
import io.meridian.app.log.ErrorText;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Quantities;
import io.meridian.search.DesignSearch;
import io.meridian.search.SearchResult;
import io.meridian.search.SearchSettings;
import io.meridian.search.SearchSpace;
import io.meridian.search.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Design → Suggest designs: searches the design's space ({@link DesignSearch}) on a background thread with progress
 * and a Cancel button, lists what it found, and adds the ticked suggestions as alternatives (one undoable step), so
 * Compare and Export work on them as on any alternative. The space searched is shown and edited above the results
 * ({@link SearchSpacePane}).
 */
public final class SuggestDesignsWindow {
    private final MainViewModel model;
    private final Stage stage = new Stage();
    private final Label status = new Label("Search the design's space for the cheapest design that meets every "
            + "objective with no error finding, or the frontier of cost, availability and p99 write latency.");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final TableView<Row> table = new TableView<>();
    private final RadioButton cheapest = new RadioButton("Cheapest passing design");
    private final RadioButton frontier = new RadioButton("Frontier: cost, availability, p99 write latency");
    private final Button start = new Button("Search");
    private final Button cancel = new Button("Cancel");
    private final Button add = new Button("Add ticked as alternatives");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meridian-suggest");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private Future<?> running;
    private final SearchSpacePane spacePane;
    private final javafx.scene.chart.ScatterChart<Number, Number> chart = frontierChart();

    /** One suggestion in the table, ticked to be added. */
    public static final class Row {
        final Suggestion suggestion;
        final SimpleBooleanProperty ticked = new SimpleBooleanProperty(true);

        Row(Suggestion suggestion) {
            this.suggestion = suggestion;
        }
    }

    public SuggestDesignsWindow(MainViewModel model, Window owner, Parent look) {
        this.model = model;
        this.spacePane = new SearchSpacePane(model, prices());
        ToggleGroup kind = new ToggleGroup();
        cheapest.setToggleGroup(kind);
        frontier.setToggleGroup(kind);
        cheapest.setSelected(true);
        frontier.setId("suggest-kind-frontier");
        status.setWrapText(true);
        status.setId("suggest-status");
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        start.setId("suggest-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> search());
        cancel.setId("suggest-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancelSearch("Cancelled."));
        add.setId("suggest-add");
        add.setDisable(true);
        add.setOnAction(e -> addTicked());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        table.setId("suggest-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No suggestions yet."));
        table.setMinHeight(140);
        table.setPrefHeight(200); // the rest of the height is the table's (VBox grow), after the search space
        table.getColumns().setAll(List.of(tick(), column("Design", r -> r.suggestion.name(), 150),
                column("Total per year", r -> Quantities.usd(r.suggestion.totalAnnualCost()), 130),
                column("Availability", r -> Quantities.availability(r.suggestion.availability()), 110),
                column("p99 write", r -> Quantities.latencyMs(r.suggestion.p99WriteMs()), 90),
                column("Objectives", r -> r.suggestion.passes() ? "pass" : "still fails", 100),
                column("What changes", r -> String.join("; ", r.suggestion.changes()), 340)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, cheapest, frontier, gap, busy, start, cancel);
        HBox bottom = new HBox(8, add, new Region(), close);
        HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        chart.setVisible(false);
        chart.managedProperty().bind(chart.visibleProperty());
        VBox body = new VBox(8, top, status, spacePane.node(), table, chart, bottom);
        body.setPadding(new Insets(10));
        BorderPane root = new BorderPane(body);
        root.getStylesheets().setAll(look.getStylesheets());
        root.getStyleClass().addAll(look.getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList());
        stage.initOwner(owner);
        stage.setTitle("Suggest designs — Meridian");
        stage.setScene(new Scene(root, 1000, 700));
        stage.setOnHidden(e -> cancelSearch(""));
    }

    public void show() {
        spacePane.refresh(prices());
        stage.show();
        stage.toFront();
    }

    private void search() {
        Design document = model.documentDesign();
        String variantId = model.variantProperty().get();
        io.meridian.model.Topology t = document.variants().stream().filter(v -> v.id().equals(variantId))
                .findFirst().orElseThrow().topology();
        SearchSpace space;
        try {
            // The file's declared space names the baseline's elements; an alternative is searched in the defaults.
            space = Design.BASELINE_ID.equals(variantId) ? SearchSpace.of(document, prices()) : SearchSpace.defaults(t);
        } catch (io.meridian.model.ModelException e) {
            status.setText("The search space cannot be used: " + e.getMessage());
            return;
        }
        boolean front = frontier.isSelected();
        table.getItems().clear();
        add.setDisable(true);
        start.setDisable(true);
        cancel.setDisable(false);
        spacePane.setSearching(true);
        busy.setVisible(true);
        status.setText(String.format(Locale.ROOT, "Searching %,.0f candidates (%d open choices)…", space.size(),
                space.choices().size()));
        running = worker.submit(() -> {
            try {
                DesignSearch.Progress progress = (evaluations, best) -> Platform.runLater(() -> status.setText(
                        String.format(Locale.ROOT, "%,d designs evaluated; best so far %s a year at %s", evaluations,
                                Quantities.usd(best.totalAnnualCost()), Quantities.availability(best.availability()))));
                SearchResult r = front ? DesignSearch.frontier(t, space, SearchSettings.DEFAULTS, progress)
                        : DesignSearch.cheapest(t, space, SearchSettings.DEFAULTS, progress);
                Platform.runLater(() -> done(r));
            } catch (CancellationException e) {
                // Cancelled by the user or by closing the window: nothing to show.
            } catch (io.meridian.evaluation.DesignTooLargeException e) {
                // Not an internal error: the design is beyond what the engine evaluates, and the search says so.
                Platform.runLater(() -> finished("Not searched: " + e.getMessage()));
            } catch (RuntimeException | OutOfMemoryError e) {
                ErrorLog.internal("Design search failed", e);
                Platform.runLater(() -> finished("The search failed: " + ErrorText.oneLine(e) + " (details in "
                        + ErrorLog.folder() + ")"));
            }
        });
    }

    private void done(SearchResult r) {
        List<Row> rows = r.suggestions().stream().map(Row::new).toList();
        table.getItems().setAll(rows);
        plot(r.suggestions());
        add.setDisable(rows.isEmpty());
        finished(String.format(Locale.ROOT, "%s. %,d design%s evaluated in %s (%.0f a second).%s", r.method(),
                r.evaluations(), r.evaluations() == 1 ? "" : "s", Quantities.duration(r.seconds()),
                r.evaluationsPerSecond(),
                rows.stream().anyMatch(x -> !x.suggestion.passes()) ? " No candidate meets every objective: the "
                        + "closest is shown, with what still fails." : ""));
    }

    private void finished(String text) {
        status.setText(text);
        spacePane.setSearching(false);
        start.setDisable(false);
        cancel.setDisable(true);
        busy.setVisible(false);
    }

    private void cancelSearch(String text) {
        if (running != null && !running.isDone()) {
            running.cancel(true);
            finished(text);
        }
    }

    private void addTicked() {
        List<Suggestion> chosen = new ArrayList<>();
        table.getItems().stream().filter(r -> r.ticked.get()).forEach(r -> chosen.add(r.suggestion));
        if (chosen.isEmpty()) {
            return;
        }
        model.document().edit("Add " + chosen.size() + " suggested design" + (chosen.size() == 1 ? "" : "s"), d -> {
            Design out = d;
            for (Suggestion s : chosen) {
                String id = io.meridian.app.edit.Variants.freshId(out, "suggested");
                out = out.withAlternative(new Alternative(id, s.name(), String.join("; ", s.changes()),
                        s.topology()));
            }
            return out;
        }).ifPresentOrElse(problem -> status.setText("Could not add them: " + problem),
                () -> status.setText("Added " + chosen.size() + " alternative" + (chosen.size() == 1 ? "" : "s")
                        + ": pick one in the toolbar's Variant list, or Compare them."));
    }

    /** Total annual cost against availability in nines: the frontier's trade-off, each point a suggestion. */
    private static javafx.scene.chart.ScatterChart<Number, Number> frontierChart() {
        javafx.scene.chart.NumberAxis x = new javafx.scene.chart.NumberAxis();
        x.setLabel("total annual cost (USD)");
        x.setForceZeroInRange(false);
        javafx.scene.chart.NumberAxis y = new javafx.scene.chart.NumberAxis();
        y.setLabel("availability");
        y.setForceZeroInRange(false);
        // Plotted in nines (so each extra nine is the same step), read as the availability it stands for.
        y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number nines) {
                return Quantities.availability(1 - Math.pow(10, -nines.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        });
        javafx.scene.chart.ScatterChart<Number, Number> c = new javafx.scene.chart.ScatterChart<>(x, y);
        c.setId("suggest-frontier");
        c.setLegendVisible(false);
        c.setPrefHeight(220);
        c.setMinHeight(180);
        return c;
    }

    private static double nines(double availability) {
        return -Math.log10(Math.max(1e-12, 1 - availability));
    }

    private void plot(List<Suggestion> suggestions) {
        chart.getData().clear();
        List<Suggestion> passing = suggestions.stream().filter(Suggestion::passes).toList();
        chart.setVisible(passing.size() > 1);
        if (passing.size() < 2) {
            return;
        }
        // Whole nines on the axis (99.9%, 99.99%…), never a tick at two and a half nines.
        double lo = passing.stream().mapToDouble(s -> nines(s.availability())).min().orElse(0);
        double hi = passing.stream().mapToDouble(s -> nines(s.availability())).max().orElse(1);
        javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(Math.floor(lo - 0.3)); // room above and below for the points and their names
        y.setUpperBound(Math.ceil(hi + 0.3));
        y.setTickUnit(Math.max(1, Math.ceil((y.getUpperBound() - y.getLowerBound()) / 6)));
        javafx.scene.chart.XYChart.Series<Number, Number> series = new javafx.scene.chart.XYChart.Series<>();
        for (Suggestion s : passing) {
            javafx.scene.chart.XYChart.Data<Number, Number> point = new javafx.scene.chart.XYChart.Data<>(
                    s.totalAnnualCost(), nines(s.availability()));
            // The point is a label with a dot: the chart centres a node on its value, so the label is shifted
            // right by half its width less the dot's radius to put the dot on the value and the name beside it.
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4);
            dot.getStyleClass().add("frontier-dot");
            Label named = new Label(s.name().replace("Frontier ", "F"), dot);
            named.getStyleClass().add("frontier-point");
            // The chart styles its symbols with a coloured background; the label is the symbol here, so none.
            named.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
            named.setGraphicTextGap(3);
            named.widthProperty().addListener((obs, was, w) -> named.setTranslateX(w.doubleValue() / 2 - 4));
            javafx.scene.control.Tooltip.install(named, new javafx.scene.control.Tooltip(s.name() + ": "
                    + Quantities.usd(s.totalAnnualCost()) + " a year, " + Quantities.availability(
                    s.availability()) + ", p99 write " + Quantities.latencyMs(s.p99WriteMs())));
            point.setNode(named);
            series.getData().add(point);
        }
        chart.getData().add(series);
    }

    private static TableColumn<Row, Boolean> tick() {
        TableColumn<Row, Boolean> c = new TableColumn<>("Add");
        c.setCellValueFactory(cell -> cell.getValue().ticked);
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        c.setEditable(true);
        c.setPrefWidth(56);
        return c;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static io.meridian.cost.PriceCatalog prices() {
        try {
            return io.meridian.cost.PriceCatalog.forUser();
        } catch (RuntimeException e) {
            return io.meridian.cost.PriceCatalog.builtin(); // a broken user file is reported where prices are shown
        }
    }
}
