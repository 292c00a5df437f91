package io.meridian.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Meridian file holds: a named baseline topology, its alternatives, and the layout beside them; and the
 * ranges the file gave some numeric inputs ({@link Uncertainties}: the topology holds their point values).
 */
public record Design(String name, String description, Topology topology, List<Alternative> alternatives,
                     Layout layout, Uncertainties uncertainties, DesignSpace space) {
    public static final String SCHEMA = "meridian/1";

    public Design {
        name = Checks.text(name).isBlank() ? "Untitled design" : name;
        description = Checks.text(description);
        Checks.present(topology, "topology");
        alternatives = List.copyOf(alternatives);
        Checks.unique(alternatives.stream().map(Alternative::id).toList(), "alternatives");
        for (int i = 0; i < alternatives.size(); i++) {
            if (isReserved(alternatives.get(i).id())) {
                throw new ModelException("alternatives[" + i + "].id", RESERVED_ID);
            }
        }
        layout = layout == null ? Layout.EMPTY : layout;
        uncertainties = uncertainties == null ? Uncertainties.NONE : uncertainties;
        // Kept to what the topology has, so that no edit fails on it; a file's or a caller's space is checked
        // strictly where it is given (the reader, withSpace).
        space = space == null ? DesignSpace.NONE : space.keptIn(topology);
    }

    /** A design with no search space declared. */
    public Design(String name, String description, Topology topology, List<Alternative> alternatives, Layout layout,
                  Uncertainties uncertainties) {
        this(name, description, topology, alternatives, layout, uncertainties, DesignSpace.NONE);
    }

    /** A point-valued design (no ranges). */
    public Design(String name, String description, Topology topology, List<Alternative> alternatives, Layout layout) {
        this(name, description, topology, alternatives, layout, Uncertainties.NONE);
    }

    public static Design of(String name, Topology topology) {
        return new Design(name, "", topology, List.of(), Layout.EMPTY);
    }

    public Design withTopology(Topology value) {
        return new Design(name, description, value, alternatives, layout, uncertainties, space);
    }

    public Design withLayout(Layout value) {
        return new Design(name, description, topology, alternatives, value, uncertainties, space);
    }

    /** The same design with this search space; its ids must name the baseline's elements (else ModelException). */
    public Design withSpace(DesignSpace value) {
        if (value != null) {
            value.check(topology);
        }
        return new Design(name, description, topology, alternatives, layout, uncertainties, value);
    }

    /** The same design with these ranges (the topology must already hold their point values). */
    public Design withUncertainties(Uncertainties value) {
        return new Design(name, description, topology, alternatives, layout, value, space);
    }

    public Design withName(String value) {
        return new Design(value, description, topology, alternatives, layout, uncertainties, space);
    }

    public Design withDescription(String value) {
        return new Design(name, value, topology, alternatives, layout, uncertainties, space);
    }

    public Design withAlternatives(List<Alternative> value) {
        return new Design(name, description, topology, value, layout, uncertainties, space);
    }

    public Design withAlternative(Alternative a) {
        return new Design(name, description, topology, Topology.upsert(alternatives, Alternative::id, a), layout,
                uncertainties, space);
    }

    /** Id of the design's own topology among its variants. */
    public static final String BASELINE_ID = "baseline";
    /** Why an alternative cannot take {@link #BASELINE_ID}. */
    public static final String RESERVED_ID = "'baseline' (in any case) is reserved for the design's own topology; give "
            + "the alternative another id";

    /**
     * Whether an alternative may not take this id: 'baseline' in any case, since people (and Excel's sheet names)
     * would not tell 'BASELINE' from the baseline.
     */
    public static boolean isReserved(String id) {
        return BASELINE_ID.equalsIgnoreCase(id);
    }

    public Optional<Alternative> alternative(String id) {
        return alternatives.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The baseline first (id "baseline"), then each alternative: what side-by-side comparison iterates. */
    public List<Alternative> variants() {
        List<Alternative> all = new ArrayList<>();
        all.add(new Alternative(BASELINE_ID, name, description, topology));
        all.addAll(alternatives);
        return all;
    }
}
