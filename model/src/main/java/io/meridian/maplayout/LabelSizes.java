package io.meridian.maplayout;

import java.util.List;

/**
 * How large each form of a label is, measured by whoever draws it (the app with its fonts and CSS, a report with
 * its own fonts), so the one placement serves both.
 */
public interface LabelSizes {
    /** A region's full card, or a population's full label (name and load). */
    Size full(String id);

    /** A region's compact chip (short name), or a population's compact label (load only). */
    Size compact(String id);

    /** One chip standing for several regions that sit too close to tell apart at this scale. */
    Size cluster(List<String> regionIds);

    /**
     * A lower bound of {@code full(id)}'s area, cheaper to know than the size itself (the app builds a region's
     * card to measure it). The placement gives up a level that cannot fit whatever the order from these bounds
     * before measuring a single card. Zero, the default, says nothing.
     */
    default double fullAreaAtLeast(String id) {
        return 0;
    }

    record Size(double w, double h) {
        public Size {
            if (!(w >= 0) || !(h >= 0) || !Double.isFinite(w) || !Double.isFinite(h)) {
                throw new IllegalArgumentException("label size must be finite and non-negative: " + w + " × " + h);
            }
        }
    }
}
