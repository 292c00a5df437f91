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
