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
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Region region;
    private final VBox card;

    RegionNode(Region region, List<Component> components, Point2D at) {
        this.region = region;
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

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
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
        VBox box = new VBox(name, code);
        box.getStyleClass().add("region-card");
        if (!components.isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("chips");
            chips.setPrefWrapLength(200);
            components.forEach(c -> chips.getChildren().add(chip(c)));
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
        if (c.spec() instanceof ComponentSpec.Database db) {
            Label role = new Label(db.role().id());
            role.getStyleClass().add("chip-role");
            chip.getChildren().add(role);
        }
        Tooltip.install(chip, new Tooltip(describe(c)));
        return chip;
    }

    private static String describe(Component c) {
        return String.format(Locale.ROOT, "%s (%s)%n%d instance%s · availability %.3f%%", c.name(),
                c.kind().id(), c.instances(), c.instances() == 1 ? "" : "s",
                c.reliability().availability() * 100);
    }
}
