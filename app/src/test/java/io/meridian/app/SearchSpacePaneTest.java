package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.WriteStrategy;
import io.meridian.templates.Templates;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search space pane of Design → Suggest designs on the two-region template: a ticked write strategy is one
 * undoable edit of the file's "search" block, undo puts back nothing declared and the ticks follow the document.
 */
@ExtendWith(ApplicationExtension.class)
class SearchSpacePaneTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load("two-region-active-active")
                .withSpace(io.meridian.model.DesignSpace.NONE));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    private void openPane(FxRobot robot) {
        robot.clickOn("Design").clickOn("Suggest designs…");
        TitledPane pane = robot.lookup("#suggest-space").queryAs(TitledPane.class);
        assertThat(pane.isExpanded()).as("nothing declared: out of the way").isFalse();
        assertThat(pane.getText()).startsWith("Search space — ").contains(" open choices, ").endsWith(" candidates");
        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the search space pane until {@code node} shows, so the robot clicks it where a person would. */
    static <T extends Node> T inView(FxRobot robot, T node) {
        robot.interact(() -> {
            Node n = node;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            ScrollPane scroll = (ScrollPane) n;
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double free = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, y - 10) / free));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    @Test
    void aTickedStrategyIsOneUndoableEditOfTheDeclaredSpace(FxRobot robot) {
        assertThat(model.documentDesign().space()).isEqualTo(DesignSpace.NONE);
        openPane(robot);
        String before = robot.lookup("#suggest-space").queryAs(TitledPane.class).getText();
        CheckBox single = robot.lookup("#space-strategy-sessions-single-primary").queryAs(CheckBox.class);
        CheckBox multi = robot.lookup("#space-strategy-sessions-multi-primary").queryAs(CheckBox.class);
        assertThat(single.isSelected()).isFalse();
        assertThat(multi.isSelected()).isTrue();
        assertThat(multi.isDisabled()).as("the current strategy stays ticked").isTrue();

        robot.clickOn(inView(robot, single));
        assertThat(model.documentDesign().space().writeStrategies()).containsExactly(
                new DesignSpace.WriteStrategies("sessions", List.of(WriteStrategy.MULTI_PRIMARY,
                        WriteStrategy.SINGLE_PRIMARY)));
        assertThat(model.document().history().undoNameProperty().get()).isEqualTo("Change search space");
        assertThat(single.isSelected()).isTrue();
        // One more open choice of two options: the title counts it.
        assertThat(robot.lookup("#suggest-space").queryAs(TitledPane.class).getText()).isNotEqualTo(before);

        robot.interact(model::undo);
        assertThat(model.documentDesign().space()).isEqualTo(DesignSpace.NONE);
        assertThat(single.isSelected()).as("the ticks follow the document").isFalse();
        assertThat(robot.lookup("#suggest-space").queryAs(TitledPane.class).getText()).isEqualTo(before);

        robot.interact(model::redo);
        assertThat(model.documentDesign().space().writeStrategies()).hasSize(1);
        assertThat(single.isSelected()).isTrue();
    }

    @Test
    void aRegionMayBeLeftOutByItsName(FxRobot robot) {
        openPane(robot);
        CheckBox usw2 = inView(robot, robot.lookup("#space-region-usw2").queryAs(CheckBox.class));
        assertThat(usw2.getText()).isEqualTo(model.documentDesign().topology().region("usw2").orElseThrow().name());
        robot.clickOn(usw2);
        assertThat(model.documentDesign().space().optionalRegions()).containsExactly("usw2");
        robot.clickOn(usw2);
        assertThat(model.documentDesign().space()).isEqualTo(DesignSpace.NONE);
        assertThat(model.document().history().canUndoProperty().get()).isTrue();
    }

    @Test
    void disabledWhileSearchingAndForAnAlternative(FxRobot robot) {
        openPane(robot);
        Node choices = robot.lookup("#suggest-space-choices").query();
        Label note = robot.lookup("#suggest-space-note").queryAs(Label.class);
        assertThat(choices.isDisabled()).isFalse();
        assertThat(note.isVisible()).isFalse();
        Button start = robot.lookup("#suggest-start").queryAs(Button.class);
        Button cancel = robot.lookup("#suggest-cancel").queryAs(Button.class);
        boolean[] disabledWhileRunning = new boolean[1];
        robot.interact(() -> {
            start.fire();
            disabledWhileRunning[0] = choices.isDisabled();
            cancel.fire();
        });
        assertThat(disabledWhileRunning[0]).isTrue();
        assertThat(choices.isDisabled()).as("enabled again once cancelled").isFalse();

        String alternative = model.documentDesign().alternatives().get(0).id();
        robot.interact(() -> model.variantProperty().set(alternative));
        assertThat(choices.isDisabled()).isTrue();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("The search space is declared on the baseline; alternatives are "
                + "searched with the defaults.");
        robot.interact(() -> model.variantProperty().set(Design.BASELINE_ID));
        assertThat(choices.isDisabled()).isFalse();
    }
}
