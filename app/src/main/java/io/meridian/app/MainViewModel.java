package io.meridian.app;

import io.meridian.io.DesignFormatException;
import io.meridian.model.Design;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * State of the main window, free of controls so it can be tested without a scene: the open design, the
 * selected element (by id), the theme, and the texts derived from them. Views observe it; only its own
 * methods replace the design, so every change of document goes through one place.
 */
public final class MainViewModel {
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final StringProperty selection = new SimpleStringProperty(this, "selection");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText");

    public MainViewModel(Design initial) {
        design.set(initial);
        title.bind(Bindings.createStringBinding(() -> "Meridian — " + design.get().name(), design));
        summary.bind(Bindings.createStringBinding(() -> summarize(design.get().topology()), design));
        selectionText.bind(Bindings.createStringBinding(this::describeSelection, design, selection));
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public Design getDesign() {
        return design.get();
    }

    /** Id of the selected region, population or other element; null when nothing is selected. */
    public StringProperty selectionProperty() {
        return selection;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** "Meridian — &lt;design name&gt;". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Element counts for the status bar: "3 regions · 9 components · 4 links". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is selected, in words; empty when nothing is. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** Replaces the open design; the selection belonged to the old one. */
    public void show(Design value) {
        selection.set(null);
        design.set(value);
    }

    /**
     * Opens a design file. Returns the problems, one line each, and leaves the open design untouched when
     * there are any; an empty list means the file is now open.
     */
    public List<String> open(Path file) {
        try {
            show(DesignFiles.read(file));
            return List.of();
        } catch (DesignFormatException e) {
            return e.lines();
        } catch (NoSuchFileException e) {
            return List.of(file + ": no such file");
        } catch (AccessDeniedException e) {
            return List.of(file + ": permission denied");
        } catch (IOException e) {
            return List.of(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // A reader bug must not take the window down; the message still says what went wrong.
            return List.of(file + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
    }

    private static String summarize(Topology t) {
        List<String> parts = new ArrayList<>();
        parts.add(count(t.regions().size(), "region"));
        parts.add(count(t.components().size(), "component"));
        parts.add(count(t.links().size(), "link"));
        if (!t.populations().isEmpty()) {
            parts.add(count(t.populations().size(), "population"));
        }
        if (!t.zones().isEmpty()) {
            parts.add(count(t.zones().size(), "residency zone"));
        }
        return String.join(" · ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String describeSelection() {
        String id = selection.get();
        if (id == null) {
            return "";
        }
        Topology t = design.get().topology();
        Optional<String> region = t.region(id).map(MainViewModel::describe);
        return region.or(() -> t.population(id).map(MainViewModel::describe)).orElse(id);
    }

    private static String describe(Region r) {
        return r.name() + " (" + (r.catalogId() != null ? r.catalogId() : r.id()) + ")";
    }

    private static String describe(Population p) {
        return p.name() + " (users)";
    }
}
