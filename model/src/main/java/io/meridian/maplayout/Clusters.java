package io.meridian.maplayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups regions whose markers sit too close to tell apart at this scale (Northern Virginia holds three providers'
 * regions): single-link, so a chain of close neighbours is one group. Order follows the input.
 */
final class Clusters {
    private Clusters() {
    }

    static List<List<MapItem>> of(List<MapItem> regions, double distance) {
        int n = regions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                MapItem a = regions.get(i);
                MapItem b = regions.get(j);
                if (Math.hypot(a.x() - b.x(), a.y() - b.y()) <= distance) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<MapItem>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(regions.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
