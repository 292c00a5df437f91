package io.meridian.io;

import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import java.util.List;

/** A few catalogue entries, so the io tests do not depend on the shipped catalogue's exact values. */
final class TestCatalog {
    static final RegionCatalog CATALOG = new RegionCatalog(List.of(
            new CatalogEntry("aws:us-east-1", Provider.AWS, "us-east-1", "US East (N. Virginia)", "US",
                    new GeoPoint(38.9, -77.4), "US", 0.9995, 6),
            new CatalogEntry("aws:us-west-2", Provider.AWS, "us-west-2", "US West (Oregon)", "US",
                    new GeoPoint(45.8, -119.7), "US", 0.9995, 4),
            new CatalogEntry("aws:eu-west-1", Provider.AWS, "eu-west-1", "Europe (Ireland)", "IE",
                    new GeoPoint(53.3, -6.3), "EU", 0.9995, 3)));

    private TestCatalog() {
    }
}
