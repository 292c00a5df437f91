package io.meridian.app.designdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.app.SampleDesigns;
import io.meridian.app.inspect.Field;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.ModelException;
import io.meridian.model.Population;
import io.meridian.model.PromotionMode;
import io.meridian.model.ReadConsistency;
import io.meridian.model.WriteBurst;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Datasets tab's fields, without controls: each value goes through the model and its refusals come back. */
class DatasetFieldsTest {
    private static Design withOrders() {
        Design d = SampleDesigns.twoRegions();
        Dataset orders = new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 100,
                2048, false, null, List.of("db-use1", "db-euw1"), 0);
        var t = d.topology().withDataset(orders).withPopulation(new Population("buyers", "Buyers",
                new GeoPoint(40, -100), 100, 0.5, null, null, List.of(), List.of("orders"), List.of("orders")));
        return d.withTopology(t);
    }

    private static Field field(Design d, String key) {
        Dataset ds = d.topology().dataset("orders").orElseThrow();
        return DatasetFields.of(d, ds).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Dataset orders(Design d) {
        return d.topology().dataset("orders").orElseThrow();
    }

    @Test
    void aNewDatasetHasAFreshIdAndTheFileFormatsDefaults() {
        Design one = DatasetFields.add(SampleDesigns.twoRegions());
        Dataset made = one.topology().dataset("dataset").orElseThrow();
        // As a file with only {"id": "dataset"} reads (docs/file-format.md, Datasets): single-primary, conflict
        // none, 0 writes/s, 1,024-byte records, automatic promotion, no copies, no zone.
        assertThat(made.strategy()).isEqualTo(WriteStrategy.SINGLE_PRIMARY);
        assertThat(made.conflict()).isEqualTo(ConflictResolution.NONE);
        assertThat(made.writesPerSecond()).isZero();
        assertThat(made.recordBytes()).isEqualTo(1024.0);
        assertThat(made.promotion()).isEqualTo(PromotionMode.AUTOMATIC);
        assertThat(made.copies()).isEmpty();
        assertThat(made.zoneId()).isNull();
        assertThat(DatasetFields.add(one).topology().dataset("dataset-2")).isPresent();
    }

    @Test
    void copiesAreDatabasesAndCachesShownWithTheirRegionAndKeepTheirOrder() {
        Design d = withOrders();
        Field copies = field(d, "copies");
        assertThat(copies.choices()).containsExactly("db-use1", "db-euw1", "cache-euw1", "db-euc1");
        assertThat(copies.show("db-euw1")).isEqualTo("orders-db · Europe (Ireland)");
        // Ticking a third copy appends it; the first two stay first (a fixed quorum's leader is the first voter).
        Design three = copies.apply().apply("db-use1,db-euw1,db-euc1");
        assertThat(orders(three).copies()).containsExactly("db-use1", "db-euw1", "db-euc1");
        assertThat(DatasetFields.keepingOrder(List.of("b", "a"), List.of("a", "b", "c")))
                .containsExactly("b", "a", "c");
    }

    @Test
    void theZoneIsPickedByNameAndDashMeansNone() {
        Design d = withOrders();
        Field zone = field(d, "zone");
        assertThat(zone.value()).isEqualTo(DatasetFields.NONE);
        assertThat(zone.show("eu")).isEqualTo("EU (GDPR)");
        Design eu = field(d, "copies").apply().apply("db-euw1");
        Design zoned = field(eu, "zone").apply().apply("eu");
        assertThat(orders(zoned).zoneId()).isEqualTo("eu");
        assertThat(orders(field(zoned, "zone").apply().apply(DatasetFields.NONE)).zoneId()).isNull();
    }

    @Test
    void theModelsRefusalsComeBackAsMessages() {
        Design d = withOrders();
        // Strong reads on multi-primary data: refused with the model's words.
        Design multi = field(d, "strategy").apply().apply("multi-primary");
        assertThat(orders(multi).strategy()).isEqualTo(WriteStrategy.MULTI_PRIMARY);
        assertThatThrownBy(() -> field(multi, "readConsistency").apply().apply("strong"))
                .isInstanceOf(ModelException.class).hasMessageContaining("no strong read");
        assertThat(orders(field(multi, "readConsistency").apply().apply("stale")).readConsistency())
                .isEqualTo(ReadConsistency.STALE);
        // A decision time is for manual promotion only.
        assertThatThrownBy(() -> field(d, "decisionMinutes").apply().apply("20"))
                .hasMessageContaining("only a manual promotion");
        Design manual = field(d, "promotion").apply().apply("manual");
        assertThat(orders(field(manual, "decisionMinutes").apply().apply("20")).decisionMinutes()).isEqualTo(20.0);
        assertThatThrownBy(() -> field(d, "writesPerSecond").apply().apply("fast"))
                .hasMessageContaining("not a number");
    }

    @Test
    void aBurstNeedsItsLengthAndAStatedOrderStartsAsTheCopies() {
        Design d = withOrders();
        assertThatThrownBy(() -> field(d, "burstWritesPerSecond").apply().apply("500"))
                .hasMessageContaining("how long the burst lasts");
        // A length alone starts the burst at the sustained 100 writes/s, the least the model accepts.
        Design burst = field(d, "burstSeconds").apply().apply("60");
        assertThat(orders(burst).burst()).isEqualTo(new WriteBurst(100, 60));
        assertThat(orders(field(burst, "burstWritesPerSecond").apply().apply("500")).burst())
                .isEqualTo(new WriteBurst(500, 60));
        Design faster = field(burst, "burstWritesPerSecond").apply().apply("500");
        assertThat(orders(field(faster, "burstSeconds").apply().apply("")).burst()).isNull();
        assertThat(orders(field(faster, "burstWritesPerSecond").apply().apply(" ")).burst()).isNull();

        assertThat(field(d, "defaultOrder").value()).isEqualTo("true");
        Design stated = field(d, "defaultOrder").apply().apply("false");
        assertThat(orders(stated).promotionOrder()).containsExactly("db-use1", "db-euw1");
        // Untick the first: only the EU copy may be promoted.
        assertThat(orders(field(stated, "promotionOrder").apply().apply("db-euw1")).promotionOrder())
                .containsExactly("db-euw1");
        assertThat(orders(field(stated, "defaultOrder").apply().apply("true")).promotionOrder()).isNull();
    }

    @Test
    void deletingADatasetTakesItOutOfThePopulationsReadsAndWrites() {
        Design gone = DatasetFields.delete(withOrders(), "orders");
        assertThat(gone.topology().datasets()).isEmpty();
        Population buyers = gone.topology().population("buyers").orElseThrow();
        assertThat(buyers.reads()).isEmpty();
        assertThat(buyers.writes()).isEmpty();
        assertThatThrownBy(() -> DatasetFields.delete(gone, "orders")).hasMessageContaining("no dataset 'orders'");
    }
}
