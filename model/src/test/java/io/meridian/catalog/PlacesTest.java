package io.meridian.catalog;

import io.meridian.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacesTest {
    private final RegionCatalog catalog = RegionCatalog.builtin();

    @Test
    void catalogueIdGivesTheEntry() {
        Place p = Places.parse(" aws:us-east-1 ", catalog);
        assertThat(p.isCatalogEntry()).isTrue();
        assertThat(p.entry()).isSameAs(catalog.require("aws:us-east-1"));
        assertThat(p.label()).isEqualTo("US East (N. Virginia)");
        assertThat(p.location()).isEqualTo(new GeoPoint(39.0458, -77.4874));
        assertThat(p.catalogId()).contains("aws:us-east-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            51.5,-0.12        | 51.5  | -0.12  | 51.5, -0.12
            51.5, -0.12       | 51.5  | -0.12  | 51.5, -0.12
            '  -33.87 ,151.21 ' | -33.87 | 151.21 | -33.87, 151.21
            90,180            | 90    | 180    | 90, 180
            +1.0,-0.50        | 1     | -0.5   | 1, -0.5
            """)
    void coordinatesGiveAPlaceWithoutEntry(String text, double lat, double lon, String label) {
        Place p = Places.parse(text, catalog);
        assertThat(p.entry()).isNull();
        assertThat(p.isCatalogEntry()).isFalse();
        assertThat(p.catalogId()).isEmpty();
        assertThat(p.location().lat()).isEqualTo(lat);
        assertThat(p.location().lon()).isEqualTo(lon);
        assertThat(p.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91,0           | place '91,0': latitude must be in [-90, 90], got 91.0
            -90.5,0        | place '-90.5,0': latitude must be in [-90, 90], got -90.5
            10,-181        | place '10,-181': longitude must be in [-180, 180], got -181.0
            51.5,abc       | place '51.5,abc': longitude 'abc' is not a number
            north,0        | place 'north,0': latitude 'north' is not a number
            51.5,          | place '51.5,': longitude is missing
            1,2,3          | place '1,2,3': expected 'lat,lon' (two numbers), got 3 values
            51.5           | place '51.5': a single number; expected a catalogue id such as aws:us-east-1 or coordinates 'lat,lon' such as 51.5,-0.12
            aws:us-east-9  | unknown place 'aws:us-east-9' (did you mean aws:us-east-1?)
            azure:westeurop | unknown place 'azure:westeurop' (did you mean azure:westeurope?)
            """)
    void badTextGivesOneClearLine(String text, String message) {
        assertThatThrownBy(() -> Places.parse(text, catalog))
                .isInstanceOf(CatalogException.class)
                .hasMessage(message);
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> Places.parse("  ", catalog))
                .hasMessage("place: empty; expected a catalogue id such as aws:us-east-1 or coordinates "
                        + "'lat,lon' such as 51.5,-0.12");
        assertThatThrownBy(() -> Places.parse(null, catalog)).isInstanceOf(CatalogException.class);
    }

    @Test
    void placeFactories() {
        Place at = Place.at(new GeoPoint(1.5, 2));
        assertThat(at.label()).isEqualTo("1.5, 2.0");
        assertThat(Place.of(catalog.require("gcp:europe-west1")).label()).isEqualTo("Belgium");
    }
}
