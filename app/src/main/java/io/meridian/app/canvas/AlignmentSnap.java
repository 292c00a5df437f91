package io.meridian.app.canvas;

import java.util.List;
import javafx.geometry.Point2D;

/**
 * Snapping a dragged marker into line with others, as drawing tools do: when its position comes within a few
 * screen pixels of another marker's x (or y), it takes that x (or y), so users and custom places line up. Each
 * axis snaps on its own, to the nearest candidate within the tolerance.
 *
 * @param at         where the marker goes, in world coordinates
 * @param alignedToX the marker whose x it took, or null
 * @param alignedToY the marker whose y it took, or null
 */
record AlignmentSnap(Point2D at, Point2D alignedToX, Point2D alignedToY) {
    /** How near, in screen pixels, a marker must come to another's line to snap to it. */
    static final double TOLERANCE_PIXELS = 6;

    /**
     * @param wanted     where the pointer puts the marker (world coordinates)
     * @param others     the markers that stay put (world coordinates)
     * @param worldUnits the tolerance in world units (the screen tolerance divided by the zoom)
     */
    static AlignmentSnap of(Point2D wanted, List<Point2D> others, double worldUnits) {
        Point2D bestX = null;
        Point2D bestY = null;
        for (Point2D o : others) {
            double dx = Math.abs(o.getX() - wanted.getX());
            if (dx <= worldUnits && (bestX == null || dx < Math.abs(bestX.getX() - wanted.getX()))) {
                bestX = o;
            }
            double dy = Math.abs(o.getY() - wanted.getY());
            if (dy <= worldUnits && (bestY == null || dy < Math.abs(bestY.getY() - wanted.getY()))) {
                bestY = o;
            }
        }
        return new AlignmentSnap(new Point2D(bestX == null ? wanted.getX() : bestX.getX(),
                bestY == null ? wanted.getY() : bestY.getY()), bestX, bestY);
    }
}
