package io.meridian.app.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A clipped window onto a world of fixed size: drag to pan, wheel or pinch to zoom around the pointer.
 * The layers added to {@link #content()} live in world coordinates; the viewport owns the only
 * world-to-screen transform (screen = world · zoom + offset), so every layer pans and zooms together.
 */
public final class Viewport extends Region {
    static final double MAX_ZOOM = 16;
    /** Zoom factor of one zoom-in step (menu, keyboard, button). */
    static final double STEP = 1.25;
    /** Wheel delta that doubles the zoom; a typical notch is 40. */
    private static final double WHEEL_DOUBLING = 200;

    private final double worldWidth;
    private final double worldHeight;
    private final Pane content = new Pane();
    private final Translate offset = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private Point2D dragFrom;
    private Point2D pointer;
    private Rectangle2D pendingFit;
    private Insets pendingPadding;

    public Viewport(double worldWidth, double worldHeight) {
        this.worldWidth = worldWidth;
        this.worldHeight = worldHeight;
        getStyleClass().add("viewport");
        content.getTransforms().setAll(offset, scale);
        content.setPickOnBounds(false);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endDrag());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer = new Point2D(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer = null);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        widthProperty().addListener(o -> onResize());
        heightProperty().addListener(o -> onResize());
    }

    /** The pane the layers go into, in world coordinates. */
    public Pane content() {
        return content;
    }

    /** Screen pixels per world unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    /** Where a world point is on screen, in this viewport's coordinates. */
    public Point2D toScreen(Point2D world) {
        return new Point2D(world.getX() * zoom.get() + offset.getX(), world.getY() * zoom.get() + offset.getY());
    }

    /** The world point under a point of this viewport. */
    public Point2D toWorld(Point2D screen) {
        return new Point2D((screen.getX() - offset.getX()) / zoom.get(), (screen.getY() - offset.getY()) / zoom.get());
    }

    /** Zooms by {@code factor}, keeping the world point under ({@code x}, {@code y}) where it is. */
    public void zoomAt(double factor, double x, double y) {
        double from = zoom.get();
        double to = clampZoom(from * factor);
        offset.setX(x - (x - offset.getX()) * to / from);
        offset.setY(y - (y - offset.getY()) * to / from);
        zoom.set(to);
        clampOffset();
    }

    /** One step in, around the pointer when it is over the map (as the wheel does), else the centre. */
    public void zoomIn() {
        zoomStep(STEP);
    }

    public void zoomOut() {
        zoomStep(1 / STEP);
    }

    private void zoomStep(double factor) {
        Point2D at = pointer != null ? pointer : new Point2D(getWidth() / 2, getHeight() / 2);
        zoomAt(factor, at.getX(), at.getY());
    }

    /**
     * Shows the world rectangle as large as it fits, leaving {@code padding} screen pixels around it
     * (room for labels that have a fixed on-screen size). Applied on first layout when not yet sized.
     */
    public void fit(Rectangle2D world, Insets padding) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingFit = world;
            pendingPadding = padding;
            return;
        }
        double w = Math.max(1, getWidth() - padding.getLeft() - padding.getRight());
        double h = Math.max(1, getHeight() - padding.getTop() - padding.getBottom());
        double z = clampZoom(Math.min(w / Math.max(world.getWidth(), 1e-9), h / Math.max(world.getHeight(), 1e-9)));
        zoom.set(z);
        offset.setX(padding.getLeft() + (w - world.getWidth() * z) / 2 - world.getMinX() * z);
        offset.setY(padding.getTop() + (h - world.getHeight() * z) / 2 - world.getMinY() * z);
        clampOffset();
    }

    /** The least zoom: the whole world fits with a margin; zooming out further only shows empty space. */
    private double minZoom() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return 1e-3;
        }
        return Math.min(getWidth() / worldWidth, getHeight() / worldHeight) * 0.9;
    }

    private double clampZoom(double z) {
        return Math.max(minZoom(), Math.min(MAX_ZOOM, z));
    }

    /** Keeps some of the world under the viewport's centre, so it can never be panned out of sight. */
    private void clampOffset() {
        double z = zoom.get();
        offset.setX(clamp(offset.getX(), getWidth() / 2 - worldWidth * z, getWidth() / 2));
        offset.setY(clamp(offset.getY(), getHeight() / 2 - worldHeight * z, getHeight() / 2));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private void onResize() {
        if (pendingFit != null && getWidth() > 0 && getHeight() > 0) {
            Rectangle2D world = pendingFit;
            pendingFit = null;
            fit(world, pendingPadding);
        } else {
            zoom.set(clampZoom(zoom.get()));
            clampOffset();
        }
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            dragFrom = new Point2D(e.getX(), e.getY());
        }
    }

    private void onDragged(MouseEvent e) {
        if (dragFrom == null) {
            return;
        }
        setCursor(Cursor.CLOSED_HAND);
        offset.setX(offset.getX() + e.getX() - dragFrom.getX());
        offset.setY(offset.getY() + e.getY() - dragFrom.getY());
        clampOffset();
        dragFrom = new Point2D(e.getX(), e.getY());
    }

    private void endDrag() {
        dragFrom = null;
        setCursor(Cursor.DEFAULT);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(2, e.getDeltaY() / WHEEL_DOUBLING), e.getX(), e.getY());
        }
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, worldWidth, worldHeight);
    }
}
