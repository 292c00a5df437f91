package io.meridian.app.results;

import io.meridian.model.Figure;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The building blocks of every results panel: labelled figures with their explanation, plain grids, headings. */
final class Cells {
    private static final String EXPLANATION = "meridian.results.explanation";

    private Cells() {
    }

    static Label text(String text, String... styleClasses) {
        Label l = new Label(text);
        for (String c : styleClasses) {
            if (!c.isBlank()) {
                l.getStyleClass().add(c);
            }
        }
        return l;
    }

    /** A figure's value in its unit, its explanation as the tooltip. */
    static Label figure(Figure f, String... styleClasses) {
        return explained(text(Format.figure(f), styleClasses), f::explain);
    }

    /** Any node with a tooltip that explains it. */
    static <T extends Node> T explained(T node, String explanation) {
        return explained(node, () -> explanation);
    }

    /**
     * A node with a tooltip that explains it, made when the pointer first enters the node: a large design has
     * thousands of cells, and a Tooltip (a popup window) per cell made up front costs seconds.
     */
    static <T extends Node> T explained(T node, Supplier<String> explanation) {
        node.getProperties().put(EXPLANATION, explanation);
        node.getStyleClass().add("explained");
        io.meridian.app.LazyTooltip.install(node, () -> explanation(node), tip -> {
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.setShowDelay(Duration.millis(300));
            tip.setShowDuration(Duration.seconds(30));
        });
        return node;
    }

    /** The text a node's tooltip shows (or will show); null when it has none. */
    static String explanation(Node node) {
        Object s = node.getProperties().get(EXPLANATION);
        return s instanceof Supplier<?> supplier ? String.valueOf(supplier.get()) : null;
    }

    static Label numeric(Label l) {
        l.getStyleClass().add("numeric");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    static Label heading(String text) {
        return text(text, "results-heading");
    }

    static Label note(String text) {
        Label l = text(text, "results-note");
        l.setWrapText(true);
        return l;
    }

    /** A panel's content: headed sections stacked top to bottom. */
    static VBox sections(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("results-sections");
        return box;
    }

    /** A table laid out on a grid: a header row, then {@link #row}s; column {@code wide} takes the slack. */
    static final class Table {
        private final GridPane grid = new GridPane();
        private int rows;

        Table(String... headers) {
            grid.getStyleClass().add("results-table");
            for (int c = 0; c < headers.length; c++) {
                Label h = text(headers[c], "results-header");
                h.setMaxWidth(Double.MAX_VALUE);
                h.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(h, c, 0);
            }
            rows = 1;
        }

        /** Right-aligns these columns (numbers). */
        Table numericColumns(int... columns) {
            int max = 0;
            for (int c : columns) {
                max = Math.max(max, c);
            }
            while (grid.getColumnConstraints().size() <= max) {
                grid.getColumnConstraints().add(new ColumnConstraints());
            }
            for (int c : columns) {
                grid.getColumnConstraints().get(c).setHalignment(HPos.RIGHT);
            }
            return this;
        }

        Table row(Node... cells) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    cells[c].getStyleClass().add("results-cell");
                    // Numbers and names never shrink to "…": the panel scrolls instead; only wrapping text gives way.
                    if (cells[c] instanceof Label l && !l.isWrapText()) {
                        l.setMinWidth(Region.USE_PREF_SIZE);
                    }
                    grid.add(cells[c], c, rows);
                }
            }
            rows++;
            return this;
        }

        /** One node across every column (a note under a row). */
        Table wide(Node node, int columns) {
            node.getStyleClass().add("results-cell");
            grid.add(node, 0, rows, columns, 1);
            GridPane.setHgrow(node, Priority.ALWAYS);
            rows++;
            return this;
        }

        int rowCount() {
            return rows - 1;
        }

        GridPane node() {
            return grid;
        }
    }
}
