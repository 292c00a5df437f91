package io.meridian.cli;

import java.util.List;

/** Input the CLI refuses; each line names the file, the place in it and the problem. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    BadInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
