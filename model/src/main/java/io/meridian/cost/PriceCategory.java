package io.meridian.cost;

import io.meridian.model.ComponentKind;
import io.meridian.model.EnumIds;
import java.util.Optional;

/** The shelf a catalogue price sits on; most correspond to a component kind so a palette can offer them. */
public enum PriceCategory {
    COMPUTE(ComponentKind.SERVICE),
    DATABASE(ComponentKind.DATABASE),
    CACHE(ComponentKind.CACHE),
    QUEUE(ComponentKind.QUEUE),
    STORAGE(ComponentKind.OBJECT_STORE),
    LOAD_BALANCER(ComponentKind.LOAD_BALANCER),
    ROUTING(null),
    TRANSFER(null);

    private final ComponentKind kind;

    PriceCategory(ComponentKind kind) {
        this.kind = kind;
    }

    /** The component kind these prices are for; empty for routing and transfer, which are not components. */
    public Optional<ComponentKind> componentKind() {
        return Optional.ofNullable(kind);
    }

    /** The CSV spelling, e.g. {@code load-balancer}. */
    public String id() {
        return EnumIds.id(this);
    }

    public static PriceCategory fromId(String id) {
        return EnumIds.parse(PriceCategory.class, id, "category");
    }
}
