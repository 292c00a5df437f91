package io.meridian.io.iac;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.cost.PriceUnit;
import io.meridian.model.ComponentKind;
import io.meridian.model.Design;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** The fixtures beside these tests and the built-in catalogues the importer is given. */
final class ImportFixtures {
    private ImportFixtures() {
    }

    /** The built-in price catalogue, hourly and monthly items alike, as the CLI passes it. */
    static final PriceLookup PRICES = (provider, item) -> PriceCatalog.builtin().find(provider, item)
            .filter(e -> e.unit() == PriceUnit.HOUR || e.unit() == PriceUnit.MONTH)
            .map(e -> OptionalDouble.of(e.price())).orElse(OptionalDouble.empty());

    static Path fixture(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static IacImporter.Result terraform(String name) throws Exception {
        return IacImporter.terraform(fixture(name), RegionCatalog.builtin(), PRICES);
    }

    static long count(Design d, ComponentKind kind) {
        return d.topology().components().stream().filter(c -> c.kind() == kind).count();
    }
}
