package io.meridian.model;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One copy of each text the figures repeat (names, units, formulas, input names): a 300-region evaluation makes
 * 1.5 million figures from a few hundred thousand distinct texts, and one copy of each halves its peak heap. Held
 * weakly, so a text no figure uses any more is collected (an app session evaluates many designs); a map rather
 * than {@link String#intern()}, which costs a call into the VM per string (a fifth of a 30-region evaluation).
 *
 * <p>In front of the weak map, a small direct-mapped table of recent texts answers most asks without its lock
 * (the two engine lanes ask at once) or its bookkeeping: on a 30-region design the weak map alone was a third of the
 * latency engine's time. It holds at most {@link #RECENT} texts strongly, a megabyte or two.
 */
final class Texts {
    static final int RECENT = 1 << 14;
    private static final Map<String, WeakReference<String>> ONE_COPY = new WeakHashMap<>();
    private static final AtomicReferenceArray<String> RECENT_TEXTS = new AtomicReferenceArray<>(RECENT);

    private Texts() {
    }

    static String shared(String text) {
        int h = text.hashCode();
        int slot = (h ^ (h >>> 16)) & (RECENT - 1);
        String recent = RECENT_TEXTS.getPlain(slot);
        if (recent != null && (recent == text || recent.equals(text))) {
            return recent;
        }
        String known;
        synchronized (ONE_COPY) {
            WeakReference<String> ref = ONE_COPY.get(text);
            known = ref == null ? null : ref.get();
            if (known == null) {
                ONE_COPY.put(text, new WeakReference<>(text));
                known = text;
            }
        }
        RECENT_TEXTS.setPlain(slot, known);
        return known;
    }
}
