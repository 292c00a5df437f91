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

    LabelUnit asChips(LabelSizes measure) {
        return new LabelUnit(items, Form.COMPACT, () -> items.stream().map(i -> measure.compact(i.id())).toList(),
                stacked);
    }

    Box.Point anchor() {
        return new Box.Point(items.stream().mapToDouble(MapItem::x).average().orElse(0),
                items.stream().mapToDouble(MapItem::y).average().orElse(0));
    }
}
