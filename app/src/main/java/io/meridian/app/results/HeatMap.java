package io.meridian.app.results;

import io.meridian.latency.LatencyTable;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/**
 * A latency table as a grid of coloured cells, green for near to red for far, the RTT in ms in each cell that is
 * wide enough to hold it, starred and bold where it is measured.
 * The colours are translucent so the same cells read on the light and the dark theme.
 */
final class HeatMap {
    /** RTT at and beyond which a cell is fully red: about a trip halfway round the world and back. */
    static final double RED_AT_MS = 200;
    /** After the RTT of a cell whose typical RTT is measured (a network link or a measured-RTT file). */
    static final String MEASURED_MARK = "*";

    private HeatMap() {
    }

    /** Hue from 120° (green, 0 ms) down to 0° (red, {@link #RED_AT_MS} and more). */
    static Color colour(double rttMs) {
        double f = Math.max(0, Math.min(1, rttMs / RED_AT_MS));
        return Color.hsb(120 * (1 - f), 0.75, 0.85, 0.55);
    }

    /**
     * The table on one canvas: ids as headers (full names in their tooltips), the typical RTT in each cell.
     *
     * @param tooltip explanation of cell (row, column)
     */
    static CanvasGrid of(LatencyTable table, Names names, BiFunction<Integer, Integer, String> tooltip) {
        return new CanvasGrid(new CanvasGrid.Model() {
            @Override
            public int rows() {
                return table.rowIds().size();
            }

            @Override
            public int columns() {
                return table.columnIds().size();
            }

            @Override
            public String rowHeader(int row) {
                return table.rowIds().get(row);
            }

            @Override
            public String columnHeader(int column) {
                return table.columnIds().get(column);
            }

            @Override
            public CanvasGrid.GridCell cell(int row, int column) {
                double rtt = table.typicalRttMs().get(row).get(column);
                // A measured RTT is marked with a star and in bold: the heading says what the star means.
                boolean measured = table.measured(row, column);
                return new CanvasGrid.GridCell(Format.msNumber(rtt) + (measured ? MEASURED_MARK : ""), colour(rtt), null,
                        "fg-default", measured ? CanvasGrid.Style.BOLD : CanvasGrid.Style.PLAIN, true);
            }

            @Override
            public String tooltip(int row, int column) {
                if (row < 0) {
                    return names.full(table.columnIds().get(column));
                }
                if (column < 0) {
                    return names.full(table.rowIds().get(row));
                }
                return tooltip.apply(row, column);
            }
        }, true, "heat-map");
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
