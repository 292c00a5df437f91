package io.meridian.evaluation;

/**
 * A valid design beyond {@link EvaluationLimits}: refused before any work, with the JSON path of the list that is
 * too long ({@code $.regions}, {@code $.alternatives[0].components}) and why. It is about the user's design, not a
 * defect, so callers tell it like bad input: the command line names the file (exit 2), the app shows the line.
 */
public final class DesignTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    public DesignTooLargeException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** JSON path of the list beyond its limit. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
