package io.meridian.io.iac;

import io.meridian.model.Provider;
import java.util.OptionalDouble;

/**
 * List prices for imported components, by provider and catalogue item ({@code m5.large}, {@code alb}). The caller
 * passes the price catalogue in (the design-file layer does not reach the cost engine's packages).
 */
@FunctionalInterface
public interface PriceLookup {
    PriceLookup NONE = (provider, item) -> OptionalDouble.empty();

    /** USD per unit of the catalogue item (hour for instances, month for routing items), or empty when unlisted. */
    OptionalDouble price(Provider provider, String item);
}
