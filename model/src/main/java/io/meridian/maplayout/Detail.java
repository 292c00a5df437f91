package io.meridian.maplayout;

/**
 * The level of detail the whole map is drawn at, most detailed first; the placement takes the first at which every
 * region's label fits without covering anything.
 */
public enum Detail {
    /** Full cards (regions at one spot stacked); up to a quarter of the regions may show a chip where no card fits. */
    CARDS,
    /** A compact chip per region (regions at one spot stacked). */
    CHIPS,
    /** A compact chip per region, and one chip for each group of regions too close to tell apart. */
    CLUSTERS
}
