package io.meridian.latency;

import io.meridian.model.GeoPoint;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Distances, floor RTTs and typical RTTs between every row place and every column place, held in flat
 * arrays so that a 100 × 100 matrix costs one geodesic solution per unordered pair and nothing else.
 * Immutable: the arrays never leave this class.
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

    private LatencyMatrix(int rows, int columns, double[] distanceKm, double[] floorRttMs, double[] typicalRttMs,
                          Zone[] rowZones, Zone[] columnZones, boolean[] measured) {
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
     * Every place to every other place. Symmetric, so each pair is solved once; a place to itself is 0
     * (no round trip leaves the region).
     */
    public static LatencyMatrix square(LatencyModel model, List<GeoPoint> places) {
        int n = places.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = places.get(i).lat();
            lon[i] = places.get(i).lon();
        }
        double[] distance = new double[n * n];
        double[] floor = new double[n * n];
        double[] typical = new double[n * n];
        Zone[] zone = zones(places);
        // Rows in parallel: a 1,000-region design is 499,500 geodesics (≈ 0.7 s on one core). Row i writes only
        // cells (i, j) and (j, i) with j > i, so no two rows write the same cell; the result does not depend on order.
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = i + 1; j < n; j++) {
                double d = Geodesy.distanceKm(lat[i], lon[i], lat[j], lon[j]);
                double f = model.floorRttMs(d);
                double t = model.typicalRttMs(d, zone[i], zone[j]);
                distance[i * n + j] = d;
                distance[j * n + i] = d;
                floor[i * n + j] = f;
                floor[j * n + i] = f;
                typical[i * n + j] = t;
                typical[j * n + i] = t;
            }
        });
        return new LatencyMatrix(n, n, distance, floor, typical, zone, zone, null);
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
        return distanceKm[index(row, column)];
    }

    public double floorRttMs(int row, int column) {
        return floorRttMs[index(row, column)];
    }

    public double typicalRttMs(int row, int column) {
        return typicalRttMs[index(row, column)];
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
        return new LatencyTable(rowIds, columnIds, grid(distanceKm), grid(floorRttMs), grid(typicalRttMs), source);
    }

    private List<List<Double>> grid(double[] values) {
        List<List<Double>> out = new java.util.ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(new LatencyTable.Row(values, i * columns, columns));
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
