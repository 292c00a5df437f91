package io.meridian.app;

import io.meridian.app.edit.DesignEdits;
import io.meridian.app.edit.Document;
import io.meridian.app.edit.Autosave;
import io.meridian.app.edit.LeftBehind;
import io.meridian.app.edit.Variants;
import io.meridian.app.whatif.WhatIf;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.templates.Walkthrough;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window, free of controls so it can be tested without a scene: the document (design,
 * file, undo history), the selection, the what-if failure, the theme, and the texts derived from them.
 * Views observe it and call its methods; every change of the design goes through the document, so each is
 * one undoable step and the dirty marker, the autosave and the what-if follow it.
 *
 * <p>A design has variants (the baseline and its alternatives). {@link #designProperty()} is the variant on
 * show: the document's design with that variant's topology in place of the baseline's, so the canvas, the
 * inspector and the results work on it unchanged, and {@link #edit} writes the changed topology back into that
 * variant. {@link #documentDesign()} is the whole design, as saved and exported.
 */
public final class MainViewModel {
    private final Document document;
    private final Selection selection = new Selection();
    private final WhatIf whatIf;
    private final Autosave autosave;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty variant = new SimpleStringProperty(this, "variant", Design.BASELINE_ID);
    private final ReadOnlyObjectWrapper<Design> shown = new ReadOnlyObjectWrapper<>(this, "design");
    private final ObjectProperty<Walkthrough> walkthrough = new SimpleObjectProperty<>(this, "walkthrough");
    private final BackgroundWork work = new BackgroundWork();
    /** Counts documents put on show (opened, a template, recovered); the map fits itself to each. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper documentsShown =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "documentsShown");

    /** A window without crash recovery (tests, embedding). */
    public MainViewModel(Design initial) {
        this(initial, null);
    }

    /**
     * @param autosave where unsaved work is autosaved; null for none. The what-if is worked out on the calling
     *                 thread (tests, embedding); the app passes one that works in the background.
     */
    public MainViewModel(Design initial, Autosave autosave) {
        this(initial, autosave, WhatIf.onCallingThread());
    }

    /** @param whatIf the failure what-if, with the threads it runs on ({@link WhatIf#inBackground()} in the app) */
    public MainViewModel(Design initial, Autosave autosave, WhatIf whatIf) {
        this.whatIf = java.util.Objects.requireNonNull(whatIf, "whatIf");
        this.document = new Document(initial);
        this.autosave = autosave;
        if (autosave != null) {
            autosave.onProblem(this::sayLater);
        }
        shown.set(document.design());
        document.designProperty().addListener(o -> showVariant());
        variant.addListener(o -> showVariant());
        summary.bind(Bindings.createStringBinding(() -> ElementText.summarize(getDesign().topology()), designProperty()));
        selectionText.bind(Bindings.createStringBinding(this::describeSelection, designProperty(),
                selection.primaryProperty(), selection.ids()));
        whatIf.update(initial.topology());
        designProperty().addListener((obs, old, now) -> {
            selection.retainIn(now.topology());
            if (old == null || !old.topology().equals(now.topology())) {
                whatIf.update(now.topology());
            }
            scheduleAutosave();
        });
        document.dirtyProperty().addListener(o -> scheduleAutosave());
    }

    public Document document() {
        return document;
    }

    /** The variant on show, as a design whose topology is that variant's (the baseline: the design itself). */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The variant on show; see {@link #designProperty()}. */
    public Design getDesign() {
        return shown.get();
    }

    /** Goes up by one each time another document is put on show (not on an edit or a variant switch). */
    public javafx.beans.property.ReadOnlyIntegerProperty documentsShownProperty() {
        return documentsShown.getReadOnlyProperty();
    }

    /** The whole design with every variant: what is saved and exported. */
    public Design documentDesign() {
        return document.design();
    }

    /** Id of the variant on show: {@link Design#BASELINE_ID} or an alternative's id. */
    public StringProperty variantProperty() {
        return variant;
    }

    /** The baseline first, then the alternatives, of the whole design. */
    public List<Alternative> variants() {
        return document.design().variants();
    }

    /** The walkthrough of the template the design came from; null when it has none. */
    public ObjectProperty<Walkthrough> walkthroughProperty() {
        return walkthrough;
    }

    /** Long work off the FX thread (exports) that the status bar shows with its progress. */
    public BackgroundWork work() {
        return work;
    }

    private void showVariant() {
        Design d = document.design();
        String id = variant.get();
        if (!Design.BASELINE_ID.equals(id) && d.alternative(id).isEmpty()) {
            variant.set(Design.BASELINE_ID); // the variant went away (another design): back to the baseline
            return;
        }
        shown.set(Variants.view(d, id));
    }

    public Selection selection() {
        return selection;
    }

    /** Id of the primary selected element (the one the inspector shows); null when nothing is selected. */
    public StringProperty selectionProperty() {
        return selection.primaryProperty();
    }

    public WhatIf whatIf() {
        return whatIf;
    }

    public Optional<Autosave> autosave() {
        return Optional.ofNullable(autosave);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** "Meridian — name", "Meridian — *name (file.json)" while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return document.titleProperty();
    }

    /** Element counts for the status bar: "3 regions · 9 components · 4 links". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is selected, in words; empty when nothing is. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The last thing the editor has to tell the user (a refused edit, a save); empty when nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void say(String text) {
        message.set(text == null ? "" : text);
    }

    // ---- document

    /** Shows a design as a new, unsaved document (a template, or a fresh start). */
    public void show(Design value) {
        show(value, null);
    }

    /** Shows a template's design with its walkthrough (null for none) as a new, unsaved document. */
    public void show(Design value, Walkthrough story) {
        selection.clear();
        whatIf.clear();
        walkthrough.set(null);
        variant.set(Design.BASELINE_ID);
        document.replace(value, null);
        walkthrough.set(story);
        discardRecovery();
        documentsShown.set(documentsShown.get() + 1);
    }

    /** Opens a design file. Returns the problems, one line each; an empty list means the file is now open. */
    public List<String> open(Path file) {
        List<String> problems = document.open(file);
        if (problems.isEmpty()) {
            walkthrough.set(null);
            variant.set(Design.BASELINE_ID);
            selection.clear();
            whatIf.clear();
            discardRecovery();
            documentsShown.set(documentsShown.get() + 1);
            say("Opened " + file.getFileName());
        }
        return problems;
    }

    /** Saves to this path (temp file and rename); the problem when it could not. */
    public Optional<String> saveAs(Path file) {
        Optional<String> problem = document.saveAs(file);
        if (problem.isEmpty()) {
            discardRecovery();
            say("Saved " + file.getFileName());
        }
        return problem;
    }

    /**
     * Takes back a design an earlier session left unsaved: every variant, with the one that was on show shown
     * again. It stays unsaved until the user saves it.
     */
    public void recover(LeftBehind found) {
        selection.clear();
        whatIf.clear();
        walkthrough.set(null);
        variant.set(Design.BASELINE_ID);
        document.recover(found.design(), found.origin());
        if (found.design().alternative(found.variant()).isPresent()) {
            variant.set(found.variant());
        }
        documentsShown.set(documentsShown.get() + 1);
        say("Recovered unsaved work" + (found.origin() != null ? " on " + found.origin().getFileName() : ""));
    }

    /** The user chose to close without keeping unsaved work (or closed cleanly). */
    public void discardRecovery() {
        if (autosave != null) {
            autosave.discard();
        }
    }

    /** The app is closing: the autosave folder goes, unless unsaved work is in it (the next start offers it). */
    public void closeAutosave() {
        if (autosave != null) {
            autosave.close();
        }
    }

    /** The whole design (every variant and the layout) and the variant on show, not just what is on screen. */
    private void scheduleAutosave() {
        if (autosave != null && document.isDirty()) {
            autosave.schedule(document.design(), variant.get(), document.fileProperty().get());
        }
    }

    /** A problem from the autosave thread, for the status bar (and already on standard error). */
    private void sayLater(String text) {
        try {
            Platform.runLater(() -> say(text));
        } catch (IllegalStateException noToolkit) {
            // No JavaFX running (a model without a window): standard error has it already.
        }
    }

    // ---- editing: each method is one undoable step; a refused edit leaves the design and says why

    /** Applies one undoable change to the variant on show. */
    public boolean edit(String name, UnaryOperator<Design> change) {
        String id = variant.get();
        UnaryOperator<Design> onVariant = Design.BASELINE_ID.equals(id) ? change
                : d -> {
                    Design after = change.apply(Variants.view(d, id));
                    return after == null ? null : Variants.writeBack(d, id, after);
                };
        Optional<String> problem = document.edit(name, onVariant);
        say(problem.map(p -> name + " refused: " + p).orElse(""));
        return problem.isEmpty();
    }

    public void undo() {
        String name = document.history().undoNameProperty().get();
        Design before = document.design();
        document.undo();
        followChange(before, document.design());
        say(name.isEmpty() ? "" : "Undid " + name);
    }

    public void redo() {
        String name = document.history().redoNameProperty().get();
        Design before = document.design();
        document.redo();
        followChange(before, document.design());
        say(name.isEmpty() ? "" : "Redid " + name);
    }

    /** Undo and redo show the variant they changed, so a step never happens out of sight. */
    private void followChange(Design before, Design after) {
        if (before == after) {
            return;
        }
        if (!before.topology().equals(after.topology())) {
            variant.set(Design.BASELINE_ID);
            return;
        }
        for (Alternative a : after.alternatives()) {
            if (!before.alternative(a.id()).map(a::equals).orElse(false)) {
                variant.set(a.id());
                return;
            }
        }
    }

    /**
     * Copies the variant on show into a new alternative of the design (one undoable step) and shows it, so the
     * user can change it and compare. Returns its id.
     */
    public Optional<String> addAlternative(String name) {
        String shownName = name == null || name.isBlank() ? "Alternative" : name.strip();
        String id = Variants.freshId(document.design(), shownName);
        Alternative made = new Alternative(id, shownName, "Copied from " + variantName(variant.get()),
                getDesign().topology());
        Optional<String> problem = document.edit("Add alternative " + shownName, x -> x.withAlternative(made));
        if (problem.isPresent()) {
            say("Add alternative refused: " + problem.get());
            return Optional.empty();
        }
        variant.set(id);
        say("Added alternative “" + shownName + "”: edits now go into it");
        return Optional.of(id);
    }

    /** Removes an alternative from the design (one undoable step); the baseline comes on show. */
    public void deleteAlternative(String id) {
        Design d = document.design();
        if (d.alternative(id).isEmpty()) {
            return;
        }
        String name = variantName(id);
        variant.set(Design.BASELINE_ID);
        document.edit("Delete alternative " + name, x -> Variants.without(x, id));
        say("Deleted alternative “" + name + "”");
    }

    /** "Baseline", or the alternative's name. */
    public String variantName(String id) {
        return Variants.name(document.design(), id);
    }

    /** Deletes every selected element (and what would dangle without it) in one step. */
    public void deleteSelection() {
        List<String> ids = new ArrayList<>(selection.ids());
        if (ids.isEmpty()) {
            return;
        }
        String what = ids.size() == 1 ? "Delete " + describe(ids.get(0)) : "Delete " + ids.size() + " elements";
        if (edit(what, d -> DesignEdits.delete(d, ids))) {
            selection.clear();
        }
    }

    // ---- texts

    private String describeSelection() {
        String id = selection.primary();
        if (id == null) {
            return "";
        }
        String text = describe(id);
        int more = selection.ids().size() - 1;
        return more > 0 ? text + " and " + more + " more" : text;
    }

    /** An element in words: "US East (N. Virginia) (aws:us-east-1)", "api (service in use1)". */
    public String describe(String id) {
        return ElementText.describe(getDesign().topology(), id);
    }
}
