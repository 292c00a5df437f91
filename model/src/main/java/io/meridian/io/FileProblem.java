package io.meridian.io;

/**
 * One thing wrong with a design file, located well enough for a person to fix it.
 *
 * @param source  the file name shown to the user ({@code design.json})
 * @param line    1-based line for syntax errors, 0 when the problem is located by path instead
 * @param column  1-based column for syntax errors, 0 otherwise
 * @param path    JSON path of the offending value ({@code $.components[3].region}), or "" for whole-file problems
 */
public record FileProblem(String source, int line, int column, String path, String message) {
    /** Longest message kept: a hostile file's megabyte-long id must not become a megabyte-long line. */
    static final int MAX_MESSAGE_CHARS = 300;

    public FileProblem {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
        source = oneLine(source == null ? "" : source);
        path = oneLine(path == null ? "" : path);
        message = oneLine(message);
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
        }
    }

    /** Values quoted from the file may hold line breaks; a problem is always one line. */
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    static FileProblem at(String source, String path, String message) {
        return new FileProblem(source, 0, 0, path, message);
    }

    static FileProblem whole(String source, String message) {
        return new FileProblem(source, 0, 0, "", message);
    }

    /** "design.json: $.components[3].region: no region with id 'use9'" or "design.json:4:17: malformed JSON: …". */
    public String render() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        if (!path.isEmpty()) {
            s.append(": ").append(path);
        }
        return s.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
