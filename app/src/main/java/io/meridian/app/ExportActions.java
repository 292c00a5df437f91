package io.meridian.app;

import io.meridian.app.log.ErrorLog;
import io.meridian.app.export.ExportDialog;
import io.meridian.app.export.ExportJob;
import io.meridian.app.export.ExportRequest;
import io.meridian.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * File → Export: the dialog, then the reports written off the FX thread with progress in the status bar. The
 * whole design is exported (every variant), whichever variant is on show.
 */
final class ExportActions {
    private final MainViewModel model;
    private final Supplier<Window> owner;
    private final Consumer<String> failed;
    private Path lastFolder;

    ExportActions(MainViewModel model, Supplier<Window> owner, Consumer<String> failed) {
        this.model = model;
        this.owner = owner;
        this.failed = failed;
    }

    void export() {
        if (model.work().isRunning()) {
            model.say("An export is running; wait for it to finish");
            return;
        }
        Design design = model.documentDesign();
        ExportDialog.show(owner.get(), design, folder()).ifPresent(request -> start(design, request));
    }

    /** Starts writing the reports; false when another export is still running. */
    boolean start(Design design, ExportRequest request) {
        lastFolder = request.targets().get(0).toAbsolutePath().getParent();
        return model.work().start(new ExportJob(design, request).designFile(model.document().fileProperty().get()),
                this::exported,
                e -> {
                    model.say("Export failed");
                    if (e instanceof java.io.IOException
                            || e instanceof io.meridian.evaluation.DesignTooLargeException) {
                        ErrorLog.problem("Export failed: " + ExportJob.describe(e));
                    } else {
                        ErrorLog.internal("Export failed", e); // not the disk or the path: our defect
                    }
                    failed.accept(ExportJob.describe(e));
                });
    }

    private void exported(List<Path> files) {
        String names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" and "));
        model.say("Exported " + names + " to " + files.get(0).toAbsolutePath().getParent());
    }

    /** Beside the design file, else where the last export went, else the home folder. */
    private Path folder() {
        Path file = model.document().fileProperty().get();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
    }
}
