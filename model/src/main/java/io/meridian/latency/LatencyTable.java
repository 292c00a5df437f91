package io.meridian.latency;

import java.util.List;

/**
 * A latency matrix as plain data for JSON, heat maps and spreadsheets: cell [i][j] is from {@code rowIds[i]}
 * to {@code columnIds[j]}. Typical RTTs already include measured network paths.
 */
public record LatencyTable(List<String> rowIds, List<String> columnIds, List<List<Double>> distanceKm,
                           List<List<Double>> floorRttMs, List<List<Double>> typicalRttMs) {
    public LatencyTable {
        rowIds = List.copyOf(rowIds);
        columnIds = List.copyOf(columnIds);
        distanceKm = copy(distanceKm, rowIds.size(), columnIds.size(), "distanceKm");
        floorRttMs = copy(floorRttMs, rowIds.size(), columnIds.size(), "floorRttMs");
        typicalRttMs = copy(typicalRttMs, rowIds.size(), columnIds.size(), "typicalRttMs");
    }

    private static List<List<Double>> copy(List<List<Double>> grid, int rows, int columns, String name) {
        if (grid.size() != rows || grid.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException(name + " must be " + rows + " × " + columns);
        }
        return grid.stream().map(row -> row instanceof Row ? row : List.copyOf(row)).toList();
    }

    /** One row of doubles, unboxed: a 1,000-region matrix is 3 × 10⁶ cells, which boxed would cost ~70 MB. */
    static final class Row extends java.util.AbstractList<Double> implements java.util.RandomAccess {
        private final double[] values;

        /** Takes a copy of {@code values[from, from + length)}. */
        Row(double[] values, int from, int length) {
            this.values = java.util.Arrays.copyOfRange(values, from, from + length);
        }

        @Override
        public Double get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
