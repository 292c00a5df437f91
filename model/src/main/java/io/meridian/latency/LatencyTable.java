package io.meridian.latency;

import java.util.List;

/**
 * A latency matrix as plain data for JSON, heat maps and spreadsheets: cell [i][j] is from {@code rowIds[i]}
 * to {@code columnIds[j]}. Typical RTTs already include measured paths; {@code source} says which cells are
 * measured.
 *
 * @param source per cell, {@link #MEASURED} when the typical RTT is a measurement (a network link or a measured-RTT
 *               file), else {@link #ESTIMATED}
 */
public record LatencyTable(List<String> rowIds, List<String> columnIds, List<List<Double>> distanceKm,
                           List<List<Double>> floorRttMs, List<List<Double>> typicalRttMs,
                           List<List<String>> source) {
    public static final String ESTIMATED = "estimated";
    public static final String MEASURED = "measured";

    public LatencyTable {
        rowIds = List.copyOf(rowIds);
        columnIds = List.copyOf(columnIds);
        distanceKm = copy(distanceKm, rowIds.size(), columnIds.size(), "distanceKm");
        floorRttMs = copy(floorRttMs, rowIds.size(), columnIds.size(), "floorRttMs");
        typicalRttMs = copy(typicalRttMs, rowIds.size(), columnIds.size(), "typicalRttMs");
        source = source == null ? estimated(rowIds.size(), columnIds.size())
                : copy(source, rowIds.size(), columnIds.size(), "source");
        for (List<String> row : source) {
            if (row instanceof SourceRow) {
                continue; // holds only the two values
            }
            for (String s : row) {
                if (!ESTIMATED.equals(s) && !MEASURED.equals(s)) {
                    throw new IllegalArgumentException("source must be '" + ESTIMATED + "' or '" + MEASURED
                            + "', got '" + s + "'");
                }
            }
        }
    }

    /** A table whose every cell is estimated. */
    public LatencyTable(List<String> rowIds, List<String> columnIds, List<List<Double>> distanceKm,
                        List<List<Double>> floorRttMs, List<List<Double>> typicalRttMs) {
        this(rowIds, columnIds, distanceKm, floorRttMs, typicalRttMs, null);
    }

    /** Whether cell (row, column) is measured. */
    public boolean measured(int row, int column) {
        return MEASURED.equals(source.get(row).get(column));
    }

    private static <T> List<List<T>> copy(List<List<T>> grid, int rows, int columns, String name) {
        if (grid.size() != rows || grid.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException(name + " must be " + rows + " × " + columns);
        }
        return grid.stream().map(row -> row instanceof Row || row instanceof SourceRow ? row : List.copyOf(row))
                .toList();
    }

    private static List<List<String>> estimated(int rows, int columns) {
        List<List<String>> out = new java.util.ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(new SourceRow(null, 0, columns));
        }
        return out;
    }

    /** One row of doubles, unboxed: a 1,000-region matrix is 3 × 10⁶ cells, which boxed would cost ~70 MB. */
    static final class Row extends java.util.AbstractList<Double> implements java.util.RandomAccess {
        private final double[] values;
        /** A row worked out cell by cell when read (a matrix solved on demand); null when {@code values} holds it. */
        private final java.util.function.IntToDoubleFunction cells;
        private final int size;

        /** Takes a copy of {@code values[from, from + length)}. */
        Row(double[] values, int from, int length) {
            this.values = java.util.Arrays.copyOfRange(values, from, from + length);
            this.cells = null;
            this.size = length;
        }

        /** A view whose cell j is {@code cells(j)}, asked each time it is read. */
        Row(java.util.function.IntToDoubleFunction cells, int size) {
            this.values = null;
            this.cells = cells;
            this.size = size;
        }

        @Override
        public Double get(int index) {
            if (cells != null) {
                java.util.Objects.checkIndex(index, size);
                return cells.applyAsDouble(index);
            }
            return values[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** One row of sources, a bit per cell (null: every cell estimated). */
    static final class SourceRow extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final boolean[] measured;
        private final int size;

        /** Takes a copy of {@code measured[from, from + length)}; null means none is measured. */
        SourceRow(boolean[] measured, int from, int length) {
            this.measured = measured == null ? null : java.util.Arrays.copyOfRange(measured, from, from + length);
            this.size = length;
        }

        @Override
        public String get(int index) {
            java.util.Objects.checkIndex(index, size);
            return measured != null && measured[index] ? MEASURED : ESTIMATED;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
