package io.meridian.catalog;

import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCsvTest {
    private static final String HEADER = "provider,code,name,city,country,lat,lon,jurisdiction,availability,zones\n";
    private static final String GOOD = "aws,us-east-1,US East (N. Virginia),Ashburn,United States,39.0458,-77.4874,US,0.9995,6\n";

    private static RegionCatalog load(String text) {
        return RegionCatalog.load(new StringReader(text), "regions.csv");
    }

    @Test
    void readsRowsSkippingCommentsAndBlankLines() {
        RegionCatalog c = load("# comment\n\n" + HEADER + "  # indented comment\n" + GOOD
                + "onprem,fra-dc1,Frankfurt DC 1,Frankfurt,Germany, 50.11 , 8.68 ,eu,,\n");
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("aws:us-east-1", "onprem:fra-dc1");
        CatalogEntry dc = c.require("onprem:fra-dc1");
        assertThat(dc.provider()).isEqualTo(Provider.ONPREM);
        assertThat(dc.location()).isEqualTo(new GeoPoint(50.11, 8.68));
        assertThat(dc.jurisdiction()).isEqualTo("EU");
        assertThat(dc.availability()).isEqualTo(RegionCatalog.DEFAULT_AVAILABILITY);
        assertThat(dc.zones()).isZero();
    }

    @Test
    void blankNameFallsBackToTheCodeAndBomIsIgnored() {
        RegionCatalog c = load("\uFEFF" + HEADER + "other,lab,,,,0,0,,0.99,1\n");
        CatalogEntry lab = c.require("other:lab");
        assertThat(lab.name()).isEqualTo("lab");
        assertThat(lab.jurisdiction()).isEmpty();
        assertThat(lab.availability()).isEqualTo(0.99);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            aws,x,X,C,US,123,0,US,0.9995,3        | regions.csv:3: lat: latitude must be in [-90, 90], got 123.0
            aws,x,X,C,US,0,181,US,0.9995,3        | regions.csv:3: lon: longitude must be in [-180, 180], got 181.0
            aws,x,X,C,US,north,0,US,0.9995,3      | regions.csv:3: lat: latitude 'north' is not a number
            aws,x,X,C,US,,0,US,0.9995,3           | regions.csv:3: lat: latitude is required
            aws,x,X,C,US,0,0,US,0.9995            | regions.csv:3: line: expected 10 fields (provider,code,name,city,country,lat,lon,jurisdiction,availability,zones), got 9
            aws,x,X,C,US,0,0,US,0.9995,3,extra    | regions.csv:3: line: expected 10 fields (provider,code,name,city,country,lat,lon,jurisdiction,availability,zones), got 11
            ibm,x,X,C,US,0,0,US,0.9995,3          | regions.csv:3: provider: unknown provider 'ibm' (expected aws, gcp, azure, onprem, other)
            ,x,X,C,US,0,0,US,0.9995,3             | regions.csv:3: provider: is required (aws, gcp, azure, onprem, other)
            aws,,X,C,US,0,0,US,0.9995,3           | regions.csv:3: code: is required
            aws,US East,X,C,US,0,0,US,0.9995,3    | regions.csv:3: code: 'US East' is not a valid code (lower-case letters, digits, '-', '_', '.')
            aws,x,X,C,US,0,0,U S,0.9995,3         | regions.csv:3: jurisdiction: 'U S' is not a jurisdiction code (letters, digits, '-'; e.g. EU, APAC-SG)
            aws,x,X,C,US,0,0,US,1.5,3             | regions.csv:3: availability: availability must be in (0, 1], got 1.5
            aws,x,X,C,US,0,0,US,0,3               | regions.csv:3: availability: availability must be in (0, 1], got 0.0
            aws,x,X,C,US,0,0,US,99.95%,3          | regions.csv:3: availability: availability '99.95%' is not a number
            aws,x,X,C,US,0,0,US,0.9995,-1         | regions.csv:3: zones: zones must be a whole number >= 0, got '-1'
            aws,x,X,C,US,0,0,US,0.9995,2.5        | regions.csv:3: zones: zones must be a whole number >= 0, got '2.5'
            aws,x,X,C,US,0,0,US,0.9995,101        | regions.csv:3: zones: zones 101 is more than the maximum 100
            aws,x,X,C,US,0,0,US,1e-7,3            | regions.csv:3: availability: 1.0E-7 is less than the minimum 1.0E-6
            aws,us-east-1,X,C,US,0,0,US,0.9995,3  | regions.csv:3: code: duplicate id 'aws:us-east-1' (first on line 2)
            """)
    void malformedLineGivesOneLineMessage(String row, String message) {
        assertThatThrownBy(() -> load(HEADER + GOOD + row + "\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((CatalogException) e).line()).isEqualTo(3));
    }

    @Test
    void lineNumbersCountCommentsAndBlankLines() {
        assertThatThrownBy(() -> load("# one\n" + HEADER + "\n# four\n" + GOOD + "aws,y,Y,C,US,-91,0,US,0.9995,3\n"))
                .hasMessage("regions.csv:6: lat: latitude must be in [-90, 90], got -91.0")
                .satisfies(e -> {
                    CatalogException c = (CatalogException) e;
                    assertThat(c.source()).isEqualTo("regions.csv");
                    assertThat(c.field()).isEqualTo("lat");
                    assertThat(c.problem()).isEqualTo("latitude must be in [-90, 90], got -91.0");
                });
    }

    @Test
    void quotedFieldsAreRejected() {
        assertThatThrownBy(() -> load(HEADER + "gcp,us-central1,Iowa,\"Council Bluffs, IA\",US,41.26,-95.86,US,,\n"))
                .hasMessage("regions.csv:2: line: quoted fields are not supported (fields may not contain commas or quotes)");
    }

    @Test
    void headerIsRequiredAndChecked() {
        assertThatThrownBy(() -> load("provider,region_id,city,country,lat,lon\n"))
                .hasMessage("regions.csv:1: header: expected 'provider,code,name,city,country,lat,lon,jurisdiction,"
                        + "availability,zones', got 'provider,region_id,city,country,lat,lon'");
        assertThatThrownBy(() -> load("# only a comment\n"))
                .hasMessage("regions.csv: no header line; expected 'provider,code,name,city,country,lat,lon,"
                        + "jurisdiction,availability,zones'");
    }

    @Test
    void headerOnlyIsAnEmptyCatalogue() {
        assertThat(load(HEADER).entries()).isEmpty();
    }
}
