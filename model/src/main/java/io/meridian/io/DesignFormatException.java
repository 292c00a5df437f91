package io.meridian.io;

import java.util.List;

/**
 * A design file could not be read. Carries every problem found in one pass; each renders as one line
 * naming the file, the JSON path (or line and column) and what is wrong.
 */
public final class DesignFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public DesignFormatException(List<FileProblem> problems) {
        super(String.join("\n", problems.stream().map(FileProblem::render).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** One rendered line per problem, in the order found (file order, then cross-reference checks). */
    public List<String> lines() {
        return problems.stream().map(FileProblem::render).toList();
    }
}
