package io.meridian.app.designdata;

import io.meridian.app.edit.DesignEdits;
import io.meridian.app.inspect.Field;
import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignReader;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.EnumIds;
import io.meridian.model.ModelException;
import io.meridian.model.PromotionMode;
import io.meridian.model.QuorumLeader;
import io.meridian.model.ReadConsistency;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.model.WriteBurst;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Datasets tab's form, free of controls: one {@link Field} per value of a dataset, each rebuilding the dataset
 * through its validating constructor and putting it back with {@link Topology#withDataset}, so what the model refuses
 * (a promotion order naming a non-copy, strong reads on multi-primary data) is refused here with its own message.
 * Adding and deleting datasets live here too.
 */
public final class DatasetFields {
    /** "—" in a choice: unset, the model's default applies. */
    public static final String NONE = "—";

    private DatasetFields() {
    }

    /** Every field of {@code ds} as it stands in {@code d}. */
    public static List<Field> of(Design d, Dataset ds) {
        Topology t = d.topology();
        Function<Consumer<DatasetDraft>, Design> change = edit -> {
            DatasetDraft draft = new DatasetDraft(ds);
            edit.accept(draft);
            return d.withTopology(d.topology().withDataset(draft.build()));
        };
        Function<Dataset, Design> put = x -> d.withTopology(d.topology().withDataset(x));
        Map<String, String> copyNames = copyNames(t);
        List<Field> f = new ArrayList<>();
        f.add(new Field("id", "Id", ds.id(), Field.Type.READ_ONLY, List.of(), "Populations name it in reads and writes",
                v -> {
                    throw new IllegalStateException("a dataset's id cannot be changed here");
                }));
        f.add(text("name", "Name", ds.name(), null, v -> change.apply(x -> x.name = v)));
        f.add(choice("strategy", "Write strategy", ds.strategy().id(), ids(WriteStrategy.values()),
                "Where writes commit", v -> put.apply(ds.withStrategy(EnumIds.parse(WriteStrategy.class, v,
                        "strategy")))));
        f.add(choice("conflict", "Conflict resolution", ds.conflict().id(), ids(ConflictResolution.values()),
                "How concurrent writes to one record in two places are reconciled",
                v -> change.apply(x -> x.conflict = EnumIds.parse(ConflictResolution.class, v, "conflict"))));
        f.add(num("writesPerSecond", "Writes/s", ds.writesPerSecond(), "Writes per second across all populations",
                v -> put.apply(ds.withWritesPerSecond(UserUnits.number(v, "writesPerSecond")))));
        f.add(num("recordBytes", "Record size (bytes)", ds.recordBytes(), "Average size of one write",
                v -> change.apply(x -> x.recordBytes = UserUnits.number(v, "recordBytes"))));
        f.add(new Field("commutative", "Commutative", String.valueOf(ds.commutative()), Field.Type.CHECK, List.of(),
                "Concurrent updates commute (counters), unlike balances",
                v -> change.apply(x -> x.commutative = Boolean.parseBoolean(v))));
        List<String> zones = new ArrayList<>(List.of(NONE));
        Map<String, String> zoneNames = new LinkedHashMap<>();
        zoneNames.put(NONE, "— none");
        for (ResidencyZone z : t.zones()) {
            zones.add(z.id());
            zoneNames.put(z.id(), z.name());
        }
        f.add(new Field("zone", "Residency zone", orNone(ds.zoneId()), Field.Type.CHOICE, zones,
                "The zone whose regions alone may hold this data", v -> change.apply(x -> x.zoneId = noneToNull(v)),
                zoneNames));
        List<String> copyChoices = new ArrayList<>(copyNames.keySet());
        ds.copies().stream().filter(c -> !copyChoices.contains(c)).forEach(copyChoices::add);
        f.add(new Field("copies", "Copies", String.join(",", ds.copies()), Field.Type.MULTI, copyChoices,
                "The databases and caches that hold a copy",
                v -> put.apply(ds.withPlacement(ds.zoneId(), keepingOrder(ds.copies(), split(v)))), copyNames));
        f.add(num("mergeRatePerSecond", "Merge rate (ops/s)", ds.mergeRatePerSecond(),
                "Operations merged per second after a partition heals (CRDT convergence)",
                v -> change.apply(x -> x.mergeRatePerSecond = UserUnits.number(v, "mergeRatePerSecond"))));
        f.add(choice("promotion", "Promotion", ds.promotion().id(), ids(PromotionMode.values()),
                "Who promotes a copy when the leader is lost (single-primary and home-region)",
                v -> change.apply(x -> {
                    x.promotion = EnumIds.parse(PromotionMode.class, v, "promotion");
                    x.decisionMinutes = x.promotion == PromotionMode.MANUAL ? x.decisionMinutes : null;
                })));
        f.add(new Field("defaultOrder", "Default promotion order", String.valueOf(ds.promotionOrder() == null),
                Field.Type.CHECK, List.of(), "Meridian's order (zero-loss replicas first); clear to state your own",
                v -> change.apply(x -> x.promotionOrder = Boolean.parseBoolean(v) ? null : ds.copies())));
        f.add(new Field("promotionOrder", "Promotion order", String.join(",", ds.promotionOrder() == null ? List.of()
                : ds.promotionOrder()), Field.Type.MULTI, orderChoices(ds), "The copies that may be promoted, first "
                + "choice first as listed; none ticked: no copy may be", v -> change.apply(x -> x.promotionOrder =
                inOrder(orderChoices(ds), split(v))), copyNames));
        f.add(optional("decisionMinutes", "Decision time (min)", ds.decisionMinutes(), "Manual promotion only: the "
                + "operator's time to be paged and decide; blank: the design's operator decision time",
                v -> change.apply(x -> x.decisionMinutes = UserUnits.optionalNumber(v, "decisionMinutes"))));
        f.add(optional("burstWritesPerSecond", "Burst writes/s", ds.burst() == null ? null
                : ds.burst().writesPerSecond(), "Write rate during a burst; blank: no burst",
                v -> change.apply(x -> x.burst = burstRate(UserUnits.optionalNumber(v, "burstWritesPerSecond"),
                        ds.burst()))));
        f.add(optional("burstSeconds", "Burst length (s)", ds.burst() == null ? null : ds.burst().seconds(),
                "How long the burst lasts; blank: no burst",
                v -> change.apply(x -> x.burst = burstLength(UserUnits.optionalNumber(v, "burstSeconds"),
                        ds.burst(), ds.writesPerSecond()))));
        f.add(optional("fencingSeconds", "Fencing (s)", ds.fencingSeconds(), "How long a cut-off leader keeps "
                + "accepting writes; blank: " + UserUnits.plain(Defaults.FENCING_SECONDS) + " s",
                v -> change.apply(x -> x.fencingSeconds = UserUnits.optionalNumber(v, "fencingSeconds"))));
        f.add(choice("readConsistency", "Read consistency", orNone(ds.readConsistency() == null ? null
                        : ds.readConsistency().id()), withNone(ids(ReadConsistency.values())),
                "What reads promise; —: strong (stale for multi-primary)",
                v -> change.apply(x -> x.readConsistency = noneToNull(v) == null ? null
                        : EnumIds.parse(ReadConsistency.class, v, "readConsistency"))));
        f.add(choice("quorumLeader", "Quorum leader", orNone(ds.quorumLeader() == null ? null
                        : ds.quorumLeader().id()), withNone(ids(QuorumLeader.values())),
                "Majority-quorum and commit-wait only; —: one fixed leader",
                v -> change.apply(x -> x.quorumLeader = noneToNull(v) == null ? null
                        : EnumIds.parse(QuorumLeader.class, v, "quorumLeader"))));
        return f;
    }

    /** The design with a new dataset: a fresh id, no copies yet, and the file format's defaults for the rest. */
    public static Design add(Design d) {
        String id = DesignEdits.freshId(d.topology(), "dataset");
        return d.withTopology(d.topology().withDataset(newDataset(id)));
    }

    /**
     * A dataset with only its id, read as a design file would read it, so a new dataset has exactly the defaults a
     * file that leaves the fields out gets (single-primary, no conflict resolution, 1,024-byte records), from one
     * place rather than a second copy of them here.
     */
    static Dataset newDataset(String id) {
        String json = "{\"schema\": \"" + Design.SCHEMA + "\", \"name\": \"new\", \"datasets\": [{\"id\": \"" + id
                + "\"}]}";
        return new DesignReader(RegionCatalog.builtin()).read(json, "new dataset").topology().dataset(id)
                .orElseThrow();
    }

    /**
     * The design without the dataset. Populations that named it in their reads or writes keep their lists less it
     * ({@link Topology#without}); a population left naming no dataset reads or writes none, as its list says.
     */
    public static Design delete(Design d, String datasetId) {
        if (d.topology().dataset(datasetId).isEmpty()) {
            throw new ModelException("datasets", "no dataset '" + datasetId + "'");
        }
        return d.withTopology(d.topology().without(datasetId));
    }

    /** Database and cache components by id, shown as "name · region name". */
    static Map<String, String> copyNames(Topology t) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Component c : t.components()) {
            if (c.kind() == ComponentKind.DATABASE || c.kind() == ComponentKind.CACHE) {
                String region = t.region(c.regionId()).map(Region::name).orElse(c.regionId());
                names.put(c.id(), c.name() + " · " + region);
            }
        }
        return names;
    }

    /** The copies in the order the promotion order lists them, then the others. */
    private static List<String> orderChoices(Dataset ds) {
        List<String> order = new ArrayList<>(ds.promotionOrder() == null ? List.of() : ds.promotionOrder());
        ds.copies().stream().filter(c -> !order.contains(c)).forEach(order::add);
        return order;
    }

    private static List<String> inOrder(List<String> order, List<String> ticked) {
        return order.stream().filter(ticked::contains).toList();
    }

    /**
     * The ticked copies, those already listed first in their order: the order means something (a fixed quorum's
     * leader is the first voter listed), so ticking one more copy must not reorder the others.
     */
    static List<String> keepingOrder(List<String> before, List<String> ticked) {
        List<String> after = new ArrayList<>(before.stream().filter(ticked::contains).toList());
        ticked.stream().filter(c -> !after.contains(c)).forEach(after::add);
        return after;
    }

    /** A new burst rate; blank: no burst. A rate needs the burst's length first (the file states both). */
    private static WriteBurst burstRate(Double rate, WriteBurst before) {
        if (rate == null) {
            return null;
        }
        if (before == null) {
            throw new ModelException("burstSeconds", "state how long the burst lasts first");
        }
        return new WriteBurst(rate, before.seconds());
    }

    /**
     * A new burst length; blank: no burst. A length typed before any rate starts the burst at the sustained rate, the
     * least the model accepts, for the rate to be raised next.
     */
    private static WriteBurst burstLength(Double seconds, WriteBurst before, double sustained) {
        if (seconds == null) {
            return null;
        }
        return new WriteBurst(before == null ? sustained : before.writesPerSecond(), seconds);
    }

    private static Field text(String key, String label, String value, String help, Function<String, Design> apply) {
        return new Field(key, label, value, Field.Type.TEXT, List.of(), help, apply);
    }

    private static Field num(String key, String label, double value, String help, Function<String, Design> apply) {
        return new Field(key, label, UserUnits.plain(value), Field.Type.NUMBER, List.of(), help, apply);
    }

    private static Field optional(String key, String label, Double value, String help,
                                  Function<String, Design> apply) {
        return new Field(key, label, value == null ? "" : UserUnits.plain(value), Field.Type.NUMBER, List.of(), help,
                apply);
    }

    private static Field choice(String key, String label, String value, List<String> choices, String help,
                                Function<String, Design> apply) {
        return new Field(key, label, value, Field.Type.CHOICE, choices, help, apply);
    }

    private static List<String> ids(Enum<?>[] values) {
        return Arrays.stream(values).map(EnumIds::id).toList();
    }

    private static List<String> withNone(List<String> choices) {
        List<String> all = new ArrayList<>(List.of(NONE));
        all.addAll(choices);
        return all;
    }

    private static String orNone(String id) {
        return id == null ? NONE : id;
    }

    private static String noneToNull(String v) {
        return v == null || v.equals(NONE) || v.isBlank() ? null : v;
    }

    private static List<String> split(String v) {
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
