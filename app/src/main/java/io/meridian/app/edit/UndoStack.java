package io.meridian.app.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A bounded history of edits with a save point. Pushing a new edit clears the redo side. The save point
 * is a position in the history: the document is clean exactly when the history is back at it, so undoing
 * to the saved state clears the dirty marker, and redoing away from it sets it again. When the bound
 * drops the oldest edits and the save point with them, the saved state can no longer be reached.
 */
public final class UndoStack {
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    /** Edits since the history began (including ones dropped by the bound); the position of "now". */
    private long position;
    /** The position that was saved; {@code Long.MIN_VALUE} once it can no longer be reached. */
    private long savedAt;
    private long oldest;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");

    public UndoStack() {
        this(DEFAULT_LIMIT);
    }

    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one edit");
        }
        this.limit = limit;
    }

    /** Records an edit that has just been applied. */
    public void push(Edit edit) {
        done.push(edit);
        undone.clear();
        if (savedAt > position) {
            savedAt = Long.MIN_VALUE; // the saved future was just overwritten
        }
        position++;
        while (done.size() > limit) {
            done.removeLast();
            oldest++;
        }
        if (savedAt < oldest) {
            savedAt = Long.MIN_VALUE;
        }
        update();
    }

    /** The edit to revert (its {@code before} is the design to show), or empty when there is none. */
    public Optional<Edit> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Edit e = done.pop();
        undone.push(e);
        position--;
        update();
        return Optional.of(e);
    }

    /** The edit to re-apply (its {@code after} is the design to show), or empty when there is none. */
    public Optional<Edit> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Edit e = undone.pop();
        done.push(e);
        position++;
        update();
        return Optional.of(e);
    }

    /** The current state is what is on disk. */
    public void markSaved() {
        savedAt = position;
        update();
    }

    /** Forgets every edit: a new document, clean. */
    public void clear() {
        done.clear();
        undone.clear();
        position = 0;
        oldest = 0;
        savedAt = 0;
        update();
    }

    /** Forgets every edit and marks the document as never saved (e.g. a recovered design). */
    public void clearUnsaved() {
        clear();
        savedAt = Long.MIN_VALUE;
        update();
    }

    public int size() {
        return done.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The current state differs from the saved one. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Name of the edit Undo would revert, empty when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        dirty.set(position != savedAt);
        undoName.set(done.isEmpty() ? "" : done.peek().name());
        redoName.set(undone.isEmpty() ? "" : undone.peek().name());
    }
}
