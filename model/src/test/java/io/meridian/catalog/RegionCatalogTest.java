package io.meridian.catalog;

import io.meridian.model.Defaults;
import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.builtin();

    @Test
    void knownRegionsHaveTheirCoordinatesAndJurisdictions() {
        CatalogEntry use1 = catalog.require("aws:us-east-1");
        assertThat(use1.provider()).isEqualTo(Provider.AWS);
        assertThat(use1.code()).isEqualTo("us-east-1");
        assertThat(use1.name()).isEqualTo("US East (N. Virginia)");
        assertThat(use1.city()).isEqualTo("Ashburn");
        assertThat(use1.country()).isEqualTo("United States");
        assertThat(use1.location()).isEqualTo(new GeoPoint(39.0458, -77.4874));
        assertThat(use1.jurisdiction()).isEqualTo("US");
        assertThat(use1.availability()).isEqualTo(0.9995);
        assertThat(use1.zones()).isEqualTo(6);

        CatalogEntry euw1 = catalog.require("aws:eu-west-1");
        assertThat(euw1.name()).isEqualTo("Europe (Ireland)");
        assertThat(euw1.location()).isEqualTo(new GeoPoint(53.3498, -6.2603));
        assertThat(euw1.jurisdiction()).isEqualTo("EU");

        CatalogEntry belgium = catalog.require("gcp:europe-west1");
        assertThat(belgium.location()).isEqualTo(new GeoPoint(50.4704, 3.8649));
        assertThat(belgium.jurisdiction()).isEqualTo("EU");
        assertThat(belgium.city()).isEqualTo("St. Ghislain");

        CatalogEntry westEurope = catalog.require("azure:westeurope");
        assertThat(westEurope.name()).isEqualTo("West Europe");
        assertThat(westEurope.location()).isEqualTo(new GeoPoint(52.3667, 4.9));
        assertThat(westEurope.jurisdiction()).isEqualTo("EU");
        assertThat(westEurope.country()).isEqualTo("Netherlands");

        assertThat(catalog.require("aws:eu-west-2").jurisdiction()).isEqualTo("UK");
        assertThat(catalog.require("aws:eu-central-2").jurisdiction()).isEqualTo("CH");
        assertThat(catalog.require("aws:ap-southeast-1").jurisdiction()).isEqualTo("APAC-SG");
        assertThat(catalog.require("gcp:asia-northeast1").jurisdiction()).isEqualTo("APAC-JP");
    }

    @Test
    void usEast1ToEuWest1IsAbout5460KmGeodesic() {
        GeoPoint a = catalog.require("aws:us-east-1").location();
        GeoPoint b = catalog.require("aws:eu-west-1").location();
        double km = Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12 / 1000;
        assertThat(km).isCloseTo(5460, within(15.0));
    }

    @Test
    void newerRegionsArePresent() {
        assertThat(List.of("aws:ca-west-1", "aws:mx-central-1", "aws:ap-southeast-4", "aws:ap-southeast-5",
                "aws:ap-southeast-6", "aws:ap-southeast-7", "aws:ap-east-2", "aws:il-central-1", "aws:me-central-1",
                "aws:ap-south-2", "aws:eu-south-2", "aws:eu-central-2",
                "gcp:me-central1", "gcp:me-central2", "gcp:me-west1", "gcp:europe-southwest1", "gcp:europe-west8",
                "gcp:europe-west9", "gcp:europe-west10", "gcp:europe-west12", "gcp:europe-north2", "gcp:us-east5",
                "gcp:us-south1", "gcp:us-west3", "gcp:us-west4", "gcp:northamerica-northeast2",
                "gcp:northamerica-south1", "gcp:southamerica-west1", "gcp:australia-southeast2", "gcp:asia-south2",
                "gcp:asia-southeast2", "gcp:africa-south1",
                "azure:polandcentral", "azure:italynorth", "azure:israelcentral", "azure:qatarcentral",
                "azure:swedencentral", "azure:spaincentral", "azure:mexicocentral", "azure:newzealandnorth"))
                .allSatisfy(id -> assertThat(catalog.find(id)).as(id).isPresent());
        assertThat(catalog.require("aws:mx-central-1").city()).isEqualTo("Querétaro");
        assertThat(catalog.require("gcp:europe-north2").jurisdiction()).isEqualTo("EU");
        assertThat(catalog.require("gcp:me-central2").jurisdiction()).isEqualTo("ME-SA");
    }

    @Test
    void eachProviderHasAFullCatalogue() {
        assertThat(catalog.byProvider(Provider.AWS)).hasSizeGreaterThanOrEqualTo(34);
        assertThat(catalog.byProvider(Provider.GCP)).hasSizeGreaterThanOrEqualTo(42);
        assertThat(catalog.byProvider(Provider.AZURE)).hasSizeGreaterThanOrEqualTo(56);
        assertThat(catalog.byProvider(Provider.ONPREM)).isEmpty();
        assertThat(catalog.byProvider(Provider.GCP)).allSatisfy(e -> assertThat(e.provider()).isEqualTo(Provider.GCP));
    }

    /** Country decides jurisdiction; this catches a row typed with the wrong one. */
    private static final Map<String, String> JURISDICTION_BY_COUNTRY = Map.ofEntries(
            Map.entry("United States", "US"), Map.entry("Canada", "CA"), Map.entry("Mexico", "MX"),
            Map.entry("Brazil", "LATAM-BR"), Map.entry("Chile", "LATAM-CL"),
            Map.entry("Ireland", "EU"), Map.entry("France", "EU"), Map.entry("Germany", "EU"),
            Map.entry("Italy", "EU"), Map.entry("Spain", "EU"), Map.entry("Sweden", "EU"),
            Map.entry("Netherlands", "EU"), Map.entry("Belgium", "EU"), Map.entry("Finland", "EU"),
            Map.entry("Poland", "EU"), Map.entry("United Kingdom", "UK"), Map.entry("Switzerland", "CH"),
            Map.entry("Norway", "NO"), Map.entry("Israel", "ME-IL"), Map.entry("Bahrain", "ME-BH"),
            Map.entry("United Arab Emirates", "ME-AE"), Map.entry("Qatar", "ME-QA"),
            Map.entry("Saudi Arabia", "ME-SA"), Map.entry("South Africa", "AF-ZA"),
            Map.entry("India", "APAC-IN"), Map.entry("Singapore", "APAC-SG"), Map.entry("Japan", "APAC-JP"),
            Map.entry("Australia", "APAC-AU"), Map.entry("New Zealand", "APAC-NZ"),
            Map.entry("South Korea", "APAC-KR"), Map.entry("Hong Kong", "APAC-HK"), Map.entry("Taiwan", "APAC-TW"),
            Map.entry("Indonesia", "APAC-ID"), Map.entry("Malaysia", "APAC-MY"), Map.entry("Thailand", "APAC-TH"));

    @Test
    void everyEntryIsValid() {
        Set<String> ids = new HashSet<>();
        assertThat(catalog.entries()).allSatisfy(e -> {
            assertThat(ids.add(e.id())).as("unique %s", e.id()).isTrue();
            assertThat(e.id()).isEqualTo(e.provider().id() + ":" + e.code());
            assertThat(e.location().lat()).isBetween(-90.0, 90.0);
            assertThat(e.location().lon()).isBetween(-180.0, 180.0);
            assertThat(e.name()).isNotBlank().isNotEqualTo(e.code());
            assertThat(e.city()).isNotBlank();
            assertThat(e.jurisdiction()).as(e.id()).isEqualTo(JURISDICTION_BY_COUNTRY.get(e.country()));
            assertThat(e.availability()).isEqualTo(RegionCatalog.DEFAULT_AVAILABILITY);
            assertThat(e.zones()).isBetween(0, 6);
        });
        assertThat(catalog.size()).isEqualTo(ids.size()).isGreaterThanOrEqualTo(132);
    }

    @Test
    void noTwoRegionsOfOneProviderShareAPointExceptAustraliaCentral() {
        // Copy-paste slips show up as identical coordinates; Canberra's two Azure regions really share a city.
        for (Provider p : List.of(Provider.AWS, Provider.GCP, Provider.AZURE)) {
            Set<GeoPoint> seen = new HashSet<>();
            for (CatalogEntry e : catalog.byProvider(p)) {
                if (!e.id().equals("azure:australiacentral2")) {
                    assertThat(seen.add(e.location())).as(e.id()).isTrue();
                }
            }
        }
    }

    @Test
    void builtinIsLoadedOnce() {
        assertThat(RegionCatalog.builtin()).isSameAs(catalog);
        assertThat(catalog.entries()).isUnmodifiable();
    }

    @Test
    void findIgnoresCaseAndSpaces() {
        assertThat(catalog.find(" AWS:US-EAST-1 ")).map(CatalogEntry::id).contains("aws:us-east-1");
        assertThat(catalog.find("aws:us-east-9")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void requireSuggestsTheClosestId() {
        assertThatThrownBy(() -> catalog.require("aws:us-east-9"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("unknown place 'aws:us-east-9' (did you mean aws:us-east-1?)");
        assertThatThrownBy(() -> catalog.require("gcp:europe-west7"))
                .hasMessage("unknown place 'gcp:europe-west7' (did you mean gcp:europe-west1?)");
        assertThatThrownBy(() -> catalog.require("westeurope"))
                .hasMessage("unknown place 'westeurope' (did you mean azure:westeurope?)");
        assertThatThrownBy(() -> catalog.require("qqqqqqqqqq:zzzzzzzzzzzz"))
                .hasMessage("unknown place 'qqqqqqqqqq:zzzzzzzzzzzz' "
                        + "(catalogue ids look like aws:us-east-1, gcp:europe-west1 or azure:westeurope)");
    }

    @Test
    void toRegionCarriesTheCatalogueValues() {
        Region r = catalog.require("aws:us-east-1").toRegion("use1");
        assertThat(r).isEqualTo(new Region("use1", "aws:us-east-1", "US East (N. Virginia)", Provider.AWS,
                new GeoPoint(39.0458, -77.4874), "US", 0.9995, Defaults.REGION_MTTR_HOURS, 6));
    }

    @Test
    void nineComponentConstructorStillWorks() {
        CatalogEntry e = new CatalogEntry("onprem:dc1", Provider.ONPREM, "dc1", "", "Germany",
                new GeoPoint(50, 8), "EU", 0.999, 0);
        assertThat(e.name()).isEqualTo("dc1");
        assertThat(e.city()).isEmpty();
    }

    @Test
    void constructorRefusesDuplicateIds() {
        CatalogEntry e = catalog.require("aws:us-east-1");
        assertThatThrownBy(() -> new RegionCatalog(List.of(e, e)))
                .isInstanceOf(CatalogException.class)
                .hasMessage("duplicate catalogue id 'aws:us-east-1'");
    }
}
