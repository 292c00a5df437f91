package io.meridian.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A figure's inputs: an immutable map that keeps its order, held as two arrays. An evaluation of a large design
 * makes millions of figures; as unmodifiable linked hash maps of boxed doubles their inputs took about 300 MB of a
 * 300-region design's 800, as arrays a third of that. Equal to any map with the same entries.
 */
final class FigureInputs extends AbstractMap<String, Double> {
    static final FigureInputs EMPTY = new FigureInputs(new String[0], new double[0]);

    private final String[] keys;
    private final double[] values;

    private FigureInputs(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** A copy of {@code inputs} in its iteration order (its keys are unique, as a map's are). */
    static FigureInputs of(Map<String, Double> inputs) {
        if (inputs instanceof FigureInputs already) {
            return already;
        }
        if (inputs.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[inputs.size()];
        double[] values = new double[keys.length];
        int i = 0;
        for (Map.Entry<String, Double> e : inputs.entrySet()) {
            keys[i] = Texts.shared(java.util.Objects.requireNonNull(e.getKey(), "input name"));
            values[i++] = java.util.Objects.requireNonNull(e.getValue(), "input value");
        }
        return new FigureInputs(keys, values);
    }

    /**
     * Inputs given as parallel arrays, names unique (the caller builds them for this figure and hands them over: no
     * copy). Avoids the map a figure would otherwise be built from and copied out of, on the paths that make tens
     * of thousands of figures per evaluation.
     */
    static FigureInputs of(String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("input names and values differ in length");
        }
        if (names.length == 0) {
            return EMPTY;
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = Texts.shared(java.util.Objects.requireNonNull(names[i], "input name"));
            for (int j = 0; j < i; j++) {
                if (names[j].equals(names[i])) {
                    throw new IllegalArgumentException("input '" + names[i] + "' is given twice");
                }
            }
        }
        return new FigureInputs(names, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
