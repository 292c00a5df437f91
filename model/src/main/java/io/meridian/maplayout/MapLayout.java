package io.meridian.maplayout;

import java.util.List;
import java.util.Optional;

/**
 * The placed labels of one view: the level of detail chosen, one placement per label, and the items that got no
 * label because there was no free room even at the least detail (their markers still show; say so on hover).
 */
public record MapLayout(Detail detail, List<Placement> placements, List<String> hidden) {
    public MapLayout {
        placements = List.copyOf(placements);
        hidden = List.copyOf(hidden);
    }

    public Optional<Placement> of(String id) {
        return placements.stream().filter(p -> p.ids().contains(id)).findFirst();
    }
}
