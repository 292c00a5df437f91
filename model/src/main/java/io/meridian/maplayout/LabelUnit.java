package io.meridian.maplayout;

import io.meridian.maplayout.LabelSizes.Size;
import io.meridian.maplayout.Placement.Form;
import java.util.List;
import java.util.function.Supplier;

/**
 * Labels placed together. Their sizes are measured when the unit is first tried: measuring a region's card builds
 * it in the app, and a level that fails early (cards for 1,000 regions at fit) never needs the rest.
 */
final class LabelUnit {
    private final List<MapItem> items;
    private final Form form;
    private final Supplier<List<Size>> measure;
    private final boolean stacked;
    private List<Size> sizes;

    LabelUnit(List<MapItem> items, Form form, Supplier<List<Size>> measure, boolean stacked) {
        this.items = items;
        this.form = form;
        this.measure = measure;
        this.stacked = stacked;
    }

    List<MapItem> items() {
        return items;
    }

    Form form() {
        return form;
    }

    boolean stacked() {
        return stacked;
    }

    List<Size> sizes() {
        if (sizes == null) {
            sizes = measure.get();
        }
        return sizes;
    }

    /** The area this unit's labels cover at least: measured, or for cards their lower bound (not measured). */
    double leastArea(LabelSizes measure) {
        return form == Form.FULL
                ? items.stream().mapToDouble(m -> measure.fullAreaAtLeast(m.id())).sum()
                : sizes().stream().mapToDouble(z -> z.w() * z.h()).sum();
    }

    /**
     * Whether a view of {@code area} has room for these units at all: labels are placed inside it without
     * overlapping, and all but {@code fallbacks} of the units in their own form, so the smallest of the rest must fit
     * in its area. A region's card counts by its lower bound: a 1,000-region map at fit gives up its cards here
     * instead of building a few hundred of them to find out.
     */
    static boolean roomForAll(List<LabelUnit> units, int fallbacks, double area, LabelSizes measure) {
        double[] least = new double[units.size()];
        for (int i = 0; i < least.length; i++) {
            least[i] = units.get(i).leastArea(measure);
        }
        java.util.Arrays.sort(least);
        double needed = 0;
        for (int i = 0; i < least.length - fallbacks; i++) {
            needed += least[i];
        }
        return needed <= area;
    }

    LabelUnit asChips(LabelSizes measure) {
        return new LabelUnit(items, Form.COMPACT, () -> items.stream().map(i -> measure.compact(i.id())).toList(),
                stacked);
    }

    Box.Point anchor() {
        return new Box.Point(items.stream().mapToDouble(MapItem::x).average().orElse(0),
                items.stream().mapToDouble(MapItem::y).average().orElse(0));
    }
}
