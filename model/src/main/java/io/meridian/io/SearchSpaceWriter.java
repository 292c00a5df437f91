package io.meridian.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.DesignSpace;
import io.meridian.model.EnumIds;

/** Writes "search" as {@link SearchSpaceReader} reads it; only what was declared. */
final class SearchSpaceWriter {
    private SearchSpaceWriter() {
    }

    static void write(ObjectNode o, DesignSpace space) {
        if (space.spares() != null) {
            o.put("spares", space.spares());
        }
        if (!space.instanceTypes().isEmpty()) {
            ArrayNode types = o.putArray("instanceTypes");
            for (DesignSpace.InstanceTypes t : space.instanceTypes()) {
                ObjectNode each = types.addObject();
                each.put("component", t.component());
                ArrayNode options = each.putArray("options");
                for (DesignSpace.InstanceType option : t.options()) {
                    ObjectNode x = options.addObject();
                    x.put("item", option.item());
                    x.put("capacityPerInstanceRps", option.capacityPerInstanceRps());
                    if (option.hourlyPrice() != null) {
                        x.put("hourlyPrice", option.hourlyPrice());
                    }
                }
            }
        }
        if (!space.replication().isEmpty()) {
            ArrayNode modes = o.putArray("replication");
            for (DesignSpace.ReplicationModes m : space.replication()) {
                ObjectNode each = modes.addObject();
                each.put("link", m.link());
                m.modes().forEach(x -> each.withArray("modes").add(EnumIds.id(x)));
            }
        }
        if (!space.writeStrategies().isEmpty()) {
            ArrayNode strategies = o.putArray("writeStrategies");
            for (DesignSpace.WriteStrategies w : space.writeStrategies()) {
                ObjectNode each = strategies.addObject();
                each.put("dataset", w.dataset());
                w.strategies().forEach(x -> each.withArray("strategies").add(EnumIds.id(x)));
            }
        }
        if (!space.routing().isEmpty()) {
            space.routing().forEach(k -> o.withArray("routing").add(EnumIds.id(k)));
        }
        if (!space.optionalRegions().isEmpty()) {
            space.optionalRegions().forEach(r -> o.withArray("optionalRegions").add(r));
        }
    }
}
