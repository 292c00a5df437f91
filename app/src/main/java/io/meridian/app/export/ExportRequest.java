package io.meridian.app.export;

import io.meridian.exports.ReportOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which decision reports to write and where: the workbook, the PDF, or both (a null path means "not this one").
 */
public record ExportRequest(Path xlsx, Path pdf) {
    public ExportRequest {
        if (xlsx == null && pdf == null) {
            throw new IllegalArgumentException("choose the Excel workbook, the PDF report or both");
        }
    }

    /** The target with the extension added when the name lacks it ("review" → "review.pdf"). */
    public static Path withExtension(Path target, String extension) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? target : target.resolveSibling(name + extension);
    }

    /** What stops the export, one line each (the same rules as {@code meridian export}); empty when none. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        check(xlsx, "Excel workbook", out);
        check(pdf, "PDF report", out);
        if (xlsx != null && pdf != null && xlsx.toAbsolutePath().equals(pdf.toAbsolutePath())) {
            out.add("The workbook and the PDF cannot be the same file");
        }
        return out;
    }

    private static void check(Path target, String what, List<String> out) {
        if (target == null) {
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            out.add(what + ": no such folder " + dir);
        } else if (Files.isDirectory(target)) {
            out.add(what + ": " + target + " is a folder, not a file");
        } else if (!Files.isWritable(dir)) {
            out.add(what + ": cannot write to the folder " + dir);
        }
    }

    /** The outputs of the export, named as the dialog names them, in the order they are renamed into place. */
    public List<ReportOutput> outputs() {
        List<ReportOutput> out = new ArrayList<>();
        if (xlsx != null) {
            out.add(new ReportOutput(ReportOutput.Format.XLSX, xlsx, "Excel workbook"));
        }
        if (pdf != null) {
            out.add(new ReportOutput(ReportOutput.Format.PDF, pdf, "PDF report"));
        }
        return out;
    }

    /** The files it will write, in order. */
    public List<Path> targets() {
        List<Path> out = new ArrayList<>();
        if (xlsx != null) {
            out.add(xlsx);
        }
        if (pdf != null) {
            out.add(pdf);
        }
        return out;
    }
}
