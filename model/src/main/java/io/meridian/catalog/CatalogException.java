package io.meridian.catalog;

/**
 * A catalogue file or a place text could not be understood. The message is always one line, e.g.
 * {@code regions.csv:12: lat: latitude must be in [-90, 90], got 123.0}, so that command-line and
 * status-bar reports can show it as is.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    /** A problem not tied to a file line (an unknown id, a bad place text). */
    public CatalogException(String problem) {
        this(null, 0, null, problem, null);
    }

    private CatalogException(String source, int line, String field, String problem, Throwable cause) {
        super(format(source, line, field, problem), cause);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** A problem at {@code source:line} in column {@code field}. */
    public static CatalogException at(String source, int line, String field, String problem) {
        return new CatalogException(source, line, field, problem, null);
    }

    /** A problem with a whole file, such as an I/O error. */
    public static CatalogException file(String source, String problem, Throwable cause) {
        return new CatalogException(source, 0, null, problem, cause);
    }

    private static String format(String source, int line, String field, String problem) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source).append(line > 0 ? ":" + line : "").append(": ");
        }
        if (field != null) {
            text.append(field).append(": ");
        }
        // One line, whatever the cause's message held.
        return text.append(problem.replaceAll("\\s*\\R\\s*", " ")).toString();
    }

    /** The file name, or null when the problem is not in a file. */
    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when not tied to a line. */
    public int line() {
        return line;
    }

    /** The CSV column at fault, or null. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
