package io.meridian.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.catalog.CatalogException;
import io.meridian.model.ComponentKind;
import io.meridian.model.Provider;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCatalogTest {
    private static final String HEADER = "provider,category,item,unit,price,note\n";

    @TempDir
    Path home;

    @Test
    void builtinIsDatedAndHasTheSeedPrices() {
        PriceCatalog prices = PriceCatalog.builtin();
        assertThat(prices.description()).isEqualTo("prices.csv (as of 2026-11, USD, on-demand, Linux)");
        assertThat(prices.require(Provider.AWS, "m5.large").price()).isEqualTo(0.096);
        assertThat(prices.require(Provider.AWS, "m5.large").unit()).isEqualTo(PriceUnit.HOUR);
        assertThat(prices.require(Provider.AWS, PriceCatalog.OBJECT_STORAGE).price()).isEqualTo(0.023);
        assertThat(prices.require(Provider.AWS, PriceCatalog.INTER_REGION).price()).isEqualTo(0.02);
        assertThat(prices.require(Provider.AWS, PriceCatalog.INTERNET_EGRESS).price()).isEqualTo(0.09);
        assertThat(prices.require(Provider.AWS, "route53-hosted-zone").price()).isEqualTo(0.50);
        assertThat(prices.find(Provider.AWS, " M5.Large ")).isPresent();
    }

    @Test
    void everyCloudHasTheItemsTheEngineReads() {
        for (Provider p : new Provider[] {Provider.AWS, Provider.GCP, Provider.AZURE}) {
            assertThat(prices(p, PriceCatalog.OBJECT_STORAGE).unit()).isEqualTo(PriceUnit.GB_MONTH);
            assertThat(prices(p, PriceCatalog.INTER_REGION).unit()).isEqualTo(PriceUnit.GB);
            assertThat(prices(p, PriceCatalog.INTERNET_EGRESS).unit()).isEqualTo(PriceUnit.GB);
            for (PriceCategory c : PriceCategory.values()) {
                assertThat(PriceCatalog.builtin().items(p, c)).as(p + " " + c).isNotEmpty();
            }
        }
    }

    @Test
    void categoriesMapToComponentKindsForThePalette() {
        assertThat(PriceCategory.CACHE.componentKind()).contains(ComponentKind.CACHE);
        assertThat(PriceCategory.STORAGE.componentKind()).contains(ComponentKind.OBJECT_STORE);
        assertThat(PriceCategory.TRANSFER.componentKind()).isEmpty();
        assertThat(PriceCatalog.builtin().items(Provider.GCP, PriceCategory.COMPUTE))
                .extracting(PriceEntry::item).contains("n2-standard-2", "e2-standard-2");
    }

    @Test
    void unknownItemNamesTheCatalogue() {
        assertThatThrownBy(() -> PriceCatalog.builtin().require(Provider.GCP, "m5.large"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("no price for gcp item 'm5.large' in prices.csv (as of 2026-11, USD, on-demand, Linux)");
    }

    @Test
    void noteMayBeLeftOut() {
        PriceCatalog p = parse(HEADER + "aws,compute,m5.large,hour,0.1\n");
        assertThat(p.require(Provider.AWS, "m5.large").note()).isEmpty();
        assertThat(p.description()).isEqualTo("user.csv");
    }

    @Test
    void parseErrorsNameFileLineAndField() {
        assertError(HEADER + "aws,compute,m5.large,hour,abc,x\n", "user.csv:2: price: price 'abc' is not a number (USD, no currency sign)");
        assertError(HEADER + "aws,compute,m5.large,hour,-1,x\n", "user.csv:2: price: price must be >= 0, got -1");
        assertError(HEADER + "aws,compute,m5.large,hour,,x\n", "user.csv:2: price: price is required");
        assertError(HEADER + "ibm,compute,bx2,hour,0.1,x\n",
                "user.csv:2: provider: unknown provider 'ibm' (expected aws, gcp, azure, onprem, other)");
        assertError(HEADER + "aws,gpu,p4d,hour,0.1,x\n", "user.csv:2: category: unknown category 'gpu' (expected "
                + "compute, database, cache, queue, storage, load-balancer, routing, transfer)");
        assertError(HEADER + "aws,compute,m5.large,day,0.1,x\n",
                "user.csv:2: unit: unknown unit 'day' (expected hour, month, gb, gb-month, million)");
        assertError(HEADER + "aws,storage,object-storage,gb,0.1,x\n",
                "user.csv:2: unit: 'object-storage' is priced per gb-month, got 'gb'");
        // a source-qualified or tier item is read by the engine like its base item, so its unit is checked too
        assertError(HEADER + "aws,transfer,inter-region.sa-east-1,hour,0.138,x\n",
                "user.csv:2: unit: 'inter-region.sa-east-1' is priced per gb, got 'hour'");
        assertError(HEADER + "aws,transfer,internet-egress.over-10tb,month,0.085,x\n",
                "user.csv:2: unit: 'internet-egress.over-10tb' is priced per gb, got 'month'");
        assertError(HEADER + "aws,compute,m5 large,hour,0.1,x\n",
                "user.csv:2: item: 'm5 large' is not a valid item (letters, digits, '.', '-', '_')");
        assertError(HEADER + "aws,compute,m5.large,hour\n", "user.csv:2: line: expected 6 fields "
                + "(provider,category,item,unit,price,note; note may be left out), got 4");
        assertError(HEADER + "aws,compute,m5.large,hour,0.1,\"a, b\"\n",
                "user.csv:2: line: quoted fields are not supported (fields may not contain commas or quotes)");
        assertError(HEADER + "# comment\naws,compute,m5.large,hour,0.1\naws,compute,M5.LARGE,hour,0.2\n",
                "user.csv:4: item: duplicate item 'aws:m5.large' (first on line 3)");
        assertError("provider,item,price\n",
                "user.csv:1: header: expected 'provider,category,item,unit,price,note', got 'provider,item,price'");
        assertError("# only a comment\n", "user.csv: no header line; expected 'provider,category,item,unit,price,note'");
        assertError(HEADER + "aws,compute,m5.large,hour,1e400\n", "user.csv:2: price: must be a finite number >= 0, got Infinity");
        assertError(HEADER + "aws,compute,m5.large,hour,1e308\n",
                "user.csv:2: price: 1e308 is more than the maximum 1,000,000");
    }

    @Test
    void userFileOverridesAndExtendsTheBuiltin() throws Exception {
        Path file = PriceCatalog.defaultUserFile(home);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# as of 2027-01, negotiated\n" + HEADER
                + "aws,compute,m5.large,hour,0.08,our discount\n"
                + "onprem,transfer,internet-egress,gb,0.01,our transit contract\n");

        PriceCatalog prices = PriceCatalog.forUser(Map.of(), home);

        assertThat(prices.require(Provider.AWS, "m5.large").price()).isEqualTo(0.08);
        assertThat(prices.require(Provider.ONPREM, PriceCatalog.INTERNET_EGRESS).price()).isEqualTo(0.01);
        assertThat(prices.require(Provider.AWS, "m5.xlarge").price()).isEqualTo(0.192);
        assertThat(prices.entries()).hasSize(PriceCatalog.builtin().entries().size() + 1);
        // an override keeps the built-in row's place
        assertThat(prices.entries().indexOf(prices.require(Provider.AWS, "m5.large")))
                .isEqualTo(PriceCatalog.builtin().entries().indexOf(PriceCatalog.builtin().require(Provider.AWS, "m5.large")));
        assertThat(prices.description()).isEqualTo("prices.csv (as of 2026-11, USD, on-demand, Linux), overridden by "
                + file + " (as of 2027-01, negotiated)");
    }

    @Test
    void environmentVariableWinsOverTheHomeFile() throws Exception {
        Path named = home.resolve("team-prices.csv");
        Files.writeString(named, HEADER + "gcp,compute,n2-standard-2,hour,0.05\n");
        Path homeFile = PriceCatalog.defaultUserFile(home);
        Files.createDirectories(homeFile.getParent());
        Files.writeString(homeFile, HEADER + "gcp,compute,n2-standard-2,hour,0.07\n");

        PriceCatalog prices = PriceCatalog.forUser(Map.of(PriceCatalog.ENV_VAR, named.toString()), home);

        assertThat(prices.require(Provider.GCP, "n2-standard-2").price()).isEqualTo(0.05);
    }

    @Test
    void withoutUserFilesTheBuiltinIsUsed() {
        assertThat(PriceCatalog.forUser(Map.of(), home)).isSameAs(PriceCatalog.builtin());
    }

    @Test
    void missingNamedFileIsAnErrorNotSilence() {
        Path missing = home.resolve("nope.csv");
        assertThatThrownBy(() -> PriceCatalog.forUser(Map.of(PriceCatalog.ENV_VAR, missing.toString()), home))
                .isInstanceOf(CatalogException.class)
                .hasMessage(missing + ": no such file (named by MERIDIAN_PRICES)");
    }

    @Test
    void badUserFileNamesItsPath() throws Exception {
        Path file = PriceCatalog.defaultUserFile(home);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + "aws,compute,m5.large,hour,cheap\n");
        assertThatThrownBy(() -> PriceCatalog.forUser(Map.of(), home))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ":2: price: price 'cheap' is not a number (USD, no currency sign)");
    }

    private static PriceEntry prices(Provider p, String item) {
        return PriceCatalog.builtin().require(p, item);
    }

    private static PriceCatalog parse(String csv) {
        return PriceCatalog.load(new StringReader(csv), "user.csv");
    }

    private static void assertError(String csv, String message) {
        assertThatThrownBy(() -> parse(csv)).isInstanceOf(CatalogException.class).hasMessage(message);
    }
}
