package io.meridian.app.inspect;

import io.meridian.model.Design;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One editable property of the selected element, free of controls: its current value as text, and how a
 * new text becomes a new design. {@code apply} throws (a model or number error) when the text is not
 * acceptable; the inspector shows that message inline and applies nothing.
 *
 * @param choices the allowed values for a choice field; empty for free text
 */
public record Field(String key, String label, String value, Type type, List<String> choices, String help,
                    Function<String, Design> apply) {
    public enum Type { TEXT, NUMBER, CHOICE, CHECK, READ_ONLY }

    public Field {
        Objects.requireNonNull(key, "key");
        choices = List.copyOf(choices);
        help = help == null ? "" : help;
    }

    public boolean editable() {
        return type != Type.READ_ONLY;
    }
}
