package io.meridian.app.results;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A table of many small cells drawn on one canvas: a few nodes instead of thousands of labels, so a 30-region
 * design costs no seconds of CSS and layout. Row and column headers, a fill and a text per cell, one tooltip that
 * follows the pointer, an optional highlighted row. Colours come from the theme through {@link Palette} (cells may
 * bring their own translucent fills, which read on light and dark alike).
 *
 * <p>{@code uniform} grids (heat maps) give every data column one width, shrinking to fit the panel down to
 * {@link #MIN_CELL} and dropping the text when it no longer fits; other grids size each column to its text.
 */
final class CanvasGrid extends Region {
    static final double MIN_CELL = 12;
    static final double PREF_CELL = 44;
    private static final double PAD = 5;
    private static final double GAP = 2;
    private static final double WIDEST_TEXT = 360;

    /** What to draw; row or column -1 is the header (tooltips of headers only). */
    interface Model {
        int rows();

        int columns();

        String rowHeader(int row);

        String columnHeader(int column);

        GridCell cell(int row, int column);

        /** Explanation of a cell, or of a header when row or column is -1; null for none. */
        String tooltip(int row, int column);
    }

    enum Style { PLAIN, BOLD, ITALIC }

    /**
     * @param fill     an explicit fill, or null to use {@code fillRole} (a {@link Palette} role, or null for none)
     * @param textRole the palette role of the text
     * @param numeric  right-aligned (centred in uniform grids)
     */
    record GridCell(String text, Color fill, String fillRole, String textRole, Style style, boolean numeric) {
        static final GridCell EMPTY = new GridCell("", null, null, "fg-default", Style.PLAIN, false);
    }

    private final Model model;
    private final boolean uniform;
    private final Canvas canvas = new Canvas();
    private final Palette palette = new Palette();
    private final GridTooltip tooltip;
    private final GridText texts = new GridText(palette::font);
    private int highlightedRow = -1;
    private boolean dirty = true;

    // Measured once per font: widths of the texts.
    private Font measuredFor;
    private double rowHeaderWidth;
    private double rowHeight;
    private double widestColumnHeader;
    private double[] columnTextWidth;
    /** The model's cells, asked for once: drawing and measuring both need them. */
    private GridCell[][] cells;

    CanvasGrid(Model model, boolean uniform, String... styleClasses) {
        this.model = model;
        this.uniform = uniform;
        getStyleClass().add("canvas-grid");
        getStyleClass().addAll(styleClasses);
        getChildren().addAll(palette.probes());
        getChildren().add(canvas);
        // A theme switch restyles every probe in one CSS pass: draw once, in the layout pass that follows.
        palette.onChange(() -> {
            dirty = true;
            measuredFor = null;
            requestLayout();
        });
        tooltip = new GridTooltip(canvas, (x, y) -> {
            int[] at = cellAt(x, y);
            return at == null ? null : model.tooltip(at[0], at[1]);
        });
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
    }

    Canvas canvas() {
        return canvas;
    }

    Tooltip tooltip() {
        return tooltip.tooltip();
    }

    Model model() {
        return model;
    }

    /** The theme's colour for a role as the grid draws it now. */
    Color colour(String role) {
        return palette.colour(role);
    }

    /** Marks one row (the scenario on show in the what-if); -1 for none. */
    void highlightRow(int row) {
        if (row != highlightedRow) {
            highlightedRow = row;
            redraw();
        }
    }

    int highlightedRow() {
        return highlightedRow;
    }

    // ---- geometry

    private void measureTexts() {
        Font font = palette.font();
        if (font.equals(measuredFor)) {
            return;
        }
        measuredFor = font;
        texts.clear();
        if (cells == null) {
            cells = new GridCell[model.rows()][model.columns()];
            for (int r = 0; r < model.rows(); r++) {
                for (int c = 0; c < model.columns(); c++) {
                    cells[r][c] = model.cell(r, c);
                }
            }
        }
        rowHeight = Math.ceil(font.getSize() * 1.7);
        rowHeaderWidth = 0;
        for (int r = 0; r < model.rows(); r++) {
            rowHeaderWidth = Math.max(rowHeaderWidth, texts.width(model.rowHeader(r), Style.PLAIN));
        }
        rowHeaderWidth = Math.min(WIDEST_TEXT, rowHeaderWidth) + 2 * PAD;
        columnTextWidth = new double[model.columns()];
        widestColumnHeader = 0;
        for (int c = 0; c < model.columns(); c++) {
            double header = texts.width(model.columnHeader(c), Style.PLAIN);
            widestColumnHeader = Math.max(widestColumnHeader, header);
            double w = uniform ? 0 : header;
            for (int r = 0; r < model.rows(); r++) {
                GridCell cell = cells[r][c];
                w = Math.max(w, texts.width(cell.text(), cell.style()));
            }
            columnTextWidth[c] = Math.min(WIDEST_TEXT, w);
        }
    }

    /** Width of each data column at this total width. */
    private double columnWidth(int column, double totalWidth) {
        if (!uniform) {
            return columnTextWidth[column] + 2 * PAD;
        }
        double fit = (totalWidth - rowHeaderWidth) / Math.max(1, model.columns()) - GAP;
        return Math.max(MIN_CELL, Math.min(PREF_CELL, Math.floor(fit)));
    }

    /** Column headers turn upright when a uniform grid's cells are narrower than its longest header. */
    private boolean rotatedHeaders(double cellWidth) {
        return uniform && widestColumnHeader + 2 * PAD > cellWidth;
    }

    private double headerHeight(double totalWidth) {
        double cell = columnWidth(0, totalWidth);
        return rotatedHeaders(cell) ? widestColumnHeader + 2 * PAD : rowHeight;
    }

    private double x(int column, double totalWidth) {
        if (column < 0) {
            return 0;
        }
        if (uniform) {
            return rowHeaderWidth + column * (columnWidth(0, totalWidth) + GAP);
        }
        double x = rowHeaderWidth;
        for (int c = 0; c < column; c++) {
            x += columnWidth(c, totalWidth) + GAP;
        }
        return x;
    }

    private double y(int row, double totalWidth) {
        return row < 0 ? 0 : headerHeight(totalWidth) + GAP + row * (rowHeight + GAP);
    }

    private double contentWidth(boolean minimum) {
        measureTexts();
        if (model.columns() == 0) {
            return rowHeaderWidth;
        }
        double cell = minimum ? MIN_CELL : PREF_CELL;
        return uniform ? rowHeaderWidth + model.columns() * (cell + GAP)
                : x(model.columns(), 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + contentWidth(false) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + contentWidth(true) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        measureTexts();
        double w = width < 0 ? contentWidth(false) : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + y(model.rows(), w) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return uniform ? javafx.geometry.Orientation.HORIZONTAL : null;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (dirty || canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            redraw();
        }
    }

    // ---- drawing

    private void redraw() {
        dirty = false;
        measureTexts();
        double total = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTextBaseline(VPos.CENTER);
        double headerHeight = headerHeight(total);
        double cellWidth = columnWidth(0, total);
        boolean rotated = rotatedHeaders(cellWidth);
        if (highlightedRow >= 0 && highlightedRow < model.rows()) {
            g.setFill(palette.colour("accent-subtle"));
            g.fillRect(0, y(highlightedRow, total) - 1, x(model.columns(), total), rowHeight + 2);
        }
        g.setFont(texts.font(Style.PLAIN));
        g.setFill(palette.colour("fg-muted"));
        for (int c = 0; c < model.columns(); c++) {
            double x = x(c, total);
            double w = columnWidth(c, total);
            String text = model.columnHeader(c);
            if (rotated) {
                g.save();
                g.translate(x + w / 2, headerHeight - PAD);
                g.rotate(-90);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(text, 0, 0);
                g.restore();
            } else {
                g.setTextAlign(uniform ? TextAlignment.CENTER : TextAlignment.LEFT);
                g.fillText(text, uniform ? x + w / 2 : x + PAD, headerHeight / 2, w);
            }
        }
        g.setStroke(palette.colour("border-default"));
        g.setLineWidth(1);
        g.strokeLine(0, headerHeight + 0.5, x(model.columns(), total), headerHeight + 0.5);
        for (int r = 0; r < model.rows(); r++) {
            double y = y(r, total);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(texts.font(Style.PLAIN));
            g.setFill(palette.colour("fg-muted"));
            g.fillText(texts.elide(model.rowHeader(r), rowHeaderWidth - 2 * PAD, Style.PLAIN), PAD, y + rowHeight / 2);
            for (int c = 0; c < model.columns(); c++) {
                drawCell(g, cells[r][c], x(c, total), y, columnWidth(c, total));
            }
        }
        if (highlightedRow >= 0 && highlightedRow < model.rows()) {
            g.setStroke(palette.colour("accent-emphasis"));
            g.setLineWidth(2);
            g.strokeRoundRect(1, y(highlightedRow, total) - 1, x(model.columns(), total) - 2, rowHeight + 2, 4, 4);
        }
    }

    private void drawCell(GraphicsContext g, GridCell cell, double x, double y, double w) {
        Paint fill = cell.fill() != null ? cell.fill()
                : cell.fillRole() != null ? palette.colour(cell.fillRole()) : null;
        if (fill != null) {
            g.setFill(fill);
            g.fillRoundRect(x, y, w, rowHeight, 5, 5);
        }
        String text = cell.text();
        if (text == null || text.isEmpty()) {
            return;
        }
        double room = w - 2 * (uniform ? 2 : PAD);
        if (uniform && texts.width(text, cell.style()) > room) {
            return; // too small to read: the colour and the tooltip say it
        }
        g.setFont(texts.font(cell.style()));
        g.setFill(palette.colour(cell.textRole()));
        if (uniform) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text, x + w / 2, y + rowHeight / 2);
        } else if (cell.numeric()) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(text, x + w - PAD, y + rowHeight / 2);
        } else {
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(texts.elide(text, room, cell.style()), x + PAD, y + rowHeight / 2);
        }
    }

    // ---- pointer

    /** The cell under a point of the canvas as {row, column} (-1 for a header), or null outside every cell. */
    int[] cellAt(double px, double py) {
        measureTexts();
        double total = canvas.getWidth();
        int row = -2;
        if (py < headerHeight(total)) {
            row = -1;
        } else {
            for (int r = 0; r < model.rows(); r++) {
                double y = y(r, total);
                if (py >= y && py < y + rowHeight + GAP) {
                    row = r;
                }
            }
        }
        int column = -2;
        if (px < rowHeaderWidth) {
            column = -1;
        } else {
            for (int c = 0; c < model.columns(); c++) {
                double x = x(c, total);
                if (px >= x && px < x + columnWidth(c, total) + GAP) {
                    column = c;
                }
            }
        }
        if (row == -2 || column == -2 || (row == -1 && column == -1)) {
            return null;
        }
        return new int[] {row, column};
    }

    /** Where a cell is drawn, in canvas coordinates (tests, and where a host points); -1 for a header. */
    Bounds cellBounds(int row, int column) {
        measureTexts();
        double total = canvas.getWidth();
        double w = column < 0 ? rowHeaderWidth : columnWidth(column, total);
        double h = row < 0 ? headerHeight(total) : rowHeight;
        return new BoundingBox(x(column, total), y(row, total), w, h);
    }

    /** The row and column whose headers read these texts, or null. */
    int[] find(String rowHeader, String columnHeader) {
        for (int r = 0; r < model.rows(); r++) {
            for (int c = 0; c < model.columns(); c++) {
                if (model.rowHeader(r).equals(rowHeader) && model.columnHeader(c).equals(columnHeader)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }
}
