package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.edit.Autosave;
import io.meridian.app.edit.CrashedSessions;
import io.meridian.app.edit.LeftBehind;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import io.meridian.templates.Templates;
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
    void recoveringAfterEditingAnAlternativeGivesBackEveryVariantAndTheOneOnShow() throws Exception {
        // two-region-active-active: api-use1 has 50 instances in the baseline and 75 in n-plus-one.
        Design template = Templates.load(Templates.DEFAULT_ID);
        Autosave crashedSession = CrashedSessions.earlierSession(dir);
        MainViewModel crashed = new MainViewModel(template, crashedSession);
        crashed.variantProperty().set("n-plus-one");
        crashed.edit("Scale", d -> d.withTopology(d.topology().withComponent(
                d.topology().component("api-use1").orElseThrow().withInstances(90))));
        CrashedSessions.kill(crashedSession);

        Autosave again = new Autosave(dir, Duration.ofMillis(10));
        MainViewModel next = new MainViewModel(template, again);
        LeftBehind found = again.leftBehind().get(0);
        next.recover(found);

        Design whole = next.documentDesign();
        assertThat(whole).isEqualTo(crashed.documentDesign());
        assertThat(whole.topology()).isEqualTo(template.topology()); // the baseline as it was: 50
        assertThat(apiInstances(whole.alternative("n-plus-one").orElseThrow().topology())).isEqualTo(90);
        assertThat(whole.alternative("single-region")).isEqualTo(template.alternative("single-region"));
        assertThat(next.variantProperty().get()).isEqualTo("n-plus-one");
        assertThat(apiInstances(next.getDesign().topology())).isEqualTo(90);
        assertThat(next.titleProperty().get()).isEqualTo("Meridian — *Two-region active-active");
        // The recovered work is this instance's autosave now, the whole design again.
        again.flush();
        assertThat(new DesignReader().read(again.file())).isEqualTo(whole);
        found.delete();
    }

    private static int apiInstances(io.meridian.model.Topology t) {
        return t.component("api-use1").orElseThrow().instances();
    }

    @Test
    void savingRemovesTheAutosave() throws Exception {
        Autosave autosave = new Autosave(dir.resolve("autosave"), Duration.ofMillis(10));
        MainViewModel model = new MainViewModel(SampleDesigns.twoRegions(), autosave);
        model.edit("Rename", d -> d.withName("Work"));
        autosave.flush();
        assertThat(autosave.file()).exists();
        model.saveAs(dir.resolve("work.json"));
        autosave.flush(); // waits for the queued removal
        assertThat(autosave.file()).doesNotExist();
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
