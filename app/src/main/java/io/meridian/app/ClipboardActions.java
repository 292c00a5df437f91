package io.meridian.app;

import io.meridian.app.edit.CopiedElements;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Copy, paste and duplicate of elements, as draw.io users expect: a region comes with its components; pasting
 * with a region selected puts the copied components into it; each paste is one undoable step that selects what
 * it made. While a text field has the focus the keys are the field's (copying its text), not the map's.
 */
final class ClipboardActions {
    private final MainViewModel model;
    private final Supplier<Node> focusOwner;
    private CopiedElements copied;

    ClipboardActions(MainViewModel model, Supplier<Node> focusOwner) {
        this.model = model;
        this.focusOwner = focusOwner;
    }

    void copy() {
        if (focusOwner.get() instanceof TextInputControl text) {
            text.copy();
            return;
        }
        CopiedElements now = CopiedElements.of(model.getDesign().topology(), model.selection().ids());
        if (now == null) {
            model.say("Nothing to copy: select regions, components or users");
            return;
        }
        copied = now;
        model.say("Copied " + count(now));
    }

    void paste() {
        if (focusOwner.get() instanceof TextInputControl text) {
            text.paste();
            return;
        }
        if (copied == null) {
            model.say("Nothing copied yet");
            return;
        }
        String into = targetRegion();
        // Ctrl+C, Ctrl+V on a region pastes a copy of it, not its components into itself.
        boolean copiedItself = copied.regions().stream().anyMatch(r -> r.id().equals(into));
        paste(copied, copiedItself ? null : into, "Paste " + count(copied));
    }

    /** Copy and paste in one step, beside the original (a region's components stay in their region). */
    void duplicate() {
        if (focusOwner.get() instanceof TextInputControl) {
            return;
        }
        CopiedElements now = CopiedElements.of(model.getDesign().topology(), model.selection().ids());
        if (now == null) {
            model.say("Nothing to duplicate: select regions, components or users");
            return;
        }
        paste(now, null, "Duplicate " + count(now));
    }

    private void paste(CopiedElements what, String intoRegionId, String name) {
        List<String> made = new ArrayList<>();
        boolean done = model.edit(name, d -> {
            CopiedElements.Pasted pasted = what.pasteInto(d, intoRegionId);
            made.clear();
            made.addAll(pasted.ids());
            return pasted.design();
        });
        if (done && !made.isEmpty()) {
            Topology t = model.getDesign().topology();
            // Select what a person sees: the new regions, components and users (links come along).
            List<String> shown = made.stream().filter(id -> t.link(id).isEmpty()).toList();
            model.selection().selectAll(shown);
        }
    }

    /** The region a paste goes into: the selected region, or the region of the selected component. */
    private String targetRegion() {
        String id = model.selection().primary();
        if (id == null) {
            return null;
        }
        Topology t = model.getDesign().topology();
        if (t.region(id).isPresent()) {
            return id;
        }
        return t.component(id).map(c -> c.regionId()).orElse(null);
    }

    private static String count(CopiedElements c) {
        List<String> parts = new ArrayList<>();
        add(parts, c.regions().size(), "region");
        add(parts, c.components().size(), "component");
        add(parts, c.populations().size(), "user population");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String noun) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s"));
        }
    }
}
