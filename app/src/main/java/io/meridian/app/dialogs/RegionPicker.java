package io.meridian.app.dialogs;

import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.latency.Geodesy;
import io.meridian.model.GeoPoint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Picks a region from the catalogue, nearest to where it was dropped first, narrowed by typing any part of
 * its id, name, city or country ("frank", "eu-west", "azure tokyo"). Enter takes the first match;
 * "Custom place" makes an on-prem site at the drop point instead.
 */
public final class RegionPicker {
    /** What the user chose: a catalogue entry, or a custom place at the drop point (entry null). */
    public record Choice(CatalogEntry entry, GeoPoint customAt) {
    }

    private static final ButtonType CUSTOM = new ButtonType("Custom place here", ButtonBar.ButtonData.LEFT);

    private RegionPicker() {
    }

    public static Optional<Choice> show(Window owner, RegionCatalog catalog, GeoPoint near) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a region");
        dialog.setHeaderText(String.format(Locale.ROOT, "Regions nearest to %.1f°, %.1f° first — type to search",
                near.lat(), near.lon()));
        List<CatalogEntry> sorted = catalog.entries().stream()
                .sorted(Comparator.comparingDouble(e -> Geodesy.distanceKm(near, e.location()))).toList();
        FilteredList<CatalogEntry> shown = new FilteredList<>(FXCollections.observableArrayList(sorted));
        TextField search = new TextField();
        search.setId("region-search");
        search.setPromptText("Search: aws, frankfurt, eu-west-1, Japan…");
        ListView<CatalogEntry> list = new ListView<>(shown);
        list.setId("region-list");
        list.setPrefSize(520, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : String.format(Locale.ROOT, "%s — %s   (%,.0f km away)",
                        e.name(), e.id(), Geodesy.distanceKm(near, e.location())));
            }
        });
        Label count = new Label();
        count.getStyleClass().add("picker-count");
        search.textProperty().addListener((obs, old, text) -> {
            String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
            shown.setPredicate(e -> Arrays.stream(words).allMatch(w -> haystack(e).contains(w)));
            list.getSelectionModel().selectFirst();
            count.setText(shown.size() + " of " + sorted.size() + " regions");
        });
        count.setText(sorted.size() + " regions");
        list.getSelectionModel().selectFirst();
        VBox box = new VBox(8, search, list, count);
        box.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(CUSTOM, ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add region");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        search.setOnAction(e -> {
            if (!ok.isDisabled()) {
                ok.fire();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !ok.isDisabled()) {
                ok.fire();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == ButtonType.OK) {
                return new Choice(list.getSelectionModel().getSelectedItem(), null);
            }
            return button == CUSTOM ? new Choice(null, near) : null;
        });
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }

    private static String haystack(CatalogEntry e) {
        return (e.id() + " " + e.name() + " " + e.city() + " " + e.country() + " " + e.jurisdiction())
                .toLowerCase(Locale.ROOT);
    }
}
