package io.meridian.model;

import java.util.List;
import java.util.stream.Collectors;

/** A topology broke referential rules (dangling or duplicate ids); carries every problem found. */
public final class InvalidTopologyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidTopologyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
