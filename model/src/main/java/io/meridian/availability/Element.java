package io.meridian.availability;

/**
 * One element the engine can make perfect or fail on its own: a provider, a region, the routing layer, or a pool
 * (component). {@code index} points into the structure's list of that kind.
 */
record Element(ElementKind kind, int index, String id, String description) {
    boolean is(ElementKind k, int i) {
        return kind == k && index == i;
    }

    /** True when {@code perfect} names this provider, region or pool. */
    static boolean perfect(Element perfect, ElementKind k, int i) {
        return perfect != null && perfect.is(k, i);
    }
}
