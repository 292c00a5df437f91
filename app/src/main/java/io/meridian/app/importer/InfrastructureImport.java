package io.meridian.app.importer;

import io.meridian.app.MainViewModel;
import io.meridian.app.log.ErrorLog;
import io.meridian.app.log.ErrorText;
import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.cost.PriceUnit;
import io.meridian.io.iac.CloudFormationReader;
import io.meridian.io.iac.IacImporter;
import io.meridian.io.iac.ImportException;
import io.meridian.io.iac.ImportSummary;
import io.meridian.io.iac.PriceLookup;
import io.meridian.io.iac.Reimport;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Import infrastructure: a Terraform plan or state ({@code terraform show -json}) or a CloudFormation
 * template, read off the FX thread, then a preview of what was mapped and what was not, and the choice to open it as
 * a new design or to update the open one (keeping its users, objectives, layout and alternatives), as
 * {@code meridian import} does.
 */
public final class InfrastructureImport {
    static final ButtonType OPEN = new ButtonType("Open as a new design", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType UPDATE = new ButtonType("Update this design", ButtonBar.ButtonData.OTHER);

    private final MainViewModel model;
    private final Supplier<Window> owner;
    private final BooleanSupplier confirmDiscard;

    /** @param confirmDiscard asks to save unsaved work before the open design is replaced; false: keep it */
    public InfrastructureImport(MainViewModel model, Supplier<Window> owner, BooleanSupplier confirmDiscard) {
        this.model = model;
        this.owner = owner;
        this.confirmDiscard = confirmDiscard;
    }

    public void ask() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import infrastructure code");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Terraform plan or state JSON (terraform show -json)", "*.json"),
                new FileChooser.ExtensionFilter("CloudFormation template", "*.yaml", "*.yml", "*.json", "*.template"));
        java.io.File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        boolean cloudFormation = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getDescription().startsWith("CloudFormation")
                || file.getName().endsWith(".yaml") || file.getName().endsWith(".yml");
        Optional<String> region = Optional.empty();
        if (cloudFormation) {
            TextInputDialog ask = new TextInputDialog("us-east-1");
            ask.initOwner(owner.get());
            ask.setTitle("CloudFormation stack");
            ask.setHeaderText("Which AWS region is this stack deployed in?");
            ask.setContentText("Region:");
            region = ask.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
            if (region.isEmpty()) {
                return;
            }
        }
        start(file.toPath(), region.orElse(null));
    }

    /** Reads {@code file} (a CloudFormation stack in {@code region} when it is given) and shows the preview. */
    public void start(Path file, String region) {
        Task<IacImporter.Result> task = new Task<>() {
            @Override
            protected IacImporter.Result call() throws IOException {
                RegionCatalog catalog = RegionCatalog.forUser();
                PriceLookup prices = prices();
                return region == null ? IacImporter.terraform(file, catalog, prices) : IacImporter.cloudFormation(
                        List.of(new CloudFormationReader.Stack(file, region)), catalog, prices);
            }
        };
        task.setOnSucceeded(e -> preview(file, task.getValue()));
        task.setOnFailed(e -> failed(file, task.getException()));
        model.say("Importing " + file.getFileName() + "…");
        Thread t = new Thread(task, "meridian-import");
        t.setDaemon(true);
        t.start();
    }

    private void preview(Path file, IacImporter.Result result) {
        ImportSummary s = result.summary();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner.get());
        ask.setTitle("Import infrastructure");
        ask.setHeaderText(String.format(Locale.ROOT, "%s: %d resources mapped to %d regions and %d components; %d "
                        + "not mapped", file.getFileName(), s.mapped().size(), result.design().topology().regions().size(),
                result.design().topology().components().size(), s.skipped().size()));
        TextArea details = new TextArea(summary(s));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(14);
        details.setId("import-summary");
        ask.getDialogPane().setContent(details);
        ask.getDialogPane().setPrefWidth(760);
        ask.getButtonTypes().setAll(OPEN, UPDATE, ButtonType.CANCEL);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == OPEN && confirmDiscard.getAsBoolean()) {
            model.show(result.design());
            model.say("Imported " + file.getFileName() + ": add your users and objectives (Design → Objectives…)");
        } else if (answer == UPDATE) {
            Reimport.Result merged = Reimport.merge(model.documentDesign(), result.design());
            model.document().edit("Re-import " + file.getFileName(), d -> merged.design()).ifPresentOrElse(
                    problem -> model.say("Re-import refused: " + problem),
                    () -> model.say("Re-imported " + file.getFileName() + ": " + (merged.changes().isEmpty()
                            ? "nothing changed" : String.join("; ", merged.changes()))));
        }
    }

    static String summary(ImportSummary s) {
        StringBuilder b = new StringBuilder("Mapped:\n");
        s.mapped().forEach(m -> b.append("  ").append(m.address()).append(" → ").append(m.element()).append('\n'));
        if (!s.skipped().isEmpty()) {
            b.append("\nNot mapped:\n");
            s.skipped().forEach(k -> b.append("  ").append(k.address()).append(" (").append(k.type()).append("): ")
                    .append(k.why()).append('\n'));
        }
        if (!s.notes().isEmpty()) {
            b.append("\nNotes:\n");
            s.notes().forEach(n -> b.append("  ").append(n).append('\n'));
        }
        return b.toString();
    }

    private void failed(Path file, Throwable e) {
        String line;
        if (e instanceof ImportException || e instanceof CloudFormationReader.Unreadable
                || e instanceof IOException) {
            line = e.getMessage();
        } else {
            // Not the file's fault: our defect, with its details kept.
            ErrorLog.internal("Import failed", e);
            line = "the import failed (" + ErrorText.oneLine(e) + "); details in " + ErrorLog.folder();
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, line);
        alert.initOwner(owner.get());
        alert.setTitle("Import infrastructure");
        alert.setHeaderText(file.getFileName() + " could not be imported");
        alert.show();
        model.say("Import of " + file.getFileName() + " refused: " + line);
    }

    private static PriceLookup prices() {
        PriceCatalog catalog;
        try {
            catalog = PriceCatalog.forUser();
        } catch (RuntimeException e) {
            catalog = PriceCatalog.builtin();
        }
        PriceCatalog used = catalog;
        return (provider, item) -> used.find(provider, item)
                .filter(x -> x.unit() == PriceUnit.HOUR || x.unit() == PriceUnit.MONTH)
                .map(x -> OptionalDouble.of(x.price())).orElse(OptionalDouble.empty());
    }
}
