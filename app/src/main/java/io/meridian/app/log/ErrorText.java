package io.meridian.app.log;

import java.util.HashSet;
import java.util.Set;

/** Turns whatever the engine threw into one line a person can read: never a stack trace, never several lines. */
public final class ErrorText {
    /** Longer messages are cut: the line sits in a banner above the results. */
    public static final int MAX_LENGTH = 240;

    private ErrorText() {
    }

    /**
     * The first non-blank message along the cause chain (wrappers often carry the useful sentence, causes the
     * rest), its first line, whitespace collapsed; the exception's simple name when nothing says more.
     */
    public static String oneLine(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        Throwable last = thrown;
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            last = t;
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                return shorten(message.strip().lines().findFirst().orElse("").replaceAll("\\s+", " "));
            }
        }
        return last.getClass().getSimpleName();
    }

    private static String shorten(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
