package io.meridian.app.canvas;

import io.meridian.model.Region;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * One chip standing for regions too close to tell apart at this zoom (Northern Virginia's AWS, Azure and GCP
 * regions): a dot per provider, the first region's short name and how many there are, with a leader line to each
 * member's marker. Clicking it zooms in until they separate. Its origin is the first member's marker; children are
 * in screen pixels (kept at screen size).
 */
final class ClusterNode extends Group {
    private final Label chip;
    private final List<RegionNode> members;

    ClusterNode(List<RegionNode> members) {
        this.members = List.copyOf(members);
        getStyleClass().add("cluster-node");
        chip = chip(members);
        getChildren().add(chip);
    }

    /** The chip alone, for measuring before placement. */
    static Label chip(List<RegionNode> members) {
        HBox dots = new HBox(2);
        for (RegionNode m : members) {
            Circle dot = new Circle(4);
            dot.getStyleClass().addAll("region-chip-dot", ProviderStyle.styleClass(m.region().provider()));
            dots.getChildren().add(dot);
        }
        Label chip = new Label(text(members), dots);
        chip.getStyleClass().addAll("region-chip", "cluster-chip");
        io.meridian.app.LazyTooltip.install(chip, () -> String.join("\n", members.stream().map(m -> m.region().name()
                + " · " + ProviderStyle.label(m.region().provider()) + " " + RegionNode.code(m.region())).toList())
                + "\nClick to zoom in");
        return chip;
    }

    static String text(List<RegionNode> members) {
        Region first = members.get(0).region();
        return RegionNode.shortName(first) + " · " + members.size() + " regions";
    }

    List<RegionNode> members() {
        return members;
    }

    /** Puts the chip at ({@code x}, {@code y}) from the origin with leader lines from {@code leaderStarts} to each member. */
    void place(double x, double y, List<double[]> leaderStarts) {
        chip.relocate(x, y);
        getChildren().removeIf(n -> n instanceof Line);
        double ox = members.get(0).getLayoutX();
        double oy = members.get(0).getLayoutY();
        for (int i = 0; i < members.size() && i < leaderStarts.size(); i++) {
            RegionNode m = members.get(i);
            double[] from = leaderStarts.get(i);
            // Members' markers in this node's screen pixels: their world offset from the origin times the zoom.
            Line leader = new Line(from[0], from[1], (m.getLayoutX() - ox) * from[2], (m.getLayoutY() - oy) * from[2]);
            leader.getStyleClass().add("leader-line");
            leader.setMouseTransparent(true);
            getChildren().add(0, leader);
        }
    }
}
