package io.meridian.app.inspect;

import io.meridian.model.Design;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One editable property of the selected element, free of controls: its current value as text, and how a
 * new text becomes a new design. {@code apply} throws (a model or number error) when the text is not
 * acceptable; the inspector shows that message inline and applies nothing.
 *
 * @param choices the allowed values for a choice field (ids); empty for free text
 * @param shown   what a person reads for a choice (an element's name for its id); a value without an entry shows
 *                as it is
 * @param prompt  what an empty text field shows: the default an empty value stands for ("default: 10000"); empty
 *                when the field has no default
 */
public record Field(String key, String label, String value, Type type, List<String> choices, String help,
                    Function<String, Design> apply, Map<String, String> shown, String prompt) {
    /** MULTI: several of the choices, the value their ids comma-separated. */
    public enum Type { TEXT, NUMBER, CHOICE, MULTI, CHECK, READ_ONLY }

    public Field {
        Objects.requireNonNull(key, "key");
        choices = List.copyOf(choices);
        help = help == null ? "" : help;
        shown = Map.copyOf(shown == null ? Map.of() : shown);
        prompt = prompt == null ? "" : prompt;
    }

    public Field(String key, String label, String value, Type type, List<String> choices, String help,
                 Function<String, Design> apply, Map<String, String> shown) {
        this(key, label, value, type, choices, help, apply, shown, "");
    }

    public Field(String key, String label, String value, Type type, List<String> choices, String help,
                 Function<String, Design> apply) {
        this(key, label, value, type, choices, help, apply, Map.of());
    }

    /** The same field, its empty text standing for this default (shown greyed in the empty field). */
    public Field withPrompt(String text) {
        return new Field(key, label, value, type, choices, help, apply, shown, text);
    }

    /** What a person reads for a choice value. */
    public String show(String choice) {
        return shown.getOrDefault(choice, choice);
    }

    public boolean editable() {
        return type != Type.READ_ONLY;
    }
}
