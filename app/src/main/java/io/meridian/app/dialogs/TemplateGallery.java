package io.meridian.app.dialogs;

import io.meridian.templates.TemplateInfo;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File → New: the built-in designs to start from, each with its story in a sentence or two. */
public final class TemplateGallery {
    private TemplateGallery() {
    }

    public static Optional<TemplateInfo> show(Window owner, List<TemplateInfo> templates) {
        Dialog<TemplateInfo> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New design");
        dialog.setHeaderText("Start from a template");
        ListView<TemplateInfo> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(templates);
        list.setPrefSize(560, 300);
        // A window manager that sizes the dialog itself (Openbox) gave the list zero height: it keeps room for
        // three templates, and the dialog can be resized to show more.
        list.setMinHeight(180);
        dialog.setResizable(true);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateInfo t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(t.title());
                title.getStyleClass().add("template-title");
                Label summary = new Label(t.summary());
                summary.getStyleClass().add("template-summary");
                summary.setWrapText(true);
                summary.setMaxWidth(520);
                VBox box = new VBox(2, title, summary);
                box.setPadding(new Insets(4, 2, 4, 2));
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Create");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !ok.isDisabled()) {
                ok.fire();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
