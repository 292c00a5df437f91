package io.meridian.app.results;

import io.meridian.latency.LatencyTable;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/**
 * A latency table as a grid of coloured cells, green for near to red for far, the RTT in ms in each cell.
 * The colours are translucent so the same cells read on the light and the dark theme.
 */
final class HeatMap {
    /** RTT at and beyond which a cell is fully red: about a trip halfway round the world and back. */
    static final double RED_AT_MS = 200;

    private HeatMap() {
    }

    /** Hue from 120° (green, 0 ms) down to 0° (red, {@link #RED_AT_MS} and more). */
    static Color colour(double rttMs) {
        double f = Math.max(0, Math.min(1, rttMs / RED_AT_MS));
        return Color.hsb(120 * (1 - f), 0.75, 0.85, 0.55);
    }

    /**
     * @param tooltip explanation of cell (row, column)
     */
    static GridPane of(LatencyTable table, Names names, BiFunction<Integer, Integer, String> tooltip) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heat-map");
        for (int j = 0; j < table.columnIds().size(); j++) {
            String id = table.columnIds().get(j);
            grid.add(Cells.explained(Cells.text(id, "heat-header"), names.full(id)), j + 1, 0);
        }
        for (int i = 0; i < table.rowIds().size(); i++) {
            String id = table.rowIds().get(i);
            grid.add(Cells.explained(Cells.text(id, "heat-header", "heat-row-header"), names.full(id)), 0, i + 1);
            for (int j = 0; j < table.columnIds().size(); j++) {
                double rtt = table.typicalRttMs().get(i).get(j);
                Label cell = Cells.text(Format.msNumber(rtt), "heat-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setBackground(new Background(new BackgroundFill(colour(rtt), new CornerRadii(3), Insets.EMPTY)));
                cell.setUserData(table.rowIds().get(i) + "→" + table.columnIds().get(j));
                int row = i;
                int column = j;
                grid.add(Cells.explained(cell, () -> tooltip.apply(row, column)), j + 1, i + 1);
            }
        }
        return grid;
    }

    /** The colour scale under a heat map. */
    static HBox legend() {
        HBox box = new HBox(2);
        box.getStyleClass().add("heat-legend");
        box.getChildren().add(Cells.text("RTT ms:", "results-note"));
        for (int ms = 0; ms <= RED_AT_MS; ms += 50) {
            Label swatch = Cells.text(ms == RED_AT_MS ? ms + "+" : String.valueOf(ms), "heat-cell");
            swatch.setAlignment(Pos.CENTER);
            swatch.setBackground(new Background(new BackgroundFill(colour(ms), new CornerRadii(3), Insets.EMPTY)));
            box.getChildren().add(swatch);
        }
        return box;
    }
}
