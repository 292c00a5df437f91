package io.meridian.availability;

import java.util.Arrays;

/**
 * The simulated years' clock: every failure domain's next change of state, in an indexed binary min-heap, so the
 * next event is found in O(1) and a domain's time is changed in O(log domains). Every domain is always in it; one
 * that never changes again waits at +∞.
 */
final class TransitionQueue {
    private final double[] time;
    private final int[] heap;
    private final int[] position;

    TransitionQueue(int domains) {
        time = new double[domains];
        heap = new int[domains];
        position = new int[domains];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        for (int d = 0; d < domains; d++) {
            heap[d] = d;
            position[d] = d;
        }
    }

    /** The domain that changes next (any of them when none ever does). */
    int next() {
        return heap[0];
    }

    double nextTime() {
        return heap.length == 0 ? Double.POSITIVE_INFINITY : time[heap[0]];
    }

    double time(int domain) {
        return time[domain];
    }

    void set(int domain, double at) {
        double before = time[domain];
        time[domain] = at;
        if (at < before) {
            up(position[domain]);
        } else {
            down(position[domain]);
        }
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (time[heap[parent]] <= time[heap[i]]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        int n = heap.length;
        while (true) {
            int left = 2 * i + 1;
            if (left >= n) {
                return;
            }
            int least = left + 1 < n && time[heap[left + 1]] < time[heap[left]] ? left + 1 : left;
            if (time[heap[i]] <= time[heap[least]]) {
                return;
            }
            swap(i, least);
            i = least;
        }
    }

    private void swap(int a, int b) {
        int x = heap[a];
        heap[a] = heap[b];
        heap[b] = x;
        position[heap[a]] = a;
        position[heap[b]] = b;
    }
}
