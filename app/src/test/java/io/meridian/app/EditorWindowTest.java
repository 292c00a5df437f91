package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.dialogs.RegionPicker;
import io.meridian.app.edit.Autosave;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.ComponentKind;
import io.meridian.model.Design;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the editor as a user would: palette, canvas gestures, inspector, keyboard, menus, dialogs. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    @TempDir
    static Path dir;

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery-" + System.nanoTime()));
        model = new MainViewModel(Templates.load(Templates.DEFAULT_ID), new Autosave(recovery, Duration.ofMillis(10)));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1366, 768));
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
    }

    private Topology topology() {
        return model.getDesign().topology();
    }

    private Node marker(FxRobot robot, String regionId) {
        return robot.lookup(".region-marker").match(n -> regionId.equals(n.getParent().getUserData())).query();
    }

    private Node chip(FxRobot robot, String componentId) {
        return robot.lookup(".chip").match(n -> componentId.equals(n.getUserData())).query();
    }

    @Test
    void placesARegionFromThePaletteThroughTheSearchableRegionPicker(FxRobot robot) {
        int before = topology().regions().size();
        // Drop over Texas, between the two US regions and clear of their cards.
        var at = window.canvas().sceneOf(new io.meridian.model.GeoPoint(31, -100));
        var screen = window.getScene().getWindow();
        robot.drag("#palette-region", MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(screen.getX() + window.getScene().getX() + at.getX(),
                        screen.getY() + window.getScene().getY() + at.getY()))
                .release(MouseButton.PRIMARY);
        // The picker is open on the catalogue; type to narrow it and press Enter for the first match.
        robot.clickOn("#region-search").write("eu-central-1").type(KeyCode.ENTER);
        assertThat(topology().regions()).hasSize(before + 1);
        var added = topology().regions().get(before);
        assertThat(added.catalogId()).isEqualTo("aws:eu-central-1");
        assertThat(model.selection().primary()).isEqualTo(added.id());
        assertThat(robot.lookup(".region-node").match(n -> added.id().equals(n.getUserData())).tryQuery()).isPresent();
        assertThat(model.titleProperty().get()).startsWith("Meridian — *");
    }

    @Test
    void addsComponentsByDroppingThemOnARegionAndLinksThemByDraggingBetweenPorts(FxRobot robot) {
        window.editor().setRegionChooser(near -> Optional.of(
                new RegionPicker.Choice(RegionCatalog.builtin().require("aws:eu-west-1"), null)));
        robot.drag("#palette-queue", MouseButton.PRIMARY).dropTo(marker(robot, "usw2"));
        var queue = topology().componentsIn("usw2").stream().filter(c -> c.kind() == ComponentKind.QUEUE)
                .findFirst().orElseThrow();
        assertThat(model.selection().primary()).isEqualTo(queue.id());

        // From the API tier's port to the new queue: a dependency of the API on the queue.
        Node port = robot.from(chip(robot, "api-usw2")).lookup(".port").query();
        robot.drag(port, MouseButton.PRIMARY).dropTo(chip(robot, queue.id()));
        Link link = topology().links().get(topology().links().size() - 1);
        assertThat(link.kind()).isEqualTo(LinkKind.DEPENDENCY);
        assertThat(link.from()).isEqualTo("api-usw2");
        assertThat(link.to()).isEqualTo(queue.id());

        // Two databases replicate.
        Node dbPort = robot.from(chip(robot, "db-usw2")).lookup(".port").query();
        robot.drag(dbPort, MouseButton.PRIMARY).dropTo(chip(robot, "db-use1"));
        Link repl = topology().links().get(topology().links().size() - 1);
        assertThat(repl.kind()).isEqualTo(LinkKind.REPLICATION);
        assertThat(repl.from()).isEqualTo("db-usw2");
    }

    @Test
    void editsAPropertyInTheInspectorWithValidationAsYouTypeThenUndoesAndRedoesIt(FxRobot robot) {
        robot.clickOn(chip(robot, "api-use1"));
        assertThat(model.selection().primary()).isEqualTo("api-use1");
        TextField instances = (TextField) window.inspector().control("instances");
        assertThat(instances.getText()).isEqualTo("50");

        robot.doubleClickOn(instances).eraseText(4).write("-3");
        Label error = robot.lookup(".inspector-error").match(Node::isVisible).queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("must be an integer > 0, got -3"); // the model's own words
        assertThat(instances.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
        robot.type(KeyCode.ENTER);
        assertThat(topology().component("api-use1").orElseThrow().instances()).isEqualTo(50); // never applied

        robot.eraseText(4).write("64").type(KeyCode.ENTER);
        assertThat(topology().component("api-use1").orElseThrow().instances()).isEqualTo(64);
        assertThat(robot.lookup(".inspector-error").match(Node::isVisible).tryQuery()).isEmpty();

        robot.clickOn(window.canvas().viewport(), MouseButton.PRIMARY); // focus off the field
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().component("api-use1").orElseThrow().instances()).isEqualTo(50);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(topology().component("api-use1").orElseThrow().instances()).isEqualTo(64);
    }

    @Test
    void failingARegionFromTheContextMenuGreysItOutAndTurnsTheOverloadedOneRed(FxRobot robot) {
        robot.rightClickOn(marker(robot, "use1")).clickOn("Fail US East (N. Virginia)");
        Node east = robot.lookup(".region-node").match(n -> "use1".equals(n.getUserData())).query();
        Node west = robot.lookup(".region-node").match(n -> "usw2".equals(n.getUserData())).query();
        assertThat(east.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("failed"));
        // All 10,500 req/s on us-west-2's 50 × 200 req/s: 105%, above capacity.
        assertThat(west.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("overloaded"));
        assertThat(robot.lookup(".status-what-if").queryLabeled().getText()).contains("overloaded (105%)");
        assertThat(model.getDesign().topology()).isEqualTo(Templates.load(Templates.DEFAULT_ID).topology());

        robot.clickOn(".clear-failures");
        assertThat(east.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("failed"));
        assertThat(west.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("overloaded"));
    }

    @Test
    void deleteKeyRemovesTheSelectionInOneUndoableStep(FxRobot robot) {
        robot.clickOn(chip(robot, "cache-usw2"));
        robot.type(KeyCode.DELETE);
        assertThat(topology().component("cache-usw2")).isEmpty();
        assertThat(topology().link("repl.cache-use1.cache-usw2")).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().component("cache-usw2")).isPresent();
        assertThat(topology().link("repl.cache-use1.cache-usw2")).isPresent();
    }

    @Test
    void savesWithCtrlSAndReopensAnEqualDesignWithTheDirtyMarkerFollowing(FxRobot robot) {
        Path file = dir.resolve("saved-" + System.nanoTime() + ".json");
        window.project().setFileAsker((saving, current) -> Optional.of(file));
        robot.interact(() -> model.edit("Rename", d -> d.withName("Saved design")));
        Stage stage = (Stage) window.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Meridian — *Saved design");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(Files.exists(file)).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Meridian — Saved design (" + file.getFileName() + ")");
        Design saved = model.getDesign();

        robot.interact(() -> model.show(Design.of("Other", Topology.EMPTY)));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        assertThat(model.getDesign()).isEqualTo(saved);
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void newAsksBeforeLosingUnsavedWorkThenOpensATemplateFromTheGallery(FxRobot robot) {
        robot.interact(() -> model.edit("Rename", d -> d.withName("Work in progress")));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.clickOn("Cancel");
        assertThat(model.getDesign().name()).isEqualTo("Work in progress");

        robot.clickOn("File").clickOn("New…");
        robot.clickOn("Don't save");
        javafx.scene.control.ListView<io.meridian.templates.TemplateInfo> gallery = robot.lookup("#template-list").query();
        // It keeps room for a few templates whatever size a window manager gives the dialog, and can be resized.
        assertThat(gallery.getMinHeight()).isGreaterThanOrEqualTo(180);
        assertThat(gallery.getHeight()).isGreaterThanOrEqualTo(180);
        assertThat(((javafx.stage.Stage) gallery.getScene().getWindow()).isResizable()).isTrue();
        robot.interact(() -> gallery.getSelectionModel().select(gallery.getItems().stream()
                .filter(t -> t.id().equals("blank")).findFirst().orElseThrow()));
        robot.clickOn("Create");
        assertThat(model.getDesign().topology().regions()).isEmpty();
        assertThat(model.document().isDirty()).isFalse();
        assertThat(model.titleProperty().get()).doesNotContain("*");
    }

    @Test
    void findSelectsAnElementByPartOfItsName(FxRobot robot) {
        // Ctrl+F, "oregon": the only match is the region US West (Oregon); Enter selects it on the map.
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.clickOn("#find-query").write("oregon");
        javafx.scene.control.ListView<io.meridian.app.dialogs.FindElement.Match> results =
                robot.lookup("#find-results").query();
        assertThat(results.getItems()).extracting(io.meridian.app.dialogs.FindElement.Match::text)
                .containsExactly("Region · US West (Oregon) (usw2)");
        robot.type(KeyCode.ENTER);
        assertThat(model.selection().ids()).containsExactly("usw2");
    }

    @Test
    void copyAndPasteARegionWithItsComponentsThenPasteItsStackIntoAnotherRegionAndDuplicate(FxRobot robot) {
        int regions = topology().regions().size();
        int components = topology().components().size();
        long inUse1 = topology().components().stream().filter(c -> c.regionId().equals("use1")).count();
        robot.interact(() -> model.selection().select("use1"));
        robot.clickOn(window.canvas()); // the map has the focus, not a text field
        robot.interact(() -> model.selection().select("use1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        // A new region "… (copy)" with every component us-east-1 holds, selected, in one undoable step.
        assertThat(topology().regions()).hasSize(regions + 1);
        assertThat(topology().components()).hasSize(components + (int) inUse1);
        assertThat(topology().region("use1-copy").orElseThrow().name()).isEqualTo("US East (N. Virginia) (copy)");
        assertThat(model.selection().ids()).startsWith("use1-copy");
        assertThat(model.document().history().undoNameProperty().get()).startsWith("Paste 1 region");

        // Select us-west-2 and paste again: the copied stack goes into it, no new region.
        long inUsw2 = topology().components().stream().filter(c -> c.regionId().equals("usw2")).count();
        robot.interact(() -> model.selection().select("usw2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(topology().regions()).hasSize(regions + 1);
        assertThat(topology().components().stream().filter(c -> c.regionId().equals("usw2")).count())
                .isEqualTo(inUsw2 + inUse1);

        // Ctrl+D duplicates the selection (the pasted components) beside itself; undo takes it back whole.
        int before = topology().components().size();
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(topology().components()).hasSize(before + (int) inUse1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().components()).hasSize(before);
    }
}
