package io.meridian.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of a topology's elements that also finds one by id in constant time. The engines look
 * elements up by id in their inner loops (a component per pool, per event, per population); a linear scan there
 * made a 1,000-region, 10,000-component design spend three quarters of its evaluation in {@code Topology.find}.
 * The index is built on the first lookup, so topologies made and dropped during editing never pay for it.
 * Equal to any list with the same elements, as {@link List} requires.
 */
final class IdList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final Function<T, String> id;
    private volatile Map<String, T> index;
    /** Per grouping function (by identity): the elements with each key, in list order. */
    private final Map<Function<T, String>, Map<String, List<T>>> groups = new java.util.concurrent.ConcurrentHashMap<>();

    private IdList(List<T> items, Function<T, String> id) {
        this.items = items;
        this.id = id;
    }

    /** An immutable copy of {@code list} (which must hold unique ids), keyed by {@code id}. */
    static <T> List<T> of(List<T> list, Function<T, String> id) {
        if (list instanceof IdList<T> already && already.id == id) {
            return already;
        }
        return new IdList<>(List.copyOf(list), id);
    }

    /** The element with this id in {@code list}: by the index when it is an {@link IdList}, else by a scan. */
    static <T> Optional<T> find(List<T> list, Function<T, String> id, String wanted) {
        if (list instanceof IdList<T> indexed && indexed.id == id) {
            return Optional.ofNullable(indexed.index().get(wanted));
        }
        for (T e : list) {
            if (id.apply(e).equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The elements of {@code list} whose {@code key} is {@code value}, in list order: by an index built on first
     * use when it is an {@link IdList} (the engines ask for a component's outgoing links per dataset and event).
     */
    static <T> List<T> withKey(List<T> list, Function<T, String> key, String value) {
        if (list instanceof IdList<T> indexed) {
            return indexed.groups.computeIfAbsent(key, k -> {
                Map<String, List<T>> built = new HashMap<>();
                for (T e : indexed.items) {
                    built.computeIfAbsent(k.apply(e), x -> new java.util.ArrayList<>()).add(e);
                }
                built.replaceAll((x, l) -> List.copyOf(l));
                return built;
            }).getOrDefault(value, List.of());
        }
        return list.stream().filter(e -> key.apply(e).equals(value)).toList();
    }

    private Map<String, T> index() {
        Map<String, T> built = index;
        if (built == null) {
            built = new HashMap<>(items.size() * 2);
            for (T e : items) {
                built.putIfAbsent(id.apply(e), e); // the first, as a scan would find (ids are unique anyway)
            }
            index = built; // a race builds the same map twice: harmless
        }
        return built;
    }

    @Override
    public T get(int i) {
        return items.get(i);
    }

    @Override
    public int size() {
        return items.size();
    }
}
