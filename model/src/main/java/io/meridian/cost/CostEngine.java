package io.meridian.cost;

import io.meridian.latency.EvaluationContext;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.GlobalRouting;
import io.meridian.model.ModelException;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cost computation for a design: the monthly bill (730 h) by category and region, and the expected cost of
 * downtime per year at an availability computed elsewhere. The engine prices what the design states (instances ×
 * hourly price, the routing layer's monthly price, the transferPricePerGb assumption when changed, a provider's
 * discount); the catalogue (built in, or {@link PriceCatalog#forUser()}) fills in what the design leaves unstated:
 * per-GB storage, transfer and egress rates by source region, and the hourly price of a component named like a
 * catalogue item. Transfer covers replication (or the commit protocol's messages), object-store replication and
 * traffic between zones; egress covers responses to users.
 */
public final class CostEngine {
    static final double MONTHS_PER_YEAR = 12;

    private CostEngine() {
    }

    /** {@link #evaluate(Topology, double, PriceCatalog)} with the built-in prices. */
    public static CostReport evaluate(Topology topology, double availability) {
        return evaluate(topology, availability, PriceCatalog.builtin());
    }

    /**
     * @param availability the design's availability A in [0, 1], as the availability engine computed it
     * @throws ModelException when availability is outside [0, 1]
     */
    public static CostReport evaluate(Topology topology, double availability, PriceCatalog prices) {
        return evaluate(EvaluationContext.of(topology), availability, prices);
    }

    /** The same with the evaluation's shared router (the internet egress and protocol traffic follow its routing). */
    public static CostReport evaluate(EvaluationContext context, double availability, PriceCatalog prices) {
        checkAvailability(availability);
        return evaluate(bill(context, prices), availability);
    }

    /** The bill alone (every line, the sums and the notes): the cost engine's work that needs no availability. */
    public static CostBill bill(EvaluationContext context, PriceCatalog prices) {
        Topology topology = context.topology();
        Set<String> notes = new LinkedHashSet<>();
        Map<String, Region> regions = topology.regionsById();
        List<CostLine> lines = new ArrayList<>();
        for (Component c : topology.components()) {
            lines.add(componentLine(c, regions.get(c.regionId()), prices, notes));
        }
        // Replication traffic reads datasets, links and routing, never a sizing: once per structure. The prices it
        // looked up (and the notes they left) go on from a copy, so the lines after it see what they saw before.
        StructuralTransfer structural = context.structural(new TransferKey(prices), () -> {
            TransferPrices used = new TransferPrices(prices, topology.assumptions());
            Set<String> added = new LinkedHashSet<>();
            ReplicationTransfer.Result result = ReplicationTransfer.of(topology, context.router(), used, added);
            return new StructuralTransfer(result, List.copyOf(added), used);
        });
        TransferPrices rates = structural.rates().copy();
        ReplicationTransfer.Result transfer = structural.result();
        notes.addAll(structural.notes());
        PopulationRouter router = context.router();
        lines.addAll(transfer.lines());
        lines.addAll(ObjectStoreReplication.lines(topology, rates, notes));
        lines.addAll(CrossZoneTransfer.lines(topology, rates));
        lines.addAll(InternetEgress.lines(topology, router, rates, notes));
        if (topology.routing() != null) {
            lines.add(routingLine(topology.routing(), notes));
        }
        lines.addAll(Discounts.lines(topology, lines));
        notes.addAll(rates.notes());

        Figure monthly = sum("monthly cost", lines);
        Figure annual = Figure.of("annual cost", monthly.value() * MONTHS_PER_YEAR, "USD/year", "12 × monthly cost",
                "monthly cost", monthly.value());
        return new CostBill(prices.description(), lines, byCategory(lines), byRegion(topology, lines),
                transfer.datasets(), monthly, annual, topology.assumptions().downtimeCostPerHour(),
                List.copyOf(notes));
    }

    /** The key of the replication traffic worked out once per structure and price catalogue. */
    private record TransferKey(PriceCatalog prices) {
    }

    /** Replication traffic of a structure, the notes it added and the prices as it left them. */
    private record StructuralTransfer(ReplicationTransfer.Result result, List<String> notes, TransferPrices rates) {
    }

    /** The bill with the expected downtime at availability A priced on top: the whole report. */
    public static CostReport evaluate(CostBill bill, double availability) {
        checkAvailability(availability);
        double perHour = bill.downtimeCostPerHour();
        Figure downtimeHours = downtimeHoursPerYear(availability);
        Figure downtimeCost = downtimeCostPerYear(availability, perHour);
        Figure total = Figure.of("total annual cost", bill.annual().value() + downtimeCost.value(), "USD/year",
                "annual cost + expected downtime cost", "annual cost", bill.annual().value(),
                "expected downtime cost", downtimeCost.value());
        List<String> notes = new ArrayList<>(bill.notes());
        String none = "The design states no downtime cost per hour (assumption downtimeCostPerHour), so downtime "
                + "costs nothing here.";
        if (perHour == 0 && !notes.contains(none)) {
            notes.add(none);
        }
        return new CostReport(bill.prices(), bill.lines(), bill.byCategory(), bill.byRegion(), bill.transfers(),
                bill.monthly(), bill.annual(), availability, perHour, downtimeHours, downtimeCost, total, notes);
    }

    private static void checkAvailability(double availability) {
        if (!(availability >= 0 && availability <= 1)) {
            throw new ModelException("availability", "must be in [0, 1], got " + availability);
        }
    }

    /** Monthly price of a pool: instances × hourly price × 730 h (m5.large: 1 × $0.096 × 730 = $70.08). */
    public static Figure monthlyInstances(String name, int instances, double hourlyPrice) {
        return Figure.of(name, instances * hourlyPrice * Defaults.HOURS_PER_MONTH, "USD/month",
                "instances × hourly price × 730 h", "instances", instances, "hourly price", hourlyPrice,
                "hours per month", Defaults.HOURS_PER_MONTH);
    }

    /** Expected hours down per year: (1 − A) × 8766 h. */
    public static Figure downtimeHoursPerYear(double availability) {
        return Figure.of("expected downtime", (1 - availability) * Defaults.HOURS_PER_YEAR, "h/year",
                "(1 − A) × 8766 h", "A", availability, "hours per year", Defaults.HOURS_PER_YEAR);
    }

    /** Expected cost of downtime per year: (1 − A) × 8766 h × downtime cost per hour. */
    public static Figure downtimeCostPerYear(double availability, double downtimeCostPerHour) {
        return Figure.of("expected downtime cost", (1 - availability) * Defaults.HOURS_PER_YEAR * downtimeCostPerHour,
                "USD/year", "(1 − A) × 8766 h × downtime cost per hour", "A", availability,
                "hours per year", Defaults.HOURS_PER_YEAR, "downtime cost per hour", downtimeCostPerHour);
    }

    /**
     * The mesh comparison for any size: N regions, each writing {@code gbPerRegionPerMonth} that every other region
     * receives, cost N × (N − 1) × GB × price per GB a month. Going from 3 to 5 regions multiplies it by 20/6.
     */
    public static Figure fullMeshTransfer(int regions, double gbPerRegionPerMonth, double pricePerGb) {
        return ReplicationTransfer.fullMeshMonthly(regions, gbPerRegionPerMonth, pricePerGb);
    }

    /**
     * A component states its own hourly price, which always wins. One that states none (0) is looked up in the
     * catalogue by its name, so a tier named {@code m5.large} in an AWS region gets the list price of m5.large
     * (the provider's reference region, see the catalogue's header); otherwise it costs nothing, with a note.
     */
    private static CostLine componentLine(Component c, Region region, PriceCatalog prices, Set<String> notes) {
        double hourly = c.hourlyPrice();
        // Concatenated, not String.format: the same text (a double prints as Double.toString under %s), and the
        // design search prices every component of every candidate.
        String rate = "$" + hourly + "/h";
        if (hourly == 0) {
            Optional<PriceEntry> listed = listedHourly(c, region, prices);
            if (listed.isPresent()) {
                hourly = listed.get().price();
                rate = "$" + hourly + "/h (" + listed.get().key() + " list price, " + prices.description() + ")";
                notes.add("Component '" + c.id() + "' states no hourly price; it is priced at the catalogue's "
                        + listed.get().key() + " ($" + hourly + "/h).");
            } else if (!(c.spec() instanceof ComponentSpec.ObjectStore)) {
                notes.add("Component '" + c.id() + "' has no hourly price, so it costs nothing here.");
            }
        }
        double instancesMonthly = c.instances() * hourly * Defaults.HOURS_PER_MONTH;
        CostCategory category = c.kind() == ComponentKind.SERVICE ? CostCategory.COMPUTE : CostCategory.STORES;
        if (c.spec() instanceof ComponentSpec.ObjectStore store) {
            Optional<PriceEntry> perGb = prices.find(region.provider(), PriceCatalog.OBJECT_STORAGE);
            if (perGb.isEmpty() && store.storedGb() > 0) {
                notes.add("No " + region.provider().id() + " object-storage price in the price catalogue; the "
                        + store.storedGb() + " GB in '" + c.id() + "' are not priced.");
            }
            double gbMonth = perGb.map(PriceEntry::price).orElse(0.0);
            Figure monthly = Figure.of("storage " + c.id(), store.storedGb() * gbMonth + instancesMonthly, "USD/month",
                    "stored GB × price per GB-month + instances × hourly price × 730 h", "stored GB", store.storedGb(),
                    "price per GB-month", gbMonth, "instances", c.instances(), "hourly price", hourly,
                    "hours per month", Defaults.HOURS_PER_MONTH);
            String description = String.format(Locale.ROOT, "%s: %.0f GB at $%s/GB-month (%s %s)%s", c.name(),
                    store.storedGb(), gbMonth, region.provider().id(), PriceCatalog.OBJECT_STORAGE,
                    hourly > 0 ? String.format(Locale.ROOT, " + %d × %s", c.instances(), rate) : "");
            return new CostLine(category, c.id(), c.regionId(), description, monthly);
        }
        Figure monthly = monthlyInstances(c.kind().id() + " " + c.id(), c.instances(), hourly);
        String description = c.name() + ": " + c.instances() + " × " + rate + " × 730 h";
        return new CostLine(category, c.id(), c.regionId(), description, monthly);
    }

    /** A catalogue item named like the component, on the shelf of its kind, priced per hour. */
    private static Optional<PriceEntry> listedHourly(Component c, Region region, PriceCatalog prices) {
        return prices.find(region.provider(), c.name())
                .filter(e -> e.unit() == PriceUnit.HOUR && e.category().componentKind().equals(Optional.of(c.kind())));
    }

    private static CostLine routingLine(GlobalRouting routing, Set<String> notes) {
        if (routing.monthlyPrice() == 0) {
            notes.add("The global routing layer states no monthly price, so it costs nothing here (e.g. Route 53: "
                    + "$0.50 per hosted zone and per health check a month, plus queries).");
        }
        Figure monthly = Figure.of("routing", routing.monthlyPrice(), "USD/month", "monthly price of the routing layer",
                "monthly price", routing.monthlyPrice());
        return new CostLine(CostCategory.ROUTING, "routing", null, "global routing (" + routing.kind().id() + ")",
                monthly);
    }

    private static List<CategoryCost> byCategory(List<CostLine> lines) {
        List<CategoryCost> out = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            List<CostLine> own = lines.stream().filter(l -> l.category() == category).toList();
            out.add(new CategoryCost(category, sum(category.id(), own)));
        }
        return out;
    }

    private static List<RegionCost> byRegion(Topology topology, List<CostLine> lines) {
        Map<String, List<CostLine>> grouped = new LinkedHashMap<>();
        topology.regions().forEach(r -> grouped.put(r.id(), new ArrayList<>()));
        lines.stream().filter(l -> l.regionId() != null).forEach(l -> grouped.get(l.regionId()).add(l));
        List<RegionCost> out = new ArrayList<>();
        grouped.forEach((regionId, own) -> out.add(new RegionCost(regionId, sum(regionId, own))));
        return out;
    }

    /** A total that names its parts, so "why is compute $3,504?" lists the lines. */
    private static Figure sum(String name, List<CostLine> lines) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double total = 0;
        for (CostLine l : lines) {
            inputs.merge(l.monthly().name(), l.monthly().value(), Double::sum);
            total += l.monthly().value();
        }
        return new Figure(name, total, "USD/month", lines.isEmpty() ? "" : "sum of lines", inputs);
    }
}
