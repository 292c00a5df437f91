package io.meridian.app.edit;

import io.meridian.model.Design;
import java.util.Objects;

/**
 * One undoable step: the design before and after it, with a name for the Edit menu ("Undo Move region").
 * The model is immutable, so a step is just two snapshots that share every unchanged element; undo and
 * redo swap them back and forth without recomputing anything.
 */
public record Edit(String name, Design before, Design after) {
    public Edit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
