package io.meridian.app.dialogs;

import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edit → Find (Ctrl+F): type part of a name or id and pick one of the elements that match; it is selected on the
 * map. Regions, components, user populations and residency zones, in that order, each in design order.
 */
public final class FindElement {
    /** One element that matches: its id and how the list shows it ("Region · US West (Oregon)"). */
    public record Match(String id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private FindElement() {
    }

    /** The elements whose name or id contains {@code query}, ignoring case; every element for a blank query. */
    public static List<Match> matches(Topology t, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Match> out = new ArrayList<>();
        t.regions().forEach(r -> add(out, q, r.id(), r.name(), "Region"));
        t.components().forEach(c -> add(out, q, c.id(), c.name(), kind(c.kind().name())));
        t.populations().forEach(p -> add(out, q, p.id(), p.name(), "Users"));
        t.zones().forEach(z -> add(out, q, z.id(), z.name(), "Residency zone"));
        return out;
    }

    private static void add(List<Match> out, String q, String id, String name, String kind) {
        String shown = name == null || name.isBlank() ? id : name;
        if (q.isEmpty() || id.toLowerCase(Locale.ROOT).contains(q) || shown.toLowerCase(Locale.ROOT).contains(q)) {
            out.add(new Match(id, kind + " · " + shown + (shown.equals(id) ? "" : " (" + id + ")")));
        }
    }

    private static String kind(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Asks, and returns the id picked (Enter takes the first match), or empty when cancelled. */
    public static Optional<String> show(Window owner, Topology t) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Find");
        dialog.setHeaderText("Find an element by name or id");
        dialog.setResizable(true);
        TextField query = new TextField();
        query.setId("find-query");
        query.setPromptText("e.g. Oregon, api, users");
        ListView<Match> list = new ListView<>();
        list.setId("find-results");
        list.setPrefSize(460, 260);
        list.setMinHeight(120);
        list.getItems().setAll(matches(t, ""));
        query.textProperty().addListener((obs, old, now) -> {
            list.getItems().setAll(matches(t, now));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(new VBox(8, query, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Select");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
        dialog.setOnShown(e -> query.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        return dialog.showAndWait();
    }
}
