package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.Selection;
import io.meridian.app.perf.LargeCanvasDesign;
import io.meridian.maplayout.Placement;
import io.meridian.model.Design;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A region's card (name, load, one chip per component) is built only once the map shows it or the label placement
 * measures it: a 1,000-region design's 10,000 chips took 27 s to style before the first paint, at a zoom where the
 * map shows none of them.
 */
@ExtendWith(ApplicationExtension.class)
class LazyRegionCardTest {
    private final Design design = LargeCanvasDesign.of300Components();
    private final Selection selection = new Selection();
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DesignCanvas(new ReadOnlyObjectWrapper<>(design).getReadOnlyProperty(), selection);
        stage.setScene(new Scene(canvas, 900, 520));
        stage.show();
    }

    private List<RegionNode> regions() {
        return design.topology().regions().stream()
                .map(r -> (RegionNode) canvas.nodeFor(r.id()).orElseThrow()).toList();
    }

    /** Zooms in on the region, a step at a time, until the map shows its card (at most 12 steps). */
    private void zoomInUntilItsCardShows(FxRobot robot, RegionNode region) {
        for (int i = 0; i < 12 && !region.cardShown(); i++) {
            robot.interact(() -> {
                javafx.geometry.Point2D at = canvas.viewport().sceneToLocal(region.localToScene(0, 0));
                canvas.viewport().zoomAt(1.6, at.getX(), at.getY());
            });
            robot.interact(() -> { });
        }
    }

    @Test
    void cardsAreBuiltOnlyForRegionsTheMapLabelsInFull(FxRobot robot) {
        robot.interact(() -> { });
        List<RegionNode> regions = regions();
        List<RegionNode> full = regions.stream().filter(r -> r.shown() == Placement.Form.FULL).toList();
        long built = canvas.lookupAll(".region-card").size();

        // Thirty regions on five continents in a small window: most show a chip or join a cluster.
        assertThat(full.size()).isLessThan(regions.size());
        assertThat(built).as("cards built").isGreaterThanOrEqualTo(full.size()).isLessThan(regions.size());
        full.forEach(r -> assertThat(r.cardShown()).isTrue());
        full.forEach(r -> assertThat(r.chips()).hasSize(LargeCanvasDesign.COMPONENTS_PER_REGION));
        regions.stream().filter(r -> r.shown() != Placement.Form.FULL)
                .forEach(r -> assertThat(r.cardShown()).as(r.region().id()).isFalse());
    }

    @Test
    void aComponentSelectedWhileItsCardIsUnbuiltShowsSelectedWhenTheCardAppears(FxRobot robot) {
        robot.interact(() -> { });
        RegionNode hidden = regions().stream().filter(r -> r.chips().isEmpty()).findFirst().orElseThrow();
        String db = "db-" + hidden.region().id();
        robot.interact(() -> selection.select(db));

        zoomInUntilItsCardShows(robot, hidden);

        assertThat(hidden.cardShown()).as("card shown after zooming in").isTrue();
        assertThat(hidden.chips()).filteredOn(c -> c.getPseudoClassStates().contains(RegionNode.SELECTED))
                .extracting(javafx.scene.Node::getUserData).containsExactly(db);
    }

    @Test
    void aWhatIfBadgeSetBeforeTheCardIsBuiltShowsOnIt(FxRobot robot) {
        // A region failed in a what-if while its card is not built yet (the map shows its chip): zoomed in, the card
        // appears greyed out with its DOWN badge (found in review: building the card hid the badge again).
        robot.interact(() -> { });
        RegionNode hidden = regions().stream().filter(r -> r.chips().isEmpty()).findFirst().orElseThrow();
        String id = hidden.region().id();
        robot.interact(() -> canvas.showWhatIf(new io.meridian.app.whatif.WhatIf.Outcome(java.util.Set.of(id),
                java.util.Set.of(), java.util.Set.of(), java.util.Map.of(), 0, "x", List.of())));
        zoomInUntilItsCardShows(robot, hidden);
        assertThat(hidden.cardShown()).isTrue();
        javafx.scene.control.Label load = (javafx.scene.control.Label) hidden.card().lookup(".region-load");
        assertThat(load.getText()).isEqualTo("DOWN");
        assertThat(load.isVisible()).as("DOWN badge visible").isTrue();
    }

    @Test
    void aCardIsNeverSmallerThanTheChipStandingInForIt(FxRobot robot) {
        // The label placement gives up the card level from the chips' areas (a lower bound of the cards') before
        // building a card. Checked on a 10-component region named "Region 0" (its chip says the same) and on a
        // region with no component and a one-word name, the smallest card there is.
        io.meridian.model.Topology t = design.topology().withRegion(new io.meridian.model.Region("bare", null, "Iowa",
                io.meridian.model.Provider.GCP, new io.meridian.model.GeoPoint(41.3, -95.9), "US", 0.9995, 4, 3));
        ReadOnlyObjectWrapper<Design> one = new ReadOnlyObjectWrapper<>(Design.of("one", t));
        robot.interact(() -> canvas = new DesignCanvas(one.getReadOnlyProperty(), selection));
        robot.interact(() -> robot.window(0).getScene().setRoot(canvas));
        robot.interact(() -> { });
        for (String id : List.of("r0", "bare")) {
            RegionNode r = (RegionNode) canvas.nodeFor(id).orElseThrow();
            double[] areas = new double[2];
            robot.interact(() -> {
                double w = r.card().prefWidth(-1);
                areas[0] = w * r.card().prefHeight(w);
                double cw = r.compactChip().prefWidth(-1);
                areas[1] = cw * r.compactChip().prefHeight(cw);
            });
            assertThat(areas[1]).as(id + " chip").isGreaterThan(0);
            assertThat(areas[0]).as(id + " card").isGreaterThanOrEqualTo(2 * areas[1]);
        }
    }
}
