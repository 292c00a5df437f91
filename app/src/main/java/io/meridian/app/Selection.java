package io.meridian.app;

import io.meridian.app.edit.DesignEdits;
import io.meridian.model.Topology;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is selected, by element id: the primary element (the one last clicked, which the inspector shows)
 * and all selected elements (for delete and move). Setting the primary selects it alone.
 */
public final class Selection {
    private final StringProperty primary = new SimpleStringProperty(this, "primary");
    private final ObservableList<String> ids = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyIds = FXCollections.unmodifiableObservableList(ids);
    private boolean updating;

    public Selection() {
        primary.addListener((obs, old, now) -> {
            if (!updating) {
                set(now == null ? List.of() : List.of(now), now);
            }
        });
    }

    /** The element the inspector shows; null when nothing is selected. */
    public StringProperty primaryProperty() {
        return primary;
    }

    public String primary() {
        return primary.get();
    }

    /** Every selected element, in the order they were selected. */
    public ObservableList<String> ids() {
        return readOnlyIds;
    }

    public void select(String id) {
        set(id == null ? List.of() : List.of(id), id);
    }

    /** Adds the element to the selection, or removes it when it is in it already (shift-click). */
    public void toggle(String id) {
        if (ids.contains(id)) {
            List<String> rest = ids.stream().filter(x -> !x.equals(id)).toList();
            set(rest, rest.isEmpty() ? null : rest.get(rest.size() - 1));
        } else {
            List<String> more = new java.util.ArrayList<>(ids);
            more.add(id);
            set(more, id);
        }
    }

    public void selectAll(List<String> all) {
        set(all, all.isEmpty() ? null : all.get(0));
    }

    public void clear() {
        set(List.of(), null);
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Drops ids the topology no longer has (after delete or undo). */
    public void retainIn(Topology t) {
        List<String> kept = ids.stream()
                .filter(id -> t.containsId(id) || (id.equals(DesignEdits.ROUTING_ID) && t.routing() != null)).toList();
        if (kept.size() != ids.size()) {
            String p = kept.contains(primary.get()) ? primary.get() : kept.isEmpty() ? null : kept.get(0);
            set(kept, p);
        }
    }

    private void set(List<String> all, String first) {
        updating = true;
        try {
            if (!ids.equals(all)) {
                ids.setAll(all);
            }
            primary.set(first);
        } finally {
            updating = false;
        }
    }
}
