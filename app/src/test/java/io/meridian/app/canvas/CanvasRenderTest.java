package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.SampleDesigns;
import io.meridian.app.Selection;
import io.meridian.model.Design;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What an edit redraws, and the bitmap caching of the cards while the view moves. */
@ExtendWith(ApplicationExtension.class)
class CanvasRenderTest {
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(SampleDesigns.twoRegions());
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DesignCanvas(design.getReadOnlyProperty(), new Selection());
        stage.setScene(new Scene(canvas, 1000, 600));
        stage.show();
    }

    @Test
    void anEditRebuildsOnlyTheRegionsItChanged(FxRobot robot) {
        Node virginia = canvas.nodeFor("use1").orElseThrow();
        Node dublin = canvas.nodeFor("euw1").orElseThrow();
        Node frankfurt = canvas.nodeFor("euc1").orElseThrow();

        // Dublin loses its cache: its card changes, Virginia's and Frankfurt's do not.
        robot.interact(() -> design.set(design.get().withTopology(design.get().topology().without("cache-euw1"))));

        assertThat(canvas.nodeFor("use1")).containsSame(virginia);
        assertThat(canvas.nodeFor("euc1")).containsSame(frankfurt);
        assertThat(canvas.nodeFor("euw1").orElseThrow()).isNotSameAs(dublin);
        assertThat(((RegionNode) canvas.nodeFor("euw1").orElseThrow()).chips())
                .extracting(Node::getUserData).containsExactly("api-euw1", "db-euw1");
    }

    @Test
    void anEditTakesOutAndPutsBackOnlyTheNodesItReplaced(FxRobot robot) {
        Node virginia = canvas.nodeFor("use1").orElseThrow();
        Node dublin = canvas.nodeFor("euw1").orElseThrow();
        Node frankfurt = canvas.nodeFor("euc1").orElseThrow();
        javafx.scene.Parent layer = virginia.getParent();
        java.util.List<Node> removed = new java.util.ArrayList<>();
        javafx.collections.ListChangeListener<Node> record = c -> {
            while (c.next()) {
                removed.addAll(c.getRemoved());
            }
        };
        robot.interact(() -> layer.getChildrenUnmodifiable().addListener(record));

        // A node taken out and put back has its style worked out again with its whole card (seconds at 1,000 regions).
        robot.interact(() -> design.set(design.get().withTopology(design.get().topology().without("cache-euw1"))));

        assertThat(removed).contains(dublin).doesNotContain(virginia, frankfurt);
        io.meridian.model.Topology t = design.get().topology();
        java.util.List<Object> expected = new java.util.ArrayList<>();
        t.populations().forEach(p -> expected.add(p.id()));
        t.regions().forEach(r -> expected.add(r.id()));
        assertThat(layer.getChildrenUnmodifiable().stream().filter(n -> !(n instanceof ClusterNode))
                .map(Node::getUserData).toList()).as("populations under regions, in the design's order")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void anEditRedrawsOnlyTheLinksItChanged(FxRobot robot) {
        javafx.scene.Parent layer = (javafx.scene.Parent) canvas.lookup(".link-layer");
        java.util.List<Node> removed = new java.util.ArrayList<>();
        java.util.List<Node> added = new java.util.ArrayList<>();
        javafx.collections.ListChangeListener<Node> record = c -> {
            while (c.next()) {
                removed.addAll(c.getRemoved());
                added.addAll(c.getAddedSubList());
            }
        };
        robot.interact(() -> layer.getChildrenUnmodifiable().addListener(record));
        long labels = layer.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .count();

        // Dublin's cache goes: no link changes, no link node is taken out or put in.
        robot.interact(() -> design.set(design.get().withTopology(design.get().topology().without("cache-euw1"))));
        assertThat(removed).isEmpty();
        assertThat(added).isEmpty();

        // r2 (Dublin → Frankfurt) becomes asynchronous: only that edge is drawn again, with its new caption.
        io.meridian.model.Link r2 = design.get().topology().link("r2").orElseThrow();
        robot.interact(() -> design.set(design.get().withTopology(design.get().topology().withLink(
                io.meridian.model.Link.replication("r2", r2.from(), r2.to(), io.meridian.model.ReplicationMode.ASYNC)))));
        assertThat(added.stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText())).containsExactly("async");
        assertThat(removed.stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText())).containsExactly("sync");
        assertThat(layer.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .count()).isEqualTo(labels);
    }

    @Test
    void cardsAreBitmapsOnlyWhileTheMapIsDragged(FxRobot robot) {
        RegionNode virginia = (RegionNode) canvas.nodeFor("use1").orElseThrow();
        assertThat(virginia.card().isCache()).isFalse();

        // Press low in the middle of the map, below the fitted regions, and drag: the map pans, cards cached.
        robot.moveTo(canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() - 30));
        robot.press(MouseButton.PRIMARY);
        robot.moveBy(40, 10);
        assertThat(virginia.card().isCache()).isTrue();
        robot.release(MouseButton.PRIMARY);

        assertThat(virginia.card().isCache()).isFalse();
    }
}
