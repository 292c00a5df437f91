package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The decision reports of a design: an Excel workbook and a PDF, both from the same evaluation, so the app
 * (File → Export) and the command line ({@code meridian export}) produce the same content. Headless: no AWT
 * window is ever opened. Files are written to a temporary sibling and renamed into place.
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

    private Reports() {
    }

    /** Writes the workbook to {@code target}, replacing it only once the whole file is written. */
    public static void writeXlsx(Design design, DesignEvaluation evaluation, Path target) throws IOException {
        AtomicFiles.write(target, out -> xlsx(design, evaluation, out));
    }

    /** Writes the PDF to {@code target}, replacing it only once the whole file is written. */
    public static void writePdf(Design design, DesignEvaluation evaluation, Path target) throws IOException {
        AtomicFiles.write(target, out -> pdf(design, evaluation, out));
    }

    /** The workbook, to a stream the caller owns (left open). */
    public static void xlsx(Design design, DesignEvaluation evaluation, OutputStream out) throws IOException {
        new ExcelReport(new ReportContext(design, evaluation)).write(out);
    }

    /** The PDF, to a stream the caller owns (left open). */
    public static void pdf(Design design, DesignEvaluation evaluation, OutputStream out) throws IOException {
        new PdfReport(new ReportContext(design, evaluation)).write(out);
    }
}
