package io.meridian.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Design;
import io.meridian.model.UncertainInput;
import java.util.List;
import java.util.Map;

/**
 * Point-valued designs of a design with ranges: its file tree with each uncertain input set to a plain number and
 * read back by the {@link DesignReader}, so that every field's validation applies to a sampled value as it does to a
 * typed one. Thread-safe: the tree is copied for each design.
 */
public final class PointDesigns {
    private final ObjectNode tree;
    private final List<UncertainInput> inputs;
    private final DesignReader reader;
    private final String source;

    /** Regions naming a {@code "catalog"} entry are resolved against {@code catalog}, as when the design was read. */
    public PointDesigns(Design design, RegionCatalog catalog) {
        this.tree = DesignWriter.tree(design);
        // The writer drops a range whose field was edited since it was read (the edit wins); so does this.
        this.inputs = design.uncertainties().inputs().stream().filter(i -> {
            ObjectNode parent = JsonPaths.parentOf(tree, i.path());
            return parent != null && parent.get(JsonPaths.lastField(i.path())) instanceof ObjectNode;
        }).toList();
        this.reader = new DesignReader(catalog);
        this.source = design.name();
    }

    /** The design's ranges that still stand where they were read (in the design's order). */
    public List<UncertainInput> inputs() {
        return inputs;
    }

    /**
     * The design with the inputs in {@code values} (by path) at those values and every other at its point value;
     * it has no ranges.
     *
     * @throws DesignFormatException when a value breaks the field's rules, or a rule tying it to another field
     */
    public Design at(Map<String, Double> values) {
        for (String path : values.keySet()) {
            if (inputs.stream().noneMatch(i -> i.path().equals(path))) {
                throw new IllegalArgumentException("no uncertain input at " + path);
            }
        }
        return reader.read(source, RangeEnds.pointTree(tree, inputs, values));
    }
}
