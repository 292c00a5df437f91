package io.meridian.model;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One copy of each text the figures repeat (names, units, formulas, input names): a 300-region evaluation makes
 * 1.5 million figures from a few hundred thousand distinct texts, and one copy of each halves its peak heap. Held
 * weakly, so a text no figure uses any more is collected (an app session evaluates many designs); a map rather
 * than {@link String#intern()}, which costs a call into the VM per string (a fifth of a 30-region evaluation).
 */
final class Texts {
    private static final Map<String, WeakReference<String>> ONE_COPY = new WeakHashMap<>();

    private Texts() {
    }

    static String shared(String text) {
        synchronized (ONE_COPY) {
            WeakReference<String> ref = ONE_COPY.get(text);
            String known = ref == null ? null : ref.get();
            if (known != null) {
                return known;
            }
            ONE_COPY.put(text, new WeakReference<>(text));
            return text;
        }
    }
}
