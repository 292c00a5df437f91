package io.meridian.app.edit;

import io.meridian.io.DesignFiles;
import io.meridian.io.DesignFormatException;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import io.meridian.model.InvalidTopologyException;
import io.meridian.model.ModelException;
import io.meridian.model.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open design as a document: its current state, where it lives on disk, and its undo history. Every
 * change of the design goes through {@link #edit} (one undoable step), {@link #replace} (a new document) or
 * undo/redo, so the dirty marker and the history can never disagree with what is shown.
 */
public final class Document {
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final UndoStack history;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    public Document(Design initial) {
        this(initial, new UndoStack());
    }

    public Document(Design initial, UndoStack history) {
        this.history = history;
        design.set(initial);
        title.bind(Bindings.createStringBinding(this::describeTitle, design, file, history.dirtyProperty()));
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public Design design() {
        return design.get();
    }

    /** Where the design was last opened from or saved to; null for a new, never-saved design. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public UndoStack history() {
        return history;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return history.dirtyProperty();
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** "Meridian — name", with the file name when saved and a leading * when there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * Applies one undoable change. The model validates itself, so a change that breaks a rule throws inside
     * {@code change}; then nothing is applied and the problem comes back as one line.
     */
    public Optional<String> edit(String name, UnaryOperator<Design> change) {
        Design before = design.get();
        Design after;
        try {
            after = change.apply(before);
        } catch (RuntimeException e) {
            return Optional.of(message(e));
        }
        if (after == null || after.equals(before)) {
            return Optional.empty();
        }
        design.set(after);
        history.push(new Edit(name, before, after));
        return Optional.empty();
    }

    public void undo() {
        history.undo().ifPresent(e -> design.set(e.before()));
    }

    public void redo() {
        history.redo().ifPresent(e -> design.set(e.after()));
    }

    /** A new document: no history, clean, saved at {@code where} (null when never saved). */
    public void replace(Design value, Path where) {
        history.clear();
        file.set(where);
        design.set(value);
    }

    /** A recovered document: no history, never saved, so it stays dirty until the user saves it. */
    public void recover(Design value, Path where) {
        history.clearUnsaved();
        file.set(where);
        design.set(value);
    }

    /** Opens a design file; the problems one line each, and the document untouched, when it cannot. */
    public List<String> open(Path path) {
        try {
            replace(new DesignReader().read(path), path);
            return List.of();
        } catch (DesignFormatException e) {
            return e.lines();
        } catch (NoSuchFileException e) {
            return List.of(path + ": no such file");
        } catch (AccessDeniedException e) {
            return List.of(path + ": permission denied");
        } catch (IOException e) {
            return List.of(path + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // A reader bug must not take the window down; the message still says what went wrong.
            return List.of(path + ": " + message(e));
        }
    }

    /** Saves atomically (temp file, then rename) and marks the history clean; the problem when it fails. */
    public Optional<String> saveAs(Path path) {
        try {
            DesignFiles.save(design.get(), path);
        } catch (AccessDeniedException e) {
            return Optional.of(path + ": permission denied");
        } catch (IOException | RuntimeException e) {
            return Optional.of(path + ": cannot be written (" + message(e) + ")");
        }
        file.set(path);
        history.markSaved();
        return Optional.empty();
    }

    /** One line for an exception from the model or the file layer, without class names or stack traces. */
    public static String message(Throwable e) {
        if (e instanceof InvalidTopologyException t) {
            return t.problems().stream().map(Problem::message).collect(Collectors.joining("; "));
        }
        if (e instanceof ModelException m) {
            return m.problem();
        }
        if (e instanceof NumberFormatException) {
            return "not a number";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private String describeTitle() {
        Path where = file.get();
        String name = design.get().name();
        String shown = where == null ? name : name + " (" + where.getFileName() + ")";
        return "Meridian — " + (history.isDirty() ? "*" : "") + shown;
    }
}
