package io.meridian.latency;

import io.meridian.model.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The measured median round trip between two catalogue places, as a measured-RTT file gives it (the mean of its
 * two rows when the file gives both directions), and where it was read.
 *
 * @param placeA the catalogue id that sorts first ({@code aws:eu-west-1} before {@code aws:us-east-1})
 * @param placeB the other catalogue id
 * @param rttMs  the median (p50) RTT, ms; never below the floor at the default fiber speed (the reader refuses it)
 * @param file   the file as it was named (a path, or {@code latency.csv} in tests)
 * @param lines  the line or lines it was read from
 */
public record MeasuredRtt(String placeA, String placeB, double rttMs, String file, List<Integer> lines) {
    public MeasuredRtt {
        Checks.id(placeA, "placeA");
        Checks.id(placeB, "placeB");
        if (placeA.compareTo(placeB) >= 0) {
            throw new IllegalArgumentException("placeA must sort before placeB: " + placeA + ", " + placeB);
        }
        Checks.positive(rttMs, "rttMs");
        Checks.present(file, "file");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a measurement comes from at least one line");
        }
    }

    /** {@code latency.csv:3}, or {@code latency.csv:3,9 (mean of both directions)}. */
    public String measuredIn() {
        return file + ":" + lines.stream().map(String::valueOf).collect(Collectors.joining(","))
                + (lines.size() > 1 ? " (mean of both directions)" : "");
    }

    /** The unordered pair's key: '|' cannot occur in a catalogue id. */
    static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
