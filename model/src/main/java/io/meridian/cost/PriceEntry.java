package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;

/**
 * One list price of the catalogue.
 *
 * @param item  the provider's product name in lower case ({@code m5.large}, {@code object-storage}); unique per provider
 * @param price USD per {@code unit}
 * @param note  what exactly is priced (size, tier, first volume band); may be empty
 */
public record PriceEntry(Provider provider, PriceCategory category, String item, PriceUnit unit, double price,
                         String note) {
    public PriceEntry {
        Checks.present(provider, "provider");
        Checks.present(category, "category");
        if (item == null || !item.matches("[a-z0-9][a-z0-9_.\\-]*")) {
            throw new ModelException("item", "'" + item + "' is not a valid item (lower-case letters, digits, '.', '-', '_')");
        }
        Checks.present(unit, "unit");
        Checks.nonNegative(price, "price");
        note = Checks.text(note);
    }

    /** {@code aws:m5.large}: the lookup key, unique across the catalogue. */
    public String key() {
        return keyOf(provider, item);
    }

    static String keyOf(Provider provider, String item) {
        return provider.id() + ":" + item;
    }
}
