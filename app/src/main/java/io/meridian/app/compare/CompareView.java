package io.meridian.app.compare;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The alternatives side by side: the recommendation first, then a grid with a column per variant (verdict,
 * availability, downtime, RTO, monthly, downtime and total annual cost, the trade-off against the baseline), the
 * best value of each row marked, and a chart of availability against total annual cost.
 */
public final class CompareView extends BorderPane {
    private final Label recommendation = new Label("Evaluating the variants…");
    private final GridPane grid = new GridPane();
    private final NumberAxis cost = new NumberAxis();
    private final NumberAxis nines = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(cost, nines);
    private final Consumer<String> showVariant;
    private ComparisonTable shown;
    private final javafx.scene.control.Button close = new javafx.scene.control.Button("Close");

    /** @param showVariant puts a variant on show in the main window (its id) */
    public CompareView(Consumer<String> showVariant) {
        this.showVariant = showVariant;
        getStyleClass().add("compare-view");
        setId("compare-view");
        recommendation.getStyleClass().add("compare-recommendation");
        recommendation.setId("compare-recommendation");
        recommendation.setWrapText(true);
        recommendation.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label("Alternatives side by side");
        heading.getStyleClass().add("compare-heading");
        close.setId("compare-close");
        close.setCancelButton(true); // Esc closes the window, as in every dialog
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox titleRow = new javafx.scene.layout.HBox(8, heading, gap, close);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, titleRow, recommendation);
        top.getStyleClass().add("compare-top");
        setTop(top);

        grid.getStyleClass().add("compare-grid");
        grid.setId("compare-grid");
        cost.setLabel("Total annual cost, $ thousand (bill + expected downtime)");
        cost.setForceZeroInRange(false);
        nines.setLabel("Availability, nines");
        nines.setForceZeroInRange(false);
        chart.setTitle("Availability against total annual cost");
        chart.setLegendSide(Side.RIGHT);
        chart.setAnimated(false);
        chart.getStyleClass().add("compare-chart");
        chart.setPrefHeight(260);
        chart.setMinHeight(260);
        // One page: the grid at its height, the chart under it; a short window scrolls the whole page.
        VBox page = new VBox(10, grid, chart);
        page.getStyleClass().add("compare-page");
        ScrollPane centre = new ScrollPane(page);
        centre.setFitToWidth(true);
        centre.getStyleClass().add("compare-scroll");
        setCenter(centre);
    }

    /** What closes the window: the Close button, which Esc also fires. */
    public void onClose(Runnable action) {
        close.setOnAction(e -> action.run());
    }

    /** The comparison on show; null while none has been computed. */
    public ComparisonTable table() {
        return shown;
    }

    public void showBusy() {
        recommendation.getStyleClass().remove("compare-error");
        if (shown == null) {
            recommendation.setText("Evaluating the variants…");
        }
    }

    public void showError(String line) {
        recommendation.getStyleClass().add("compare-error");
        recommendation.setText("⚠ Cannot compare: " + line);
    }

    /** Fills the grid and the chart; {@code onShow} is the variant the main window shows, marked in its header. */
    public void show(ComparisonTable table, String onShow) {
        shown = table;
        recommendation.getStyleClass().remove("compare-error");
        recommendation.setText(table.columns().size() == 1
                ? "This design has no alternatives yet: Edit → New alternative from this variant (Ctrl+Shift+N) "
                        + "copies it, then change the copy and compare it here."
                : "Recommendation: " + table.recommendation());
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<ComparisonTable.Column> columns = table.columns();
        ColumnConstraints measures = new ColumnConstraints(150, 170, 220);
        grid.getColumnConstraints().add(measures);
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints(160, 220, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
            grid.add(header(columns.get(c), columns.get(c).id().equals(onShow)), c + 1, 0);
        }
        Label corner = cell("Measure", "compare-corner");
        grid.add(corner, 0, 0);
        int r = 1;
        for (ComparisonTable.Row row : table.rows()) {
            Label measure = cell(row.measure(), "compare-measure");
            measure.setTooltip(new Tooltip(row.help()));
            grid.add(measure, 0, r);
            for (int c = 0; c < row.values().size(); c++) {
                Label value = cell(row.values().get(c), "compare-value");
                value.getStyleClass().add(r % 2 == 0 ? "even" : "odd");
                if (c == row.best()) {
                    value.getStyleClass().add("best");
                    value.setTooltip(new Tooltip("Best of the variants"));
                }
                if (row.measure().equals("Verdict")) {
                    value.getStyleClass().add(columns.get(c).verdictStyle());
                }
                if (row.measure().equals("Against the baseline")) {
                    value.getStyleClass().add("compare-note");
                }
                grid.add(value, c + 1, r);
            }
            r++;
        }
        chart(table);
    }

    private VBox header(ComparisonTable.Column column, boolean onShow) {
        Label name = new Label(column.name());
        name.getStyleClass().add("compare-variant-name");
        name.setWrapText(true);
        VBox box = new VBox(2, name);
        if (column.recommended()) {
            Label star = new Label("★ Recommended");
            star.getStyleClass().add("compare-recommended");
            box.getChildren().add(star);
        }
        if (onShow) {
            Label showing = new Label("On the map now");
            showing.getStyleClass().add("compare-on-show");
            box.getChildren().add(showing);
        } else {
            Hyperlink show = new Hyperlink("Show on the map");
            show.getStyleClass().add("compare-show");
            show.setOnAction(e -> showVariant.accept(column.id()));
            box.getChildren().add(show);
        }
        box.getStyleClass().add("compare-header");
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setUserData(column.id());
        return box;
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }

    private void chart(ComparisonTable table) {
        chart.getData().clear();
        ComparisonTable.Row total = table.row("Total annual cost");
        ComparisonTable.Row n = table.row("Nines");
        for (int c = 0; c < table.columns().size(); c++) {
            double x = total.numbers().get(c) / 1000;
            double y = n.numbers().get(c);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue; // unbounded nines (A = 1) have no place on the axis
            }
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(table.columns().get(c).name());
            s.getData().add(new XYChart.Data<>(x, y));
            chart.getData().add(s);
        }
    }
}
