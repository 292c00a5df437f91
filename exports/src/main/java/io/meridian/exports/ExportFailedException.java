package io.meridian.exports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output that could not be written, in one line that names it as the user did and gives the user's path, never
 * the temporary file's: {@code --pdf review.pdf: cannot write: disk full (No space left on device)}.
 */
public final class ExportFailedException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final Pattern TEMP_NAME = Pattern.compile("[^\\s:'\"]*\\.meridian-\\d+-[0-9a-f]+\\.tmp");
    private final transient ReportOutput output;
    private final String reason;

    ExportFailedException(ReportOutput output, String reason, Throwable cause) {
        super(output.label() + " " + output.target() + ": " + reason, cause);
        this.output = output;
        this.reason = reason;
    }

    /** A diagram (not a report) that could not be written; {@link #output()} is then null. */
    ExportFailedException(String label, Path target, String reason, Throwable cause) {
        super(label + " " + target + ": " + reason, cause);
        this.output = null;
        this.reason = reason;
    }

    /** The report that failed, or null for a diagram. */
    public ReportOutput output() {
        return output;
    }

    /** What went wrong, without the output's name: "cannot write: disk full (No space left on device)". */
    public String reason() {
        return reason;
    }

    /**
     * Why writing {@code temp} (or renaming it onto the target) failed, in words about the user's file: a full disk
     * or quota, a read-only file system, a permission, a missing folder, else the system's message with the
     * temporary path replaced by the target's.
     */
    static String describe(IOException e, Path temp, Path target) {
        String message = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String text = message == null ? "" : message;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "cannot write: disk full (" + text.strip() + ")";
        }
        if (lower.contains("quota exceeded")) {
            return "cannot write: disk quota exceeded (" + text.strip() + ")";
        }
        if (lower.contains("read-only file system")) {
            return "cannot write: read-only file system";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return "cannot write: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot write: no such folder " + target.toAbsolutePath().getParent();
        }
        if (text.isBlank()) {
            text = e.getClass().getSimpleName();
        }
        if (temp != null) {
            text = text.replace(temp.toString(), target.toString());
        }
        // Any other temporary file of ours the system's message names (a path or a bare name) reads as the target.
        text = TEMP_NAME.matcher(text).replaceAll(Matcher.quoteReplacement(target.toString()));
        return "cannot write: " + text.lines().findFirst().orElse(text);
    }
}
