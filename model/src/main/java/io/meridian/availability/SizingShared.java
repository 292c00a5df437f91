package io.meridian.availability;

import io.meridian.model.ComponentSpec;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the availability engine works out once for every sizing of one structure: the design search evaluates
 * hundreds of sizings of each, and a spare changes one tier of one region. Shared: the structure's failure domains
 * ({@link FailureStructure.Skeleton}), the exact engine's layout, its compiled sums (by what they were compiled from),
 * each region's capacity blocks (by what they read of the region) and what each failure event's occurrence costs (by
 * what it reads, {@link OccurrenceKeys}). Held by the evaluation context
 * ({@link io.meridian.latency.EvaluationContext#structural}); each value is a pure function of its key, so which
 * sizing worked it out first never shows in a figure. Bounded: emptied when full.
 */
final class SizingShared {
    /**
     * Capacity blocks kept: a structure's regions × the loads its slices give them (about 1,000 at 30 regions), with
     * room for the few a sizing adds. Small arrays each.
     */
    static final int MAX_SERVED = 4_096;
    private final ConcurrentHashMap<ServedKey, CapacityBlocks.Served> served = new ConcurrentHashMap<>();
    /** False only in tests: every ask is worked out afresh, the oracle for what remembering must not change. */
    private final boolean remember;
    private volatile FailureStructure.Skeleton skeleton;
    /** A value worked out from the structure's population needs, with those needs (the skeleton's own list). */
    private record ForNeeds<T>(List<PopulationNeed> needs, T value) {
    }

    private volatile ForNeeds<EnumerationLayout> layout;
    private volatile ForNeeds<PopulationFigures.StructureTexts> texts;
    /** Compiled elimination sums, by what they were compiled over ({@link ContentKey}). */
    private final ConcurrentHashMap<ContentKey, Object> compiled = new ConcurrentHashMap<>();
    /**
     * Compiled sums kept (about 110 at 30 regions, 15 KB each): bounded so that the 64 structures the search keeps
     * hold tens of megabytes, not gigabytes.
     */
    static final int MAX_COMPILED = 256;
    /** Asks answered from what another sizing worked out (tests check that sharing happens). */
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();

    SizingShared() {
        this(true);
    }

    SizingShared(boolean remember) {
        this.remember = remember;
    }

    /** False for one evaluation on its own: then nothing is looked up or kept. */
    boolean remembers() {
        return remember;
    }

    long hits() {
        return hits.sum();
    }

    /** The structure's failure domains as the first sizing worked them out, or null before it. */
    FailureStructure.Skeleton skeleton() {
        FailureStructure.Skeleton known = skeleton;
        if (known != null) {
            hits.increment();
        }
        return known;
    }

    /** Keeps the first skeleton offered (two sizings may work it out at once; theirs are equal). */
    synchronized void offer(FailureStructure.Skeleton built) {
        if (skeleton == null && remember) {
            skeleton = built;
        }
    }

    /**
     * Everything {@link CapacityBlocks#of} reads of one region beyond the structure: its pools (instances, k,
     * instance availability, zone redundancy), the specs of its pools and loaded tiers, the tiers' served fractions,
     * its zones in use and its load.
     */
    record ServedKey(int region, long loadBits, int zones, List<Pool> pools, List<ComponentSpec> specs,
                     List<String> tierIds, double[] servedFractions) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ServedKey k && region == k.region && loadBits == k.loadBits && zones == k.zones
                    && pools.equals(k.pools) && specs.equals(k.specs) && tierIds.equals(k.tierIds)
                    && java.util.Arrays.equals(servedFractions, k.servedFractions);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(region, loadBits, zones, pools, specs, tierIds)
                    + 31 * java.util.Arrays.hashCode(servedFractions);
        }

        @Override
        public String toString() {
            return "ServedKey[region " + region + "]";
        }
    }

    /** The exact engine's layout of these populations' needs (coupled regions, groups), worked out once. */
    EnumerationLayout layout(List<PopulationNeed> needs, Supplier<EnumerationLayout> work) {
        ForNeeds<EnumerationLayout> kept = forNeeds(layout, needs, work);
        layout = kept;
        return kept.value();
    }

    /** The texts the population figures spell the structure with, worked out once. */
    PopulationFigures.StructureTexts texts(List<PopulationNeed> needs,
                                           Supplier<PopulationFigures.StructureTexts> work) {
        ForNeeds<PopulationFigures.StructureTexts> kept = forNeeds(texts, needs, work);
        texts = kept;
        return kept.value();
    }

    /** The known value when it was worked out for these very needs (and remembering), else the work's. */
    private <T> ForNeeds<T> forNeeds(ForNeeds<T> known, List<PopulationNeed> needs, Supplier<T> work) {
        if (remember && known != null && known.needs() == needs) {
            hits.increment();
            return known;
        }
        return new ForNeeds<>(remember ? needs : null, work.get());
    }

    /**
     * Sums compiled over the domains and tables the key spells out (a population's or group's coupled regions and
     * the states each may take): the same numbers whichever sizing compiled them.
     */
    @SuppressWarnings("unchecked")
    <T> T compiled(ContentKey key, Supplier<T> work) {
        return (T) remembered(compiled, key, MAX_COMPILED, work::get);
    }

    /** The value kept for the key, else the work's (kept unless nothing is remembered; the map emptied when full). */
    private <K, V> V remembered(ConcurrentHashMap<K, V> map, K key, int max, Supplier<V> work) {
        if (!remember) {
            return work.get();
        }
        V known = map.get(key);
        if (known != null) {
            hits.increment();
            return known;
        }
        V value = work.get();
        if (map.size() >= max) {
            map.clear();
        }
        V first = map.putIfAbsent(key, value);
        return first != null ? first : value;
    }

    /** A key by content: what kind of sums, then every number they were compiled from. */
    static final class ContentKey {
        private final long[] content;
        private final int hash;

        ContentKey(long[] content) {
            this.content = content;
            this.hash = java.util.Arrays.hashCode(content);
        }

        /** How many numbers it holds. */
        int size() {
            return content.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContentKey k && hash == k.hash && java.util.Arrays.equals(content, k.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What one occurrence of a failure event costs, by what it reads ({@link OccurrenceKeys}): about 450 events at 30
     * regions, of which a sizing changes the few in the regions it sizes differently. Small sparse arrays each.
     */
    static final int MAX_OCCURRENCES = 8_192;
    private final ConcurrentHashMap<ContentKey, FailoverCharges.Occurrence> occurrences = new ConcurrentHashMap<>();
    /** The inputs every event of a sizing reads, each given a number the first time it is seen. */
    private final ConcurrentHashMap<ContentKey, Long> sizingInputs = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextInputs = new java.util.concurrent.atomic.AtomicLong();

    /** The number of these inputs: equal for equal inputs while they are kept, never reused for others. */
    long sizingInputs(ContentKey inputs) {
        return remembered(sizingInputs, inputs, MAX_OCCURRENCES, nextInputs::getAndIncrement);
    }

    FailoverCharges.Occurrence occurrence(ContentKey key, Supplier<FailoverCharges.Occurrence> work) {
        return remembered(occurrences, key, MAX_OCCURRENCES, work);
    }

    /** The compiled sums an elimination runs (the very object: they are kept by content) and its tables' numbers. */
    record EliminationKey(CompiledSums sums, ContentKey tables) {
        @Override
        public boolean equals(Object o) {
            return o instanceof EliminationKey k && sums == k.sums && tables.equals(k.tables);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(sums) + tables.hashCode();
        }
    }

    /**
     * Eliminations' results ({none serves, writable, writable and none serves, work}) by their inputs: each sizing
     * runs one per group of populations and provider state, and those in which the regions it sizes differently
     * are down (or in the same state) repeat another sizing's. Bounded by the numbers their keys hold (a key holds
     * every coupled region's table: about 150 numbers at 30 regions, 600 at 100), so that the structures the search
     * keeps hold a megabyte each, not tens.
     */
    static final long MAX_ELIMINATION_NUMBERS = 131_072;
    private final ConcurrentHashMap<EliminationKey, double[]> eliminations = new ConcurrentHashMap<>();
    private final AtomicLong eliminationNumbers = new AtomicLong();

    double[] elimination(EliminationKey key, Supplier<double[]> work) {
        if (!remember) {
            return work.get();
        }
        double[] known = eliminations.get(key);
        if (known != null) {
            hits.increment();
            return known;
        }
        double[] value = work.get();
        if (eliminationNumbers.addAndGet(key.tables().size()) > MAX_ELIMINATION_NUMBERS) {
            eliminations.clear();
            eliminationNumbers.set(key.tables().size());
        }
        double[] first = eliminations.putIfAbsent(key, value);
        return first != null ? first : value;
    }

    CapacityBlocks.Served served(ServedKey key, Supplier<CapacityBlocks.Served> work) {
        return remembered(served, key, MAX_SERVED, work);
    }

    /** The numbers a compilation reads, in order, as a {@link ContentKey}. */
    static final class KeyBuilder {
        private long[] values = new long[64];
        private int size;

        KeyBuilder add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            return this;
        }

        ContentKey key() {
            return new ContentKey(java.util.Arrays.copyOf(values, size));
        }

        /** The numbers as the key of what these very sums work out over them. */
        EliminationKey key(CompiledSums sums) {
            return new EliminationKey(sums, key());
        }
    }
}
