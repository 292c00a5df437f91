package io.meridian.availability;

import java.util.Arrays;

/**
 * One thread's memo of judged states by their 64-bit hash: open addressing over primitive keys, so the lookup done
 * at every event of the simulated years allocates nothing. Grows at half full.
 */
final class JudgedStates<V> {
    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int at = spread(key) & mask; used[at]; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return (V) values[at];
            }
        }
        return null;
    }

    void put(long key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int at = spread(key) & mask;
        while (used[at] && keys[at] != key) {
            at = (at + 1) & mask;
        }
        if (!used[at]) {
            size++;
        }
        used[at] = true;
        keys[at] = key;
        values[at] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldUsed[k]) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[k];
                put(oldKeys[k], v);
            }
        }
        Arrays.fill(oldValues, null);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
