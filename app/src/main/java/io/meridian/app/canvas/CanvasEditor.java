package io.meridian.app.canvas;

import io.meridian.app.edit.ElementKind;
import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import java.util.Collection;

/**
 * What the canvas asks of whoever edits the design: the gestures, translated into model terms. The canvas
 * only draws and recognises gestures; every change of the design happens behind this interface.
 */
public interface CanvasEditor {
    /** An element dropped from the palette at a place; {@code regionId} is the region under it, or null. */
    void place(ElementKind kind, GeoPoint at, String regionId);

    /** A drag from one component's port to another component. */
    void link(String fromComponentId, String toComponentId);

    /** Regions or populations dragged by a distance in degrees (one step for all of them). */
    void move(Collection<String> ids, double dLat, double dLon);

    /**
     * A region's card dragged aside to {@code offset} from its marker (screen pixels), or put back to automatic
     * placement ({@code offset} null). Layout only: the region stays where it is.
     */
    void moveCard(String regionId, io.meridian.model.Layout.CardOffset offset);

    /** A component chip dropped on another region. */
    void moveComponent(String componentId, String regionId);

    void failRegion(String regionId);

    void failProvider(Provider provider);

    void restoreRegion(String regionId);

    void clearFailures();

    void delete();

    /** Whether dragging this element moves it (catalogue regions stay at their true coordinates). */
    boolean movable(String id);
}
