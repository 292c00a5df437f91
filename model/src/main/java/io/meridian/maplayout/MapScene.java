package io.meridian.maplayout;

import java.util.List;

/**
 * What the placement needs to know about one view of the map, all in screen units: the visible area (labels stay
 * inside it), the items with their true coordinates, what must stay uncovered (the legend, the title, buttons,
 * other labels) and what should rather stay uncovered (lines), and the marker radius (no label covers a marker).
 */
public record MapScene(Box view, List<MapItem> items, List<Box> keepClear, List<Box> avoid, double markerRadius,
                       LabelSizes sizes) {
    public MapScene {
        items = List.copyOf(items);
        keepClear = List.copyOf(keepClear);
        avoid = List.copyOf(avoid);
        if (view == null || sizes == null || !(markerRadius >= 0)) {
            throw new IllegalArgumentException("a map scene needs a view, label sizes and a marker radius");
        }
    }
}
