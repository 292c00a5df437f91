package io.meridian.app.canvas;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Region;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A region on the map: a provider-coloured marker at its coordinates and, beside it, a card with its
 * name, code and one chip per component. Its origin is the marker's centre (the projected location);
 * children are in screen pixels, since the node is kept at screen size.
 */
final class RegionNode extends Group {
    static final double MARKER_RADIUS = 7;
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass OVERLOADED = PseudoClass.getPseudoClass("overloaded");
    private static final PseudoClass HOT = PseudoClass.getPseudoClass("hot");

    private final Region region;
    private final List<Component> components;
    private final VBox card;
    private final Label load = new Label();
    private final List<HBox> chips = new java.util.ArrayList<>();

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
        card = card(components);
        getChildren().addAll(halo, marker, card);
    }

    Region region() {
        return region;
    }

    VBox card() {
        return card;
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
        card.setCacheHint(javafx.scene.CacheHint.SPEED);
        card.setCache(on);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** The component chips, each with its component id as user data. */
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
                : String.format(Locale.ROOT, overloaded ? "Overloaded %.0f%%" : "Load %.0f%%", utilisation);
        load.setText(text);
        load.setVisible(!text.isEmpty());
        load.setManaged(load.isVisible());
    }

    /** Moves the card to an offset from the marker, in screen pixels. */
    void placeCard(double dx, double dy) {
        card.relocate(dx, dy);
    }

    private VBox card(List<Component> components) {
        Label name = new Label(region.name());
        name.getStyleClass().add("region-name");
        Label code = new Label(ProviderStyle.label(region.provider()) + " · " + code(region));
        code.getStyleClass().add("region-code");
        load.getStyleClass().add("region-load");
        load.setVisible(false);
        load.setManaged(false);
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
        Tooltip.install(port, new Tooltip("Drag to another component to link " + c.name() + " to it"));
        chip.getChildren().add(port);
        Tooltip.install(chip, new Tooltip(describe(c) + "\nDrag onto another region to move it there"));
        return chip;
    }

    private static String describe(Component c) {
        return String.format(Locale.ROOT, "%s (%s)%n%d instance%s · availability %.3f%%", c.name(),
                c.kind().id(), c.instances(), c.instances() == 1 ? "" : "s",
                c.reliability().availability() * 100);
    }
}
