package io.meridian.model;

/**
 * One thing wrong with a design, located by a JSON path relative to the design root
 * (e.g. {@code components[3].region}).
 */
public record Problem(String path, String message) {
    public Problem {
        Checks.present(path, "path");
        Checks.present(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
