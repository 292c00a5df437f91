package io.meridian.latency;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Texts built from a key (a region id, a commit's formula), one copy per key: the figures that use them number
 * datasets × populations × serving regions, and building and sharing each text afresh per figure was a fifth of the
 * latency engine's time. Bounded: cleared past 10,000 keys (the ids and formulas of the designs a session has seen).
 */
final class DerivedTexts {
    private static final int KEPT = 10_000;
    private final ConcurrentHashMap<String, String[]> byKey = new ConcurrentHashMap<>();
    private final Function<String, String[]> build;

    DerivedTexts(Function<String, String[]> build) {
        this.build = build;
    }

    /** The {@code which}-th text built from {@code key}. */
    String get(String key, int which) {
        String[] known = byKey.get(key);
        if (known == null) {
            if (byKey.size() > KEPT) {
                byKey.clear();
            }
            known = build.apply(key);
            byKey.putIfAbsent(key, known);
        }
        return known[which];
    }
}
