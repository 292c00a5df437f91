package io.meridian.io.iac;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: each resource mapped (address → the element it became or joined), each skipped with its
 * type and why, and notes on what was assumed (defaults, unpriced types, no populations).
 */
public record ImportSummary(List<Mapped> mapped, List<Skipped> skipped, List<String> notes) {
    public ImportSummary {
        mapped = List.copyOf(mapped);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public record Mapped(String address, String element) {
    }

    public record Skipped(String address, String type, String why) {
    }

    /** The summary as text lines, as the CLI prints it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("mapped (" + mapped.size() + "):");
        mapped.forEach(m -> out.add("  " + m.address() + " -> " + m.element()));
        out.add("skipped (" + skipped.size() + "):");
        skipped.forEach(s -> out.add("  " + s.address() + " (" + s.type() + "): " + s.why()));
        if (!notes.isEmpty()) {
            out.add("notes:");
            notes.forEach(n -> out.add("  " + n));
        }
        return out;
    }
}
