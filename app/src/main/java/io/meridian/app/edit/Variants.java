package io.meridian.app.edit;

import io.meridian.model.Alternative;
import io.meridian.model.Design;
import java.util.Locale;
import java.util.Optional;

/**
 * The design seen through one of its variants: the editor works on a design whose topology is the variant's, and
 * the change is written back into that variant. Pure functions over immutable designs.
 */
public final class Variants {
    private Variants() {
    }

    /** The design with the variant's topology in place of the baseline's; the design itself for the baseline. */
    public static Design view(Design d, String variantId) {
        return d.alternative(variantId).map(a -> d.withTopology(a.topology())).orElse(d);
    }

    /** Writes an edit made on {@link #view} back into the whole design (names and layout changes included). */
    public static Design writeBack(Design before, String variantId, Design editedView) {
        Optional<Alternative> alt = before.alternative(variantId);
        if (alt.isEmpty()) {
            return editedView;
        }
        Alternative a = alt.get();
        // The view's search space was kept to the alternative's elements; the baseline's is the document's.
        return editedView.withTopology(before.topology()).withSpace(before.space())
                .withAlternative(new Alternative(a.id(), a.name(), a.description(), editedView.topology()));
    }

    /** An alternative id from a name, unused in the design: "Three regions" → "three-regions" (or "-2", …). */
    public static String freshId(Design d, String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() || base.equals(Design.BASELINE_ID) ? "alternative" : base;
        String id = base;
        for (int n = 2; d.alternative(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public static Design without(Design d, String alternativeId) {
        return d.withAlternatives(d.alternatives().stream().filter(a -> !a.id().equals(alternativeId)).toList());
    }

    /** "Baseline", or the alternative's name. */
    public static String name(Design d, String variantId) {
        if (Design.BASELINE_ID.equals(variantId)) {
            return "Baseline";
        }
        return d.alternative(variantId).map(Alternative::name).orElse(variantId);
    }
}
