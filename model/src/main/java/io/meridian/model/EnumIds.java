package io.meridian.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** File names of enum constants: lower case with '-' for '_' ({@code OBJECT_STORE} is {@code object-store}). */
public final class EnumIds {
    private EnumIds() {
    }

    public static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String id, String field) {
        for (E e : type.getEnumConstants()) {
            if (id(e).equals(id)) {
                return e;
            }
        }
        throw new ModelException(field, "unknown value '" + id + "' (expected " + choices(type) + ")");
    }

    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumIds::id).collect(Collectors.joining(", "));
    }
}
