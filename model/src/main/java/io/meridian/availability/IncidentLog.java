package io.meridian.availability;

import java.util.Arrays;

/** One population's incidents in one simulated year: when each started (hours) and the minutes it lost. */
final class IncidentLog {
    private double[] start = new double[8];
    private double[] minutes = new double[8];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double atHours, double lostMinutes) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            minutes = Arrays.copyOf(minutes, size * 2);
        }
        start[size] = atHours;
        minutes[size] = lostMinutes;
        size++;
    }

    int size() {
        return size;
    }

    double minutes(int k) {
        return minutes[k];
    }

    /**
     * The most minutes lost by incidents that start within any window of {@code windowHours}: the windows worth
     * looking at start at an incident, so two pointers over the incidents in time order find it.
     */
    double worstWindow(double windowHours) {
        sortByStart();
        double best = 0;
        double sum = 0;
        int last = 0;
        for (int first = 0; first < size; first++) {
            while (last < size && start[last] < start[first] + windowHours) {
                sum += minutes[last++];
            }
            best = Math.max(best, sum);
            sum -= minutes[first];
        }
        return best;
    }

    /**
     * Insertion sort: incidents are logged as they end, so only one that spans a shorter one logged inside it is
     * out of place, and the log is nearly in order.
     */
    private void sortByStart() {
        for (int k = 1; k < size; k++) {
            double s = start[k];
            double m = minutes[k];
            int at = k - 1;
            while (at >= 0 && start[at] > s) {
                start[at + 1] = start[at];
                minutes[at + 1] = minutes[at];
                at--;
            }
            start[at + 1] = s;
            minutes[at + 1] = m;
        }
    }
}
