package io.meridian.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.latency.Geodesy;
import io.meridian.model.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Catalogue points stand at the data-centre campuses, not the city a region is named after (issue 11; sources in
 * the catalogue README). Each expected point is the town the cited source names, from its public coordinates.
 */
class DataCentrePlacementTest {
    private final RegionCatalog catalog = RegionCatalog.builtin();

    private double kmFrom(String id, double lat, double lon) {
        return Geodesy.distanceKm(catalog.require(id).location(), new GeoPoint(lat, lon));
    }

    @Test
    void azureEastUsIsTheNorthernVirginiaCampusNotRichmond() {
        // Microsoft's Northern Virginia data centres are in Ashburn, Leesburg, Sterling (Loudoun County) and Manassas
        // (Prince William): the point is their centroid, 7 km from Ashburn (39.0438, -77.4874), 6 km from Sterling
        // (39.0062, -77.4286), 16 km from Leesburg (39.1157, -77.5636) and 25 km from Manassas (38.7509, -77.4753).
        assertThat(kmFrom("azure:eastus", 39.0438, -77.4874)).isLessThan(10);
        assertThat(kmFrom("azure:eastus", 39.0062, -77.4286)).isLessThan(10);
        assertThat(kmFrom("azure:eastus", 39.1157, -77.5636)).isLessThan(20);
        assertThat(kmFrom("azure:eastus", 38.7509, -77.4753)).isLessThan(30);
        // The same cluster as AWS us-east-1 and GCP us-east4, so a population near one is near all three.
        assertThat(Geodesy.distanceKm(catalog.require("azure:eastus").location(),
                catalog.require("aws:us-east-1").location())).isLessThan(10);
        // East US 2 is the Boydton campus in Mecklenburg County (36.6677, -78.3875), 260 km south.
        assertThat(kmFrom("azure:eastus2", 36.6677, -78.3875)).isLessThan(5);
    }

    @Test
    void awsOregonIsAlongTheColumbiaNotPortland() {
        // Port of Morrow, Boardman (45.84, -119.70); Portland (45.5152, -122.6784) is about 230 km west.
        assertThat(kmFrom("aws:us-west-2", 45.84, -119.70)).isLessThan(10);
        assertThat(kmFrom("aws:us-west-2", 45.5152, -122.6784)).isGreaterThan(200);
    }

    @Test
    void awsStockholmIsInMalardalen() {
        // Västerås (59.61, 16.55), Eskilstuna (59.37, 16.51), Katrineholm (59.00, 16.21): the point is within 40 km
        // of each, and about 90 km west of central Stockholm.
        assertThat(kmFrom("aws:eu-north-1", 59.61, 16.55)).isLessThan(40);
        assertThat(kmFrom("aws:eu-north-1", 59.37, 16.51)).isLessThan(5);
        assertThat(kmFrom("aws:eu-north-1", 59.00, 16.21)).isLessThan(50);
    }

    @Test
    void googleRegionsStandAtTheirPublishedTowns() {
        assertThat(kmFrom("gcp:us-central1", 41.2619, -95.8608)).isLessThan(5); // Council Bluffs, Iowa
        assertThat(kmFrom("gcp:europe-west4", 53.4385, 6.8336)).isLessThan(5); // Eemshaven
        assertThat(kmFrom("gcp:europe-west1", 50.4704, 3.8649)).isLessThan(5); // St. Ghislain
        assertThat(kmFrom("gcp:southamerica-east1", -23.5325, -46.7917)).isLessThan(5); // Osasco
    }
}
