package io.meridian.exports;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One report to write in an export: which format, where, and how the user named it, so an error can say which
 * output failed in the user's own words ("--pdf" on the command line, "PDF report" in the app).
 *
 * @param target the user's path (never the temporary file's)
 * @param label  the option or field that named it
 */
public record ReportOutput(Format format, Path target, String label) {
    public ReportOutput {
        if (format == null || target == null) {
            throw new IllegalArgumentException("a report output needs a format and a target");
        }
        label = label == null || label.isBlank() ? format.extension : label;
    }

    /** The two report formats. */
    public enum Format {
        XLSX(".xlsx"), PDF(".pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** Whether the file name ends in this format's extension, in any case. */
        public boolean matches(Path file) {
            return file.getFileName() != null
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
        }
    }
}
