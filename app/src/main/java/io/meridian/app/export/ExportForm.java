package io.meridian.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Controller of export-dialog.fxml: two chosen targets with their paths, checked when the user presses Export. */
public final class ExportForm {
    @FXML
    private Label summary;
    @FXML
    private CheckBox xlsxChosen;
    @FXML
    private TextField xlsxPath;
    @FXML
    private Button xlsxBrowse;
    @FXML
    private CheckBox pdfChosen;
    @FXML
    private TextField pdfPath;
    @FXML
    private Button pdfBrowse;
    @FXML
    private Label problem;

    @FXML
    private void initialize() {
        xlsxPath.disableProperty().bind(xlsxChosen.selectedProperty().not());
        xlsxBrowse.disableProperty().bind(xlsxChosen.selectedProperty().not());
        pdfPath.disableProperty().bind(pdfChosen.selectedProperty().not());
        pdfBrowse.disableProperty().bind(pdfChosen.selectedProperty().not());
    }

    void fill(String what, Path xlsx, Path pdf) {
        summary.setText(what);
        xlsxPath.setText(xlsx.toString());
        pdfPath.setText(pdf.toString());
    }

    /** True while there is nothing to export: neither report chosen, or a chosen one without a file name. */
    BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> !(xlsxChosen.isSelected() || pdfChosen.isSelected())
                        || (xlsxChosen.isSelected() && xlsxPath.getText().isBlank())
                        || (pdfChosen.isSelected() && pdfPath.getText().isBlank()),
                xlsxChosen.selectedProperty(), pdfChosen.selectedProperty(), xlsxPath.textProperty(),
                pdfPath.textProperty());
    }

    /** The request as filled in (extensions added), or empty with the problems shown under the form. */
    Optional<ExportRequest> request() {
        Path xlsx = xlsxChosen.isSelected() ? path(xlsxPath, ".xlsx") : null;
        Path pdf = pdfChosen.isSelected() ? path(pdfPath, ".pdf") : null;
        if (xlsx == null && pdf == null) {
            show(List.of("Choose the Excel workbook, the PDF report or both"));
            return Optional.empty();
        }
        ExportRequest request = new ExportRequest(xlsx, pdf);
        List<String> problems = request.problems();
        show(problems);
        return problems.isEmpty() ? Optional.of(request) : Optional.empty();
    }

    private Path path(TextField field, String extension) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ExportRequest.withExtension(Path.of(text), extension);
        } catch (java.nio.file.InvalidPathException e) {
            show(List.of(text + ": not a valid file name"));
            return null;
        }
    }

    private void show(List<String> problems) {
        problem.setText(String.join("\n", problems));
        problem.setVisible(!problems.isEmpty());
        problem.setManaged(!problems.isEmpty());
        // The dialog grows to show the problem lines instead of pushing its buttons out of sight.
        if (problem.getScene() != null && problem.getScene().getWindow() != null) {
            problem.getScene().getWindow().sizeToScene();
        }
    }

    @FXML
    private void browseXlsx() {
        browse(xlsxPath, "Excel workbook (*.xlsx)", "*.xlsx");
    }

    @FXML
    private void browsePdf() {
        browse(pdfPath, "PDF report (*.pdf)", "*.pdf");
    }

    private void browse(TextField field, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        try {
            Path now = Path.of(field.getText().strip()).toAbsolutePath();
            if (now.getParent() != null && now.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(now.getParent().toFile());
            }
            chooser.setInitialFileName(now.getFileName().toString());
        } catch (java.nio.file.InvalidPathException e) {
            // An unreadable entry: the chooser starts from its own default.
        }
        File chosen = chooser.showSaveDialog(field.getScene().getWindow());
        if (chosen != null) {
            field.setText(chosen.getPath());
        }
    }
}
