package io.meridian.model;

/**
 * One numeric field of a design file that was given a range.
 *
 * @param path  JSON path of the field ({@code $.regions[0].availability}); its value in the model is the range's
 *              point value
 * @param label what a person calls it ({@code US East (N. Virginia) · availability}, or the range's own label)
 * @param range the range as written
 */
public record UncertainInput(String path, String label, InputRange range) {
    public UncertainInput {
        Checks.present(path, "path");
        if (!path.startsWith("$.")) {
            throw new ModelException("path", "must be a JSON path starting '$.', got '" + path + "'");
        }
        Checks.present(range, "range");
        label = Checks.text(label).isBlank() ? path : label;
    }

    /** The field's name: the path's last segment ({@code availability}). */
    public String field() {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
