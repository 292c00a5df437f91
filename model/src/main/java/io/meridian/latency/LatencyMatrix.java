package io.meridian.latency;

import io.meridian.model.GeoPoint;
import java.util.List;
import java.util.Map;

/**
 * Distances, floor RTTs and typical RTTs between every row place and every column place, held in flat
 * arrays so that a 100 × 100 matrix costs one geodesic solution per unordered pair and nothing else.
 * Immutable as seen from outside: the arrays never leave this class. A square matrix (region to region) solves
 * each pair when it is first asked for ({@link Pairs}): an evaluation reads a small part of a 1,000-region matrix
 * (the pairs its replication, writes and reads cross), and the 499,500 geodesics of all of it cost ≈ 0.7 s and
 * ≈ 700 MB of short-lived garbage.
 */
public final class LatencyMatrix {
    private final int rows;
    private final int columns;
    private final double[] distanceKm;
    private final double[] floorRttMs;
    private final double[] typicalRttMs;
    private final Zone[] rowZones;
    private final Zone[] columnZones;
    /** Cells whose typical RTT was measured, not estimated; null when none is. */
    private final boolean[] measured;
    /** A square matrix's pairs, solved on demand into the arrays above at (lower, higher); null when all are solved. */
    private final Pairs pairs;
    /** Measured typical RTTs of a square matrix solved on demand, by the pair's cell (lower, higher). */
    private final Map<Integer, Double> measuredTypical;

    private LatencyMatrix(int rows, int columns, double[] distanceKm, double[] floorRttMs, double[] typicalRttMs,
                          Zone[] rowZones, Zone[] columnZones, boolean[] measured) {
        this(rows, columns, distanceKm, floorRttMs, typicalRttMs, rowZones, columnZones, measured, null, Map.of());
    }

    private LatencyMatrix(int rows, int columns, double[] distanceKm, double[] floorRttMs, double[] typicalRttMs,
                          Zone[] rowZones, Zone[] columnZones, boolean[] measured, Pairs pairs,
                          Map<Integer, Double> measuredTypical) {
        this.pairs = pairs;
        this.measuredTypical = measuredTypical;
        this.rows = rows;
        this.columns = columns;
        this.distanceKm = distanceKm;
        this.floorRttMs = floorRttMs;
        this.typicalRttMs = typicalRttMs;
        this.rowZones = rowZones;
        this.columnZones = columnZones;
        this.measured = measured;
    }

    private static Zone[] zones(List<GeoPoint> places) {
        Zone[] out = new Zone[places.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Zone.of(places.get(i));
        }
        return out;
    }

    /**
     * Every place to every other place. Symmetric, so each pair is solved once, when first asked for (always from
     * the place listed first to the other, so the order of the questions changes no figure); a place to itself is 0
     * (no round trip leaves the region).
     */
    public static LatencyMatrix square(LatencyModel model, List<GeoPoint> places) {
        int n = places.size();
        Zone[] zone = zones(places);
        Pairs pairs = new Pairs(model, places, zone);
        return new LatencyMatrix(n, n, new double[n * n], new double[n * n], new double[n * n], zone, zone, null, pairs,
                Map.of());
    }

    /**
     * From each row place to each column place (e.g. populations to regions). Distinct places that happen to
     * coincide still pay the typical overhead: a client is never inside the data centre.
     */
    public static LatencyMatrix between(LatencyModel model, List<GeoPoint> from, List<GeoPoint> to) {
        int r = from.size();
        int c = to.size();
        double[] distance = new double[r * c];
        for (int i = 0; i < r; i++) {
            GeoPoint a = from.get(i);
            for (int j = 0; j < c; j++) {
                distance[i * c + j] = Geodesy.distanceKm(a, to.get(j));
            }
        }
        return ofDistances(model, zones(from), zones(to), distance);
    }

    /** From distances already solved, row by row (e.g. by the population router); the arrays are kept. */
    static LatencyMatrix ofDistances(LatencyModel model, Zone[] rowZones, Zone[] columnZones, double[] distanceKm) {
        int rows = rowZones.length;
        int columns = columnZones.length;
        if (distanceKm.length != rows * columns) {
            throw new IllegalArgumentException("expected " + rows * columns + " distances, got " + distanceKm.length);
        }
        double[] floor = new double[distanceKm.length];
        double[] typical = new double[distanceKm.length];
        for (int k = 0; k < distanceKm.length; k++) {
            floor[k] = model.floorRttMs(distanceKm[k]);
            typical[k] = model.typicalRttMs(distanceKm[k], rowZones[k / columns], columnZones[k % columns]);
        }
        return new LatencyMatrix(rows, columns, distanceKm, floor, typical, rowZones, columnZones, null);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public double distanceKm(int row, int column) {
        return distanceKm[cell(row, column)];
    }

    public double floorRttMs(int row, int column) {
        return floorRttMs[cell(row, column)];
    }

    public double typicalRttMs(int row, int column) {
        int cell = cell(row, column);
        if (!measuredTypical.isEmpty()) {
            Double m = measuredTypical.get(cell);
            if (m != null) {
                return m;
            }
        }
        return typicalRttMs[cell];
    }

    /** Where cell (row, column) is held: itself, or for a matrix solved on demand its pair's cell, solved by now. */
    private int cell(int row, int column) {
        int index = index(row, column);
        if (pairs == null || row == column) {
            return index;
        }
        int cell = row < column ? index : column * columns + row;
        pairs.solve(cell, Math.min(row, column), Math.max(row, column), distanceKm, floorRttMs, typicalRttMs);
        return cell;
    }

    /** Whether the cell's typical RTT is a measurement (a network link or a measured-RTT file), not an estimate. */
    public boolean measured(int row, int column) {
        return measured != null && measured[index(row, column)];
    }

    public Zone rowZone(int row) {
        return rowZones[row];
    }

    public Zone columnZone(int column) {
        return columnZones[column];
    }

    /** The explained estimate for one cell (its distance and corridor). */
    PathLatency estimate(LatencyModel model, int row, int column) {
        return model.forDistance(distanceKm(row, column), rowZones[row], columnZones[column]);
    }

    /** The same matrix with one typical cell replaced (and its mirror when square); used for measured paths. */
    LatencyMatrix withTypical(int row, int column, double value) {
        return withTypicals(new int[] {row}, new int[] {column}, new double[] {value});
    }

    /**
     * The same for many cells at once, each marked measured: one copy of the matrix, however many measurements
     * there are.
     */
    LatencyMatrix withTypicals(int[] row, int[] column, double[] value) {
        if (pairs != null) {
            // Solved on demand: the solved arrays are shared, the measurements kept beside them by pair.
            boolean[] marked = measured == null ? new boolean[rows * columns] : measured.clone();
            Map<Integer, Double> typical = new java.util.HashMap<>(measuredTypical);
            for (int k = 0; k < value.length; k++) {
                int i = Math.min(row[k], column[k]);
                int j = Math.max(row[k], column[k]);
                typical.put(index(i, j), value[k]);
                marked[index(row[k], column[k])] = true;
                marked[index(column[k], row[k])] = true;
            }
            return new LatencyMatrix(rows, columns, distanceKm, floorRttMs, typicalRttMs, rowZones, columnZones,
                    marked, pairs, typical);
        }
        double[] typical = typicalRttMs.clone();
        boolean[] marked = measured == null ? new boolean[typical.length] : measured.clone();
        for (int k = 0; k < value.length; k++) {
            typical[index(row[k], column[k])] = value[k];
            marked[index(row[k], column[k])] = true;
            if (rows == columns) {
                typical[index(column[k], row[k])] = value[k];
                marked[index(column[k], row[k])] = true;
            }
        }
        return new LatencyMatrix(rows, columns, distanceKm, floorRttMs, typical, rowZones, columnZones, marked);
    }

    /** The serializable form, labelled with the ids of the row and column places. */
    public LatencyTable toTable(List<String> rowIds, List<String> columnIds) {
        if (rowIds.size() != rows || columnIds.size() != columns) {
            throw new IllegalArgumentException("expected " + rows + " row and " + columns + " column ids, got "
                    + rowIds.size() + " and " + columnIds.size());
        }
        List<List<String>> source = new java.util.ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            source.add(new LatencyTable.SourceRow(measured, i * columns, columns));
        }
        if (pairs != null) {
            // Views that solve a pair when a reader asks for it: the text report reads only the pairs in use.
            return new LatencyTable(rowIds, columnIds, grid(this::distanceKm), grid(this::floorRttMs),
                    grid(this::typicalRttMs), source);
        }
        return new LatencyTable(rowIds, columnIds, grid(distanceKm), grid(floorRttMs), grid(typicalRttMs), source);
    }

    private List<List<Double>> grid(double[] values) {
        List<List<Double>> out = new java.util.ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(new LatencyTable.Row(values, i * columns, columns));
        }
        return out;
    }

    private interface CellValue {
        double at(int row, int column);
    }

    private List<List<Double>> grid(CellValue value) {
        List<List<Double>> out = new java.util.ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int row = i;
            out.add(new LatencyTable.Row(column -> value.at(row, column), columns));
        }
        return out;
    }

    private int index(int row, int column) {
        if (row < 0 || column < 0 || row >= rows || column >= columns) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") outside " + rows + " × " + columns);
        }
        return row * columns + column;
    }
}
