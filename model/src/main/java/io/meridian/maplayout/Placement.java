package io.meridian.maplayout;

import java.util.List;

/**
 * Where one label goes: the items it stands for (one, or a cluster's members), its form and box, and one leader
 * line per item from the box's edge to the item's true coordinate.
 */
public record Placement(List<String> ids, Form form, Box box, List<Leader> leaders, boolean pinned) {
    public enum Form {
        /** A region's full card or a population's full label. */
        FULL,
        /** A region's chip or a population's load alone. */
        COMPACT,
        /** One chip for several regions. */
        CLUSTER
    }

    public Placement {
        ids = List.copyOf(ids);
        leaders = List.copyOf(leaders);
    }

    /** A line from a label's edge ({@code from}) to its item's true coordinate ({@code to}). */
    public record Leader(String id, Box.Point from, Box.Point to) {
    }
}
