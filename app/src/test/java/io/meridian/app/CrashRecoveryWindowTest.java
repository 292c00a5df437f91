package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.edit.Autosave;
import io.meridian.app.edit.CrashedSessions;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recovery question at start-up, answered as a user would: Recover, Discard, or Esc. */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryWindowTest {
    // two-region-active-active: api-use1 has 50 instances in the baseline and 75 in n-plus-one.
    private final Design template = Templates.load(Templates.DEFAULT_ID);
    @TempDir
    Path root;
    private Stage stage;

    @Start
    void start(Stage value) {
        stage = value;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1366, 768));
        stage.show();
    }

    /** A new instance's window on the autosave root, asking its start-up question. */
    private MainViewModel startNextInstance(FxRobot robot) throws Exception {
        MainViewModel next = new MainViewModel(template, new Autosave(root, Duration.ofMillis(10)));
        robot.interact(() -> {
            MainWindow w = new MainWindow(next);
            stage.setScene(new Scene(w, 1366, 768));
            Platform.runLater(w::offerRecovery);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return next;
    }

    private static int apiInstances(Topology t) {
        return t.component("api-use1").orElseThrow().instances();
    }

    @Test
    void recoverAfterEditingAnAlternativeGivesBackEveryVariantAndTheOneOnShow(FxRobot robot) throws Exception {
        Autosave session = CrashedSessions.earlierSession(root);
        MainViewModel crashed = new MainViewModel(template, session);
        crashed.variantProperty().set("n-plus-one");
        crashed.edit("Scale", d -> d.withTopology(d.topology().withComponent(
                d.topology().component("api-use1").orElseThrow().withInstances(90))));
        CrashedSessions.kill(session);

        MainViewModel next = startNextInstance(robot);
        robot.clickOn("Recover");

        Design whole = next.documentDesign();
        assertThat(apiInstances(whole.topology())).isEqualTo(50);
        assertThat(apiInstances(whole.alternative("n-plus-one").orElseThrow().topology())).isEqualTo(90);
        assertThat(whole.alternative("single-region")).isEqualTo(template.alternative("single-region"));
        assertThat(whole).isEqualTo(crashed.documentDesign());
        assertThat(next.variantProperty().get()).isEqualTo("n-plus-one");
        assertThat(next.titleProperty().get()).isEqualTo("Meridian — *Two-region active-active");
        // No orphan: the dead session's folder is gone once this instance's own autosave holds the whole design.
        assertThat(session.folder()).doesNotExist();
        Autosave mine = next.autosave().orElseThrow();
        assertThat(new DesignReader().read(mine.file())).isEqualTo(whole);
        assertThat(Files.readString(mine.folder().resolve("recovery.properties"))).contains("variant=n-plus-one");
    }

    @Test
    void escKeepsTheAutosaveAndItIsOfferedAgainNextTime(FxRobot robot) throws Exception {
        Path dead = CrashedSessions.leave(root, template.withName("Lost work"), Design.BASELINE_ID, null);

        MainViewModel first = startNextInstance(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.documentDesign()).isEqualTo(template);
        assertThat(dead.resolve("recovery.json")).exists();
        assertThat(robot.lookup("Recover").tryQuery()).isEmpty(); // the question is gone

        MainViewModel second = startNextInstance(robot);
        robot.clickOn("Recover");
        assertThat(second.documentDesign().name()).isEqualTo("Lost work");
    }

    @Test
    void discardDeletesOnlyThatAutosave(FxRobot robot) throws Exception {
        Autosave live = new Autosave(root, Duration.ofMillis(10)); // another window, still running
        live.schedule(Design.of("Live work", Topology.EMPTY), Design.BASELINE_ID, null);
        live.flush();
        Path newer = CrashedSessions.leave(root, Design.of("Newer", Topology.EMPTY), Design.BASELINE_ID, null);
        Path older = CrashedSessions.leave(root, Design.of("Older", Topology.EMPTY), Design.BASELINE_ID, null);
        Files.setLastModifiedTime(older.resolve("recovery.json"), FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Files.setLastModifiedTime(newer.resolve("recovery.json"), FileTime.from(Instant.parse("2026-01-01T11:00:00Z")));

        startNextInstance(robot);
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("“Newer”");
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        // Next question: the older one. Not now.
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("“Older”");
        robot.clickOn("Not now");

        assertThat(newer).doesNotExist();
        assertThat(older.resolve("recovery.json")).exists();
        assertThat(new DesignReader().read(live.file()).name()).isEqualTo("Live work");
    }
}
