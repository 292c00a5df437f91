package io.meridian.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.model.Topology;
import org.junit.jupiter.api.Test;

class UndoStackTest {
    private static Design named(String name) {
        return Design.of(name, Topology.EMPTY);
    }

    private static Edit edit(String from, String to) {
        return new Edit("Rename to " + to, named(from), named(to));
    }

    @Test
    void undoAndRedoWalkTheHistoryAndAnewEditClearsRedo() {
        UndoStack s = new UndoStack();
        s.push(edit("a", "b"));
        s.push(edit("b", "c"));
        assertThat(s.undo()).hasValueSatisfying(e -> assertThat(e.before().name()).isEqualTo("b"));
        assertThat(s.canRedoProperty().get()).isTrue();
        assertThat(s.redoNameProperty().get()).isEqualTo("Rename to c");
        assertThat(s.redo()).hasValueSatisfying(e -> assertThat(e.after().name()).isEqualTo("c"));
        s.undo();
        s.push(edit("b", "d"));
        assertThat(s.canRedoProperty().get()).isFalse();
        assertThat(s.redo()).isEmpty();
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void theSavePointMakesTheDocumentCleanWhenTheHistoryReturnsToIt() {
        UndoStack s = new UndoStack();
        assertThat(s.isDirty()).isFalse();
        s.push(edit("a", "b"));
        assertThat(s.isDirty()).isTrue();
        s.markSaved();
        assertThat(s.isDirty()).isFalse();
        s.push(edit("b", "c"));
        assertThat(s.isDirty()).isTrue();
        s.undo(); // back at the saved "b"
        assertThat(s.isDirty()).isFalse();
        s.undo(); // "a": before the save
        assertThat(s.isDirty()).isTrue();
        s.redo();
        assertThat(s.isDirty()).isFalse();
    }

    @Test
    void overwritingTheSavedFutureMakesTheSavedStateUnreachable() {
        UndoStack s = new UndoStack();
        s.push(edit("a", "b"));
        s.markSaved(); // saved at position 1
        s.undo();      // position 0; the saved state is on the redo side
        s.push(edit("a", "x")); // position 1 again, but a different design: must stay dirty
        assertThat(s.isDirty()).isTrue();
        s.undo();
        assertThat(s.isDirty()).isTrue();
    }

    @Test
    void theBoundDropsTheOldestEditsAndASavePointWithThem() {
        UndoStack s = new UndoStack(3);
        s.markSaved(); // clean at position 0
        for (int i = 0; i < 5; i++) {
            s.push(edit("d" + i, "d" + (i + 1)));
        }
        assertThat(s.size()).isEqualTo(3);
        // Three undos reach d2 at most; the saved d0 fell off the bottom.
        assertThat(s.undo()).isPresent();
        assertThat(s.undo()).isPresent();
        assertThat(s.undo()).hasValueSatisfying(e -> assertThat(e.before().name()).isEqualTo("d2"));
        assertThat(s.undo()).isEmpty();
        assertThat(s.isDirty()).isTrue();
    }

    @Test
    void aRecoveredDocumentIsDirtyUntilSaved() {
        UndoStack s = new UndoStack();
        s.clearUnsaved();
        assertThat(s.isDirty()).isTrue();
        s.markSaved();
        assertThat(s.isDirty()).isFalse();
    }
}
