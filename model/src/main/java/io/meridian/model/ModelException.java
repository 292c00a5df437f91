package io.meridian.model;

/**
 * A model invariant was broken. {@code field} names the offending field (e.g. {@code availability},
 * {@code components[api].region}) so that readers can turn it into a JSON path.
 */
public final class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    public ModelException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
