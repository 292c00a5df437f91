package io.meridian.app.inspect;

import io.meridian.model.Design;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The form of several selected elements: the fields every one of them has (same key, label and kind of field;
 * ids and coordinates left out, as a shared value would be meaningless there). Elements of different kinds share
 * only their name: a region's availability and an instance's are different things under one label. A field shows its value when all
 * agree and stays empty ("mixed") when they differ; applying a value sets it on each element in turn, each
 * through its own field built on the design as the previous one left it, so every element is validated by its
 * own rules and the whole change is one undoable step.
 */
final class SharedFields {
    /** Fields that name one element's place or identity: never edited for several at once. */
    private static final Set<String> OWN = Set.of("id", "catalog", "lat", "lon", "from", "to", "kind");

    private SharedFields() {
    }

    static PropertyForms.Form of(Design d, List<String> ids) {
        List<PropertyForms.Form> forms = new ArrayList<>();
        for (String id : ids) {
            forms.add(PropertyForms.of(d, id));
        }
        Set<String> kinds = new LinkedHashSet<>();
        forms.forEach(f -> kinds.add(f.title().split(" · ")[0]));
        String title = ids.size() + " " + (kinds.size() == 1 ? plural(kinds.iterator().next()) : "elements")
                + " · common fields";
        List<Field> out = new ArrayList<>();
        for (Field first : forms.get(0).fields()) {
            if (OWN.contains(first.key()) || !first.editable() || kinds.size() > 1 && !first.key().equals("name")) {
                continue;
            }
            boolean everywhere = true;
            boolean same = true;
            for (PropertyForms.Form f : forms) {
                Field other = field(f, first.key());
                everywhere &= other != null && other.type() == first.type() && other.label().equals(first.label())
                        && other.choices().equals(first.choices());
                same &= everywhere && other.value().equals(first.value());
            }
            if (everywhere) {
                out.add(shared(d, ids, first, same));
            }
        }
        return new PropertyForms.Form(title, out);
    }

    private static Field shared(Design d, List<String> ids, Field first, boolean same) {
        String key = first.key();
        Field f = new Field(key, first.label(), same ? first.value() : "", first.type(), first.choices(), first.help(),
                v -> {
                    Design now = d;
                    for (String id : ids) {
                        Field own = field(PropertyForms.of(now, id), key);
                        if (!own.value().equals(v)) {
                            now = own.apply().apply(v);
                        }
                    }
                    return now;
                }, first.shown(), same ? first.prompt() : "mixed");
        return f;
    }

    private static Field field(PropertyForms.Form form, String key) {
        return form.fields().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "Users" -> "user populations";
            case "Residency zone" -> "residency zones";
            case "Global routing" -> "routing layers";
            default -> kind.toLowerCase(java.util.Locale.ROOT) + (kind.endsWith("s") ? "es" : "s");
        };
    }
}
