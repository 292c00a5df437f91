package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.edit.Recovery;
import io.meridian.model.Design;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's document rules without a window: dirty marker, refused edits, save and reopen, recovery, what-if. */
class EditingModelTest {
    @TempDir
    Path dir;

    @Test
    void anEditMarksTheTitleDirtyAndUndoingItCleansItAgain() {
        MainViewModel model = new MainViewModel(SampleDesigns.twoRegions());
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — Two-region active-active");
        model.edit("Rename", d -> d.withName("Renamed"));
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — *Renamed");
        model.undo();
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — Two-region active-active");
        model.redo();
        assertThat(model.getDesign().name()).isEqualTo("Renamed");
    }

    @Test
    void anEditTheModelRefusesChangesNothingAndSaysWhy() {
        MainViewModel model = new MainViewModel(SampleDesigns.twoRegions());
        Design before = model.getDesign();
        boolean applied = model.edit("Set availability", d -> d.withTopology(d.topology()
                .withRegion(d.topology().region("use1").orElseThrow().withAvailability(1.5))));
        assertThat(applied).isFalse();
        assertThat(model.getDesign()).isSameAs(before);
        assertThat(model.document().isDirty()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Set availability refused: ");
    }

    @Test
    void savingWritesAFileThatReopensAsAnEqualDesignAndClearsTheDirtyMarker() {
        MainViewModel model = new MainViewModel(Templates.load(Templates.DEFAULT_ID));
        model.edit("Scale", d -> d.withTopology(d.topology().withComponent(
                d.topology().component("api-use1").orElseThrow().withInstances(64))));
        Path file = dir.resolve("design.json");
        assertThat(model.saveAs(file)).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — Two-region active-active (design.json)");
        Design saved = model.getDesign();

        MainViewModel other = new MainViewModel(SampleDesigns.twoRegions());
        assertThat(other.open(file)).isEmpty();
        assertThat(other.getDesign()).isEqualTo(saved);
        assertThat(other.getDesign().topology().component("api-use1").orElseThrow().instances()).isEqualTo(64);
        // No temp file is left beside the saved one.
        assertThat(dir.toFile().list()).containsExactly("design.json");
    }

    @Test
    void unsavedWorkIsAutosavedAndOfferedBackAfterACrash() throws Exception {
        Recovery recovery = new Recovery(dir, Duration.ofMillis(10));
        MainViewModel crashed = new MainViewModel(SampleDesigns.twoRegions(), recovery);
        crashed.edit("Rename", d -> d.withName("Unsaved work"));
        recovery.flush();
        assertThat(Files.exists(dir.resolve("recovery.json"))).isTrue();

        // The next session finds it; the recovered design is the edited one and still needs saving.
        Recovery again = new Recovery(dir, Duration.ofMillis(10));
        MainViewModel next = new MainViewModel(Templates.load(Templates.DEFAULT_ID), again);
        var found = again.find().orElseThrow();
        next.recover(found);
        assertThat(next.getDesign()).isEqualTo(crashed.getDesign());
        assertThat(next.titleProperty().get()).isEqualTo("Meridian — *Unsaved work");
        // The recovered, still unsaved design is autosaved again; let that write finish before the folder goes.
        again.flush();
        recovery.flush();
    }

    @Test
    void savingRemovesTheRecoveryFile() throws Exception {
        Recovery recovery = new Recovery(dir.resolve("recovery"), Duration.ofMillis(10));
        MainViewModel model = new MainViewModel(SampleDesigns.twoRegions(), recovery);
        model.edit("Rename", d -> d.withName("Work"));
        recovery.flush();
        assertThat(recovery.find()).isPresent();
        model.saveAs(dir.resolve("work.json"));
        recovery.flush(); // waits for the queued removal
        assertThat(recovery.find()).isEmpty();
    }

    @Test
    void failingARegionOfTheTemplateOverloadsTheOtherAndClearingRestoresIt() {
        // The template's story: us-east-1 lost, us-west-2 takes all 10,500 req/s on 50 × 200 req/s = 105%.
        MainViewModel model = new MainViewModel(Templates.load(Templates.DEFAULT_ID));
        model.whatIf().failRegion("use1");
        var outcome = model.whatIf().outcome();
        assertThat(outcome.failed()).containsExactly("use1");
        assertThat(outcome.overloaded()).containsExactly("usw2");
        assertThat(outcome.utilisation().get("usw2")).isCloseTo(105.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(outcome.summary()).contains("US West (Oregon) overloaded (105%)");
        model.whatIf().clear();
        assertThat(model.whatIf().outcome().active()).isFalse();
    }

    @Test
    void deletingARegionDropsItFromTheSelectionAndTheWhatIf() {
        MainViewModel model = new MainViewModel(SampleDesigns.twoRegions());
        model.whatIf().failRegion("euc1");
        model.selection().selectAll(List.of("euc1", "eu-users"));
        model.deleteSelection();
        assertThat(model.getDesign().topology().region("euc1")).isEmpty();
        assertThat(model.getDesign().topology().population("eu-users")).isEmpty();
        assertThat(model.selection().ids()).isEmpty();
        assertThat(model.whatIf().outcome().active()).isFalse();
        model.undo();
        assertThat(model.getDesign().topology().region("euc1")).isPresent();
    }
}
