package io.meridian.app;

import io.meridian.app.log.ErrorLog;
import io.meridian.app.dialogs.TemplateGallery;
import io.meridian.app.edit.Autosave;
import io.meridian.app.edit.LeftBehind;
import io.meridian.app.edit.Variants;
import io.meridian.model.Design;
import io.meridian.templates.TemplateInfo;
import io.meridian.templates.Templates;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File menu work: new from a template, open, save, save as, and the questions around them (which file,
 * keep unsaved changes?, recover after a crash?). The file choosers can be replaced, since native dialogs
 * cannot be driven by a test robot.
 */
final class ProjectActions {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    /** Not a cancel button, so Esc or closing the question never means "delete". */
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
    /** What Esc and the window's close button give: keep the autosave and ask at the next start. */
    static final ButtonType LATER = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** Asks for a file: to open (false) or to save to (true). */
    interface FileAsker {
        Optional<Path> ask(boolean forSaving, Path current);
    }

    private final MainViewModel model;
    private final Supplier<Window> owner;
    private final Consumer<List<String>> problems;
    private final Runnable opened;
    private FileAsker files = this::chooseFile;

    ProjectActions(MainViewModel model, Supplier<Window> owner, Consumer<List<String>> problems, Runnable opened) {
        this.model = model;
        this.owner = owner;
        this.problems = problems;
        this.opened = opened;
    }

    void setFileAsker(FileAsker value) {
        files = value;
    }

    void newFromTemplate() {
        if (!confirmDiscard()) {
            return;
        }
        List<TemplateInfo> templates;
        try {
            templates = Templates.list();
        } catch (RuntimeException e) {
            problems.accept(List.of("The template gallery cannot be read: " + e.getMessage()));
            return;
        }
        TemplateGallery.show(owner.get(), templates).ifPresent(this::openTemplate);
    }

    void openTemplate(TemplateInfo t) {
        try {
            Design d = Templates.load(t.id());
            model.show(d, walkthroughOf(t.id()));
            model.say("New design from template “" + t.title() + "”");
            opened.run();
        } catch (RuntimeException e) {
            problems.accept(List.of("Template '" + t.id() + "' cannot be loaded: " + e.getMessage()));
        }
    }

    /** The template's walkthrough; null (and a word in the status bar) when it cannot be read. */
    private io.meridian.templates.Walkthrough walkthroughOf(String id) {
        try {
            return Templates.walkthrough(id);
        } catch (RuntimeException e) {
            model.say("The walkthrough of '" + id + "' cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        files.ask(false, model.document().fileProperty().get()).ifPresent(this::open);
    }

    void open(Path file) {
        List<String> found = model.open(file);
        if (found.isEmpty()) {
            opened.run();
        } else {
            problems.accept(found);
        }
    }

    /** Saves to the current file, or asks for one; true when the design is now saved. */
    boolean save() {
        Path file = model.document().fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    boolean saveAs() {
        Optional<Path> file = files.ask(true, model.document().fileProperty().get());
        return file.isPresent() && saveTo(file.get());
    }

    private boolean saveTo(Path file) {
        Optional<String> problem = model.saveAs(file);
        problem.ifPresent(p -> problems.accept(List.of(p)));
        return problem.isEmpty();
    }

    /** Asks before unsaved work would be lost; true when it is fine to go on. */
    boolean confirmDiscard() {
        if (!model.document().isDirty()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner.get());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to “" + model.getDesign().name() + "”?");
        ask.setContentText("Your changes will be lost if you don't save them.");
        ask.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return save();
        }
        if (answer == DONT_SAVE) {
            model.discardRecovery();
            return true;
        }
        return false;
    }

    /**
     * At start-up: offers the work that sessions which did not close normally left behind, newest first, one
     * question each. Recover takes it in (and stops: the window holds one design; the rest wait for the next
     * start); Discard deletes that one autosave and goes on to the next; Esc or closing the question keeps them
     * all for the next start. Autosaves of running instances are never among them.
     */
    void offerRecovery() {
        Optional<Autosave> autosave = model.autosave();
        if (autosave.isEmpty()) {
            return;
        }
        List<LeftBehind> found = autosave.get().leftBehind();
        try {
            for (int i = 0; i < found.size(); i++) {
                LeftBehind left = found.get(i);
                ButtonType answer = ask(left, found.size() - i - 1);
                if (answer == RECOVER) {
                    recover(autosave.get(), left);
                    return;
                }
                if (answer != DISCARD) {
                    return; // later: every autosave stays
                }
                try {
                    left.delete();
                } catch (IOException e) {
                    report("The autosave in " + left.folder() + " could not be deleted: " + e.getMessage());
                }
            }
        } finally {
            found.forEach(LeftBehind::close); // lets go of those not recovered nor deleted; they stay on disk
        }
    }

    private ButtonType ask(LeftBehind left, int more) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner.get());
        ask.setTitle("Recover unsaved work");
        ask.setHeaderText("Meridian did not close normally" + (more > 0 ? " (" + (more + 1) + " sessions)." : "."));
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(left.savedAt().atZone(ZoneId.systemDefault()));
        String variant = Design.BASELINE_ID.equals(left.variant()) ? ""
                : ", showing “" + Variants.name(left.design(), left.variant()) + "”";
        ask.setContentText("Recover the unsaved design “" + left.design().name() + "”"
                + (left.origin() != null ? " (" + left.origin().getFileName() + ")" : "")
                + variant + ", autosaved " + when + "?"
                + (more > 0 ? "\n\n" + more + " more: asked next if you discard this one, else at the next start."
                        : "")
                + "\n\nNot now keeps it for the next start; Discard deletes it.");
        ask.getButtonTypes().setAll(RECOVER, DISCARD, LATER);
        return ask.showAndWait().orElse(LATER);
    }

    /**
     * Shows the recovered design, then makes it this instance's own autosave before the old one goes, so a crash
     * right after recovering loses nothing and no orphan is left.
     */
    private void recover(Autosave autosave, LeftBehind left) {
        model.recover(left);
        opened.run();
        try {
            autosave.flush();
        } catch (IOException e) {
            report("The recovered design could not be autosaved (" + e.getMessage()
                    + "); the earlier autosave is kept in " + left.folder());
            return;
        }
        try {
            left.delete();
        } catch (IOException e) {
            report("The earlier autosave in " + left.folder() + " could not be removed: " + e.getMessage());
        }
    }

    private void report(String problem) {
        ErrorLog.problem(problem);
        problems.accept(List.of(problem));
    }

    private Optional<Path> chooseFile(boolean forSaving, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(forSaving ? "Save design" : "Open design");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Meridian designs (*.json, *.meridian)", "*.json", "*.meridian"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        } else if (forSaving) {
            chooser.setInitialFileName(model.getDesign().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json");
        }
        File file = forSaving ? chooser.showSaveDialog(owner.get()) : chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
