package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.DesignTooLargeException;
import io.meridian.evaluation.EvaluationLimits;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.meridian.risk.RiskReport;
import io.meridian.uncertainty.UncertaintyReport;

/**
 * The decision reports of a design: an Excel workbook and a PDF, both from the same evaluation, so the app
 * (File → Export) and the command line ({@code meridian export}) produce the same content. Headless: no AWT
 * window is ever opened. All outputs of one export are written to temporary siblings, then renamed into place.
 */
public final class Reports {
    static {
        // POI and PDFBox log through log4j-api; without a backend it prints a warning on stderr of every CLI run.
        // Its own simple logger (errors only) is enough unless the application chose a logging backend.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /**
     * Regions of the largest variant the reports are written for. Both list every region pair (latency matrices)
     * and every region in each region's failure (capacity), so they grow as regions²: measured at {@code -Xmx1g},
     * 150 regions peak at 95 MB of heap after GC, 200 at 878 MB, 300 run out of memory inside POI
     * (docs/benchmarks.md). Beyond it the design is refused before any work.
     */
    public static final int MAX_REGIONS = 150;

    private Reports() {
    }

    /** Refuses, before any evaluation, a design whose reports would not fit: see {@link #MAX_REGIONS}. */
    public static void checkSize(Design design) {
        for (int k = 0; k < design.variants().size(); k++) {
            int regions = design.variants().get(k).topology().regions().size();
            if (regions > MAX_REGIONS) {
                throw new DesignTooLargeException((k == 0 ? "$" : "$.alternatives[" + (k - 1) + "]") + ".regions",
                        String.format(Locale.ROOT, "too large to export: %,d regions (at most %,d): the reports "
                                + "list every pair of regions; 'meridian evaluate' takes up to %,d, or split the "
                                + "design", regions, MAX_REGIONS, EvaluationLimits.MAX_REGIONS));
            }
        }
    }

    /** Writes the workbook to {@code target}, replacing it only once the whole file is written. */
    public static void writeXlsx(Design design, DesignEvaluation evaluation, Path target) throws IOException {
        write(design, evaluation, List.of(new ReportOutput(ReportOutput.Format.XLSX, target, "workbook")));
    }

    /** Writes the PDF to {@code target}, replacing it only once the whole file is written. */
    public static void writePdf(Design design, DesignEvaluation evaluation, Path target) throws IOException {
        write(design, evaluation, List.of(new ReportOutput(ReportOutput.Format.PDF, target, "PDF")));
    }

    /**
     * Writes every output or none (see {@link ExportTransaction}): all are rendered to temporary files beside
     * their targets first, then renamed in the order given. Stale temporary files of earlier, killed exports in
     * the target folders are removed first.
     *
     * @throws ExportFailedException naming the output that failed and the user's path
     */
    public static void write(Design design, DesignEvaluation evaluation, List<ReportOutput> outputs)
            throws ExportFailedException {
        write(design, evaluation, java.util.Map.of(), outputs);
    }

    /** The same, with each variant's simulated years (by variant id) on a Risk page and sheet. */
    public static void write(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                             List<ReportOutput> outputs) throws ExportFailedException {
        write(design, evaluation, risks, java.util.Map.of(), Provenance.unknown(java.time.Clock.systemUTC()),
                outputs);
    }

    /**
     * The same, with where the reports come from (the design file and its hash, the date; see {@link Provenance})
     * on page 1 and the Summary sheet.
     */
    public static void write(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                             Provenance provenance, List<ReportOutput> outputs) throws ExportFailedException {
        write(design, evaluation, risks, java.util.Map.of(), provenance, outputs);
    }

    /** The same, with what each variant's ranges on its inputs do (by variant id): intervals and tornadoes. */
    public static void write(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                             java.util.Map<String, UncertaintyReport> ranges, List<ReportOutput> outputs)
            throws ExportFailedException {
        write(design, evaluation, risks, ranges, Provenance.unknown(java.time.Clock.systemUTC()), outputs);
    }

    /** Everything: the simulated years, the ranges' analysis and the provenance. */
    public static void write(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                             java.util.Map<String, UncertaintyReport> ranges, Provenance provenance,
                             List<ReportOutput> outputs) throws ExportFailedException {
        checkSize(design);
        ReportContext context = new ReportContext(design, evaluation, risks, ranges, provenance);
        List<ExportTransaction.Step> steps = new ArrayList<>();
        for (ReportOutput output : outputs) {
            steps.add(new ExportTransaction.Step(output, switch (output.format()) {
                case XLSX -> out -> new ExcelReport(context).write(out);
                case PDF -> out -> new PdfReport(context).write(out);
            }));
        }
        ExportTransaction.run(steps);
    }

    /** The workbook, to a stream the caller owns (left open). */
    public static void xlsx(Design design, DesignEvaluation evaluation, OutputStream out) throws IOException {
        new ExcelReport(new ReportContext(design, evaluation)).write(out);
    }

    /** The PDF, to a stream the caller owns (left open). */
    public static void pdf(Design design, DesignEvaluation evaluation, OutputStream out) throws IOException {
        new PdfReport(new ReportContext(design, evaluation)).write(out);
    }

    /** The PDF with the variants' simulated years, to a stream the caller owns (left open). */
    public static void pdf(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                           OutputStream out) throws IOException {
        new PdfReport(new ReportContext(design, evaluation, risks)).write(out);
    }

    /** Both with provenance: the PDF, to a stream the caller owns (left open). */
    public static void pdf(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                           Provenance provenance, OutputStream out) throws IOException {
        new PdfReport(new ReportContext(design, evaluation, risks, provenance)).write(out);
    }

    /** The workbook with provenance, to a stream the caller owns (left open). */
    public static void xlsx(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                            Provenance provenance, OutputStream out) throws IOException {
        new ExcelReport(new ReportContext(design, evaluation, risks, provenance)).write(out);
    }

    /** The workbook with the variants' simulated years, to a stream the caller owns (left open). */
    public static void xlsx(Design design, DesignEvaluation evaluation, java.util.Map<String, RiskReport> risks,
                            OutputStream out) throws IOException {
        new ExcelReport(new ReportContext(design, evaluation, risks)).write(out);
    }
}
