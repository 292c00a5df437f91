package io.meridian.latency;

import io.meridian.model.GeoPoint;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * The pairs of a square {@link LatencyMatrix}, solved when first asked for: pair (i, j), i < j, is one WGS84 geodesic
 * from place i to place j, and its distance, floor and typical RTT go into the matrix's arrays at cell (i, j).
 * The engines share one matrix across threads, so a pair is solved under a lock (striped, so that two threads
 * rarely wait for each other) and marked solved with a release store that every reader's acquire load pairs with:
 * a reader that sees the mark sees the figures. The figures of a pair do not depend on when or by whom it is solved.
 */
final class Pairs {
    private static final VarHandle SOLVED = MethodHandles.arrayElementVarHandle(byte[].class);
    private static final int STRIPES = 64;

    private final LatencyModel model;
    private final double[] lat;
    private final double[] lon;
    private final Zone[] zone;
    private final byte[] solved;
    private final Object[] locks = new Object[STRIPES];

    Pairs(LatencyModel model, List<GeoPoint> places, Zone[] zone) {
        int n = places.size();
        this.model = model;
        this.lat = new double[n];
        this.lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = places.get(i).lat();
            lon[i] = places.get(i).lon();
        }
        this.zone = zone;
        this.solved = new byte[n * n];
        for (int k = 0; k < STRIPES; k++) {
            locks[k] = new Object();
        }
    }

    /** Solves pair (i, j), i < j, into {@code cell} of the three arrays unless it is solved already. */
    void solve(int cell, int i, int j, double[] distanceKm, double[] floorRttMs, double[] typicalRttMs) {
        if ((byte) SOLVED.getAcquire(solved, cell) != 0) {
            return;
        }
        synchronized (locks[cell % STRIPES]) {
            if (solved[cell] != 0) {
                return;
            }
            double d = Geodesy.distanceKm(lat[i], lon[i], lat[j], lon[j]);
            distanceKm[cell] = d;
            floorRttMs[cell] = model.floorRttMs(d);
            typicalRttMs[cell] = model.typicalRttMs(d, zone[i], zone[j]);
            SOLVED.setRelease(solved, cell, (byte) 1);
        }
    }
}
