package io.meridian.app.export;

import io.meridian.model.Design;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** File → Export: asks which reports to write and where; the answer is checked before the dialog closes. */
public final class ExportDialog {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private ExportDialog() {
    }

    /**
     * @param folder where the reports go by default (beside the design file, or the last export's folder)
     */
    public static Optional<ExportRequest> show(Window owner, Design design, Path folder) {
        FXMLLoader loader = new FXMLLoader(ExportDialog.class.getResource("export-dialog.fxml"));
        Parent form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the export dialog cannot be loaded", e);
        }
        ExportForm controller = loader.getController();
        String base = fileName(design.name());
        int variants = design.variants().size();
        controller.fill("Decision reports of “" + design.name() + "”"
                        + (variants > 1 ? ", its " + variants + " variants compared side by side." : "."),
                folder.resolve(base + ".xlsx"), folder.resolve(base + ".pdf"));

        Dialog<ExportRequest> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export report");
        dialog.setHeaderText("Export the decision report");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        }
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.disableProperty().bind(controller.incomplete());
        ExportRequest[] checked = new ExportRequest[1];
        // Checked on the press, so a wrong folder is reported in the dialog and the user can fix it there.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<ExportRequest> request = controller.request();
            if (request.isEmpty()) {
                e.consume();
            } else {
                checked[0] = request.get();
            }
        });
        dialog.setResultConverter(b -> b == EXPORT ? checked[0] : null);
        return dialog.showAndWait();
    }

    /** A file name from a design name: letters, digits, dots, dashes and underscores. */
    static String fileName(String designName) {
        String name = designName.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "meridian-report" : name;
    }
}
