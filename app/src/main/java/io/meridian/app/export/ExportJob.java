package io.meridian.app.export;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.exports.ExportFailedException;
import io.meridian.exports.Reports;
import io.meridian.latency.MeasuredRtts;
import io.meridian.model.Design;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.concurrent.Task;

/**
 * Evaluates every variant of the design and writes the chosen reports, off the FX thread. It calls the same
 * {@link Reports} API with the same price catalogue and measured RTTs as {@code meridian export}, so the app and the command line
 * write the same content, and the same all-or-nothing transaction: both files are replaced or neither.
 */
public final class ExportJob extends Task<List<Path>> {
    private final Design design;
    private final ExportRequest request;
    private final Supplier<PriceCatalog> prices;
    private final Supplier<MeasuredRtts> measured;
    /** The design's file, named on page 1 of the reports; null when it has none yet. */
    private java.nio.file.Path designFile;

    /** With the user's prices and measured RTTs, as {@code meridian export} reads them. */
    public ExportJob(Design design, ExportRequest request) {
        this(design, request, PriceCatalog::forUser, () -> MeasuredRtts.forUser(RegionCatalog.forUser()));
    }

    /** With the given prices and no measured RTTs. */
    ExportJob(Design design, ExportRequest request, Supplier<PriceCatalog> prices) {
        this(design, request, prices, MeasuredRtts::none);
    }

    ExportJob(Design design, ExportRequest request, Supplier<PriceCatalog> prices, Supplier<MeasuredRtts> measured) {
        this.design = design;
        this.request = request;
        this.prices = prices;
        this.measured = measured;
    }

    /** The file the design was opened from or saved to, for the reports' provenance (null: none). */
    public ExportJob designFile(java.nio.file.Path file) {
        this.designFile = file;
        return this;
    }

    public ExportRequest request() {
        return request;
    }

    @Override
    protected List<Path> call() throws Exception {
        int steps = 3;
        int done = 0;
        updateProgress(done, steps);
        updateMessage("Export: evaluating " + design.variants().size() + " variant"
                + (design.variants().size() == 1 ? "" : "s") + "…");
        Reports.checkSize(design); // before the evaluation, which can take a while at that size
        DesignEvaluation evaluation = Evaluator.evaluate(design, prices.get(), measured.get());
        updateProgress(++done, steps);
        updateMessage("Export: simulating operating years for the Risk page…");
        java.util.Map<String, io.meridian.risk.RiskReport> risks = java.util.Map.of(Design.BASELINE_ID,
                io.meridian.risk.RiskEngine.evaluate(design.topology(), evaluation.baseline(),
                        io.meridian.risk.RiskSettings.DEFAULTS));
        java.util.Map<String, io.meridian.uncertainty.UncertaintyReport> ranges = java.util.Map.of();
        if (!design.uncertainties().isEmpty()) {
            updateMessage("Export: sampling the ranges on the inputs…");
            ranges = java.util.Map.of(Design.BASELINE_ID, io.meridian.uncertainty.UncertaintyEngine.evaluate(design,
                    Design.BASELINE_ID, io.meridian.uncertainty.UncertaintySettings.DEFAULTS, RegionCatalog.forUser(),
                    prices.get()));
        }
        updateProgress(++done, steps);
        updateMessage("Export: writing " + request.targets().stream().map(p -> String.valueOf(p.getFileName()))
                .collect(Collectors.joining(" and ")) + "…");
        // The design as exported (it may hold edits not yet saved), hashed as Meridian writes it; the file by name.
        io.meridian.exports.Provenance provenance = io.meridian.exports.Provenance.ofDesign(
                designFile == null ? null : designFile.getFileName().toString(), design, java.time.Clock.systemUTC());
        Reports.write(design, evaluation, risks, ranges, provenance, request.outputs());
        updateProgress(steps, steps);
        return request.targets();
    }

    /** One line for a failed export: what could not be done and why, never a stack trace. */
    public static String describe(Throwable e) {
        if (e instanceof ExportFailedException failed) {
            return failed.getMessage();
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be written");
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        return message.lines().findFirst().orElse(message);
    }
}
