package io.meridian.app.canvas;

import io.meridian.app.LazyTooltip;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Region;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.Node;
import io.meridian.maplayout.Placement;

/**
 * A region on the map: a provider-coloured marker at its coordinates and, where the map's label placement puts it,
 * either a card with its name, code and one chip per component or (at low zoom) a compact chip with its short name,
 * joined to the marker by a leader line. Its origin is the marker's centre (the projected location); children are
 * in screen pixels, since the node is kept at screen size.
 */
final class RegionNode extends Group {
    static final double MARKER_RADIUS = 7;
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass OVERLOADED = PseudoClass.getPseudoClass("overloaded");
    private static final PseudoClass HOT = PseudoClass.getPseudoClass("hot");

    private final Region region;
    private final List<Component> components;
    /**
     * Built when first asked for: by the label placement, which measures a region's card before it shows one, or by a
     * gesture on a shown card. Every node of a card is styled when it enters the scene, and JavaFX's style manager
     * registers each container in a list it searches linearly: a 1,000-region design's cards took 27 s to first
     * paint, though at that zoom the map shows none of them.
     */
    private VBox card;
    private boolean caching;
    private java.util.Collection<String> selectedChips = List.of();
    private final Label load = new Label();
    private final List<HBox> chips = new java.util.ArrayList<>();
    private final Label compact = new Label();
    private final Line leader = new Line();
    private Placement.Form shown = Placement.Form.FULL;

    RegionNode(Region region, List<Component> components, Point2D at) {
        this.region = region;
        this.components = List.copyOf(components);
        setUserData(region.id());
        getStyleClass().addAll("region-node", ProviderStyle.styleClass(region.provider()));
        setLayoutX(at.getX());
        setLayoutY(at.getY());
        Circle halo = new Circle(MARKER_RADIUS + 5);
        halo.getStyleClass().add("region-halo");
        Circle marker = new Circle(MARKER_RADIUS);
        marker.getStyleClass().add("region-marker");
        Circle dot = new Circle(4);
        dot.getStyleClass().add("region-chip-dot");
        compact.setText(shortName(region));
        compact.setGraphic(dot);
        compact.getStyleClass().add("region-chip");
        LazyTooltip.install(compact, () -> region.name() + " · " + ProviderStyle.label(region.provider()) + " "
                + code(region) + "\nZoom in for its card");
        compact.setVisible(false);
        // The what-if badge is set before the card that shows it may be built (see card()): styled here, once.
        load.getStyleClass().add("region-load");
        load.setVisible(false);
        load.setManaged(false);
        leader.getStyleClass().add("leader-line");
        leader.setMouseTransparent(true);
        getChildren().addAll(leader, halo, marker, compact);
    }

    /** The compact chip shown instead of the card at low zoom. */
    Label compactChip() {
        return compact;
    }

    /** Which form the label has now (the card, the chip, or none: a cluster chip or no room stands for it). */
    Placement.Form shown() {
        return shown;
    }

    /**
     * Shows the label in {@code form} with its top-left corner at ({@code x}, {@code y}) from the marker, and a leader
     * line from ({@code lx}, {@code ly}) on its edge to the marker; {@code form} null or CLUSTER shows the marker alone.
     */
    void showLabel(Placement.Form form, double x, double y, double lx, double ly) {
        shown = form;
        if (form == Placement.Form.FULL) {
            card().setVisible(true);
        } else if (card != null) {
            card.setVisible(false);
        }
        compact.setVisible(form == Placement.Form.COMPACT);
        Node label = form == Placement.Form.FULL ? card : form == Placement.Form.COMPACT ? compact : null;
        leader.setVisible(label != null && Math.hypot(lx, ly) > MARKER_RADIUS + 2);
        if (label != null) {
            label.relocate(x, y);
            leader.setStartX(lx);
            leader.setStartY(ly);
        }
    }

    /** Moves the card while the user drags it aside; the leader follows to the card's nearest edge. */
    void dragCard(double x, double y) {
        VBox card = card();
        card.relocate(x, y);
        double w = card.getWidth();
        double h = card.getHeight();
        double lx = Math.max(x, Math.min(x + w, 0));
        double ly = Math.max(y, Math.min(y + h, 0));
        leader.setStartX(lx);
        leader.setStartY(ly);
        leader.setVisible(Math.hypot(lx, ly) > MARKER_RADIUS + 2);
    }

    /** "US East (N. Virginia)" → "N. Virginia": the part a reader recognises, for the chip at low zoom. */
    static String shortName(Region region) {
        String name = region.name();
        int open = name.lastIndexOf('(');
        int close = name.lastIndexOf(')');
        return open >= 0 && close > open + 1 ? name.substring(open + 1, close) : name;
    }

    Region region() {
        return region;
    }

    /** The card, built now if it was not (hidden until the label placement shows it). */
    VBox card() {
        if (card == null) {
            card = card(components);
            card.setVisible(shown == Placement.Form.FULL);
            setCaching(caching);
            selectChips(selectedChips);
            getChildren().add(getChildren().indexOf(compact), card);
            if (getScene() != null) {
                card.applyCss(); // measured at once by the label placement: styled as it will be drawn
            }
        }
        return card;
    }

    /** Whether the card is built and shown (a card never built is not). */
    boolean cardShown() {
        return card != null && card.isVisible();
    }

    /** Whether this node draws exactly this region with these components (then it can be kept on a re-render). */
    boolean draws(Region r, List<Component> in) {
        return region.equals(r) && components.equals(in);
    }

    /**
     * Keeps the card as a bitmap while the map pans or something is dragged: moving a bitmap is cheap, while
     * re-painting every card's rounded chips, borders and shadow each frame is not (a 300-component design
     * missed the frame budget by far). Off again when still, so the card is painted crisp at rest.
     */
    void setCaching(boolean on) {
        caching = on;
        if (card != null) {
            card.setCacheHint(javafx.scene.CacheHint.SPEED);
            card.setCache(on);
        }
    }

    /** Marks the chips of these components selected (now, or when the card is built). */
    void selectChips(java.util.Collection<String> ids) {
        selectedChips = ids;
        chips.forEach(c -> c.pseudoClassStateChanged(SELECTED, ids.contains(c.getUserData())));
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** The component chips, each with its component id as user data (none while the card is not built). */
    List<HBox> chips() {
        return chips;
    }

    /**
     * Shows the what-if state: greyed out when failed, red when the re-routed load overloads it, and the
     * busiest tier's utilisation while a what-if is on ({@code utilisation} null hides it).
     */
    void showLoad(boolean failed, boolean overloaded, Double utilisation) {
        pseudoClassStateChanged(FAILED, failed);
        pseudoClassStateChanged(OVERLOADED, overloaded);
        pseudoClassStateChanged(HOT, !overloaded && utilisation != null && utilisation > 80);
        String text = failed ? "DOWN" : utilisation == null ? ""
                : (overloaded ? "Overloaded " : "Load ") + io.meridian.model.Quantities.percent(utilisation);
        load.setText(text);
        load.setVisible(!text.isEmpty());
        load.setManaged(load.isVisible());
    }

    private VBox card(List<Component> components) {
        Label name = new Label(region.name());
        name.getStyleClass().add("region-name");
        Label code = new Label(ProviderStyle.label(region.provider()) + " · " + code(region));
        code.getStyleClass().add("region-code");
        // The what-if badge goes on its own line, so a failure never widens the card off its place.
        VBox box = new VBox(name, code, load);
        box.getStyleClass().add("region-card");
        if (!components.isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("chips");
            chips.setPrefWrapLength(200);
            components.forEach(c -> {
                HBox chip = chip(c);
                this.chips.add(chip);
                chips.getChildren().add(chip);
            });
            box.getChildren().add(chips);
        }
        return box;
    }

    /** The region's code without the provider prefix ({@code aws:us-east-1} → {@code us-east-1}). */
    static String code(Region region) {
        String id = region.catalogId() != null ? region.catalogId() : region.id();
        return id.substring(id.indexOf(':') + 1);
    }

    private static HBox chip(Component c) {
        Label tag = new Label(ProviderStyle.tag(c.kind()));
        tag.getStyleClass().addAll("chip-tag", ProviderStyle.styleClass(c.kind()));
        Label name = new Label(c.name() + (c.instances() > 1 ? " ×" + c.instances() : ""));
        name.getStyleClass().add("chip-name");
        HBox chip = new HBox(tag, name);
        chip.getStyleClass().add("chip");
        chip.setUserData(c.id());
        if (c.spec() instanceof ComponentSpec.Database db) {
            Label role = new Label(db.role().id());
            role.getStyleClass().add("chip-role");
            chip.getChildren().add(role);
        }
        // The port: drag from it to another component to link them.
        Circle port = new Circle(3.5);
        port.getStyleClass().add("port");
        LazyTooltip.install(port, () -> "Drag to another component to link " + c.name() + " to it");
        chip.getChildren().add(port);
        LazyTooltip.install(chip, () -> describe(c) + "\nDrag onto another region to move it there");
        return chip;
    }

    private static String describe(Component c) {
        return String.format(Locale.ROOT, "%s (%s)%n%d instance%s · availability %s", c.name(),
                c.kind().id(), c.instances(), c.instances() == 1 ? "" : "s",
                io.meridian.model.Quantities.availability(c.reliability().availability()));
    }
}
