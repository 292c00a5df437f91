package io.meridian.cost;

import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price of moving a GB, read from the catalogue by where it leaves. Providers bill a transfer at its source
 * (AWS: "we charge for data transfer only based on the source Region"), so every lookup starts at the source region
 * and falls back to coarser rows: {@code <item>.<from-code>.<to-code>} (a region pair), {@code <item>.<from-code>}
 * (the source region), {@code <item>.<continent>} (the source continent), {@code <item>} (the provider's reference
 * region). A hop between continents first looks for {@code inter-continent} rows (Google Cloud and Azure price those
 * apart; AWS has none, so it falls through to its source-region price). Internet egress has volume tiers:
 * {@code internet-egress[.<source>].over-<N>tb} prices the GB beyond N TB (of 1,024 GB) a month.
 */
final class TransferPrices {
    static final String INTER_CONTINENT = PriceCatalog.INTER_CONTINENT;
    static final String CROSS_ZONE = PriceCatalog.CROSS_ZONE;
    static final double GB_PER_TB = 1024;
    private static final Pattern OVER = Pattern.compile("over-(\\d+(?:\\.\\d+)?)tb");
    /** The region each provider's unqualified rows are priced in (the catalogue's header says so). */
    static final Map<Provider, String> REFERENCE_REGION = Map.of(Provider.AWS, "us-east-1", Provider.GCP,
            "us-central1", Provider.AZURE, "eastus");

    /** USD per GB for one hop, the catalogue item it came from and why, in words. */
    record Rate(double perGb, String why) {
    }

    /** One volume tier: the GB a month from which {@code perGb} applies. */
    record Tier(double fromGb, double perGb) {
    }

    /** A source's egress tiers, cheapest last; {@code why} names the rows. */
    record Ladder(String source, List<Tier> tiers, String why) {
        /** GB a month priced tier by tier: each tier prices only the GB that fall inside it. */
        Figure price(String name, double gb, Map<String, Double> volumeInputs) {
            Map<String, Double> in = new LinkedHashMap<>(volumeInputs);
            in.put("GB per month", gb);
            double total = 0;
            for (int i = 0; i < tiers.size(); i++) {
                double from = tiers.get(i).fromGb();
                double to = i + 1 < tiers.size() ? tiers.get(i + 1).fromGb() : Double.POSITIVE_INFINITY;
                double inTier = Math.max(0, Math.min(gb, to) - from);
                if (inTier > 0) {
                    String label = String.format(Locale.ROOT, "GB from %,.0f at $%s", from, tiers.get(i).perGb());
                    in.put(label, inTier);
                    total += inTier * tiers.get(i).perGb();
                }
            }
            return new Figure(name, total, "USD/month", "Σ over volume tiers: GB in the tier × the tier's price per GB",
                    in);
        }

        double firstPrice() {
            return tiers.get(0).perGb();
        }
    }

    private final PriceCatalog prices;
    private final Assumptions assumptions;
    /** "aws inter-region" → source regions priced by the provider's reference row for want of their own. */
    private final Map<String, Set<String>> referencePriced = new LinkedHashMap<>();
    private final Set<String> unpriced = new LinkedHashSet<>();

    TransferPrices(PriceCatalog prices, Assumptions assumptions) {
        this.prices = prices;
        this.assumptions = assumptions;
    }

    /** A copy that goes on from what this one looked up and noted (this one is never changed by it). */
    TransferPrices copy() {
        TransferPrices out = new TransferPrices(prices, assumptions);
        referencePriced.forEach((item, codes) -> out.referencePriced.put(item, new LinkedHashSet<>(codes)));
        out.unpriced.addAll(unpriced);
        out.ladders.putAll(ladders);
        return out;
    }

    /** A GB from one region to another: within a provider its inter-region price, across providers egress. */
    Rate between(Region from, Region to) {
        if (from.provider() != to.provider()) {
            Optional<Ladder> egress = ladder(from);
            if (egress.isPresent()) {
                return new Rate(egress.get().firstPrice(), String.format(Locale.ROOT,
                        "$%s/GB %s internet egress to %s (first tier from %s: %s)", egress.get().firstPrice(),
                        from.provider().id(), to.provider().id(), from.id(), egress.get().why()));
            }
            unpriced.add("No " + from.provider().id() + " internet-egress price in the price catalogue: transfer "
                    + "from " + from.provider().id() + " to another provider is priced at the transferPricePerGb "
                    + "assumption.");
            return new Rate(assumptions.transferPricePerGb(), String.format(Locale.ROOT,
                    "$%s/GB %s → %s (no egress price; assumption transferPricePerGb)",
                    assumptions.transferPricePerGb(), from.provider().id(), to.provider().id()));
        }
        double assumed = assumptions.transferPricePerGb();
        if (assumed != Defaults.TRANSFER_PRICE_PER_GB) {
            return new Rate(assumed, String.format(Locale.ROOT, "$%s/GB within %s (assumption transferPricePerGb)",
                    assumed, from.provider().id()));
        }
        Optional<Rate> pair = listed(from.provider(), PriceCatalog.INTER_REGION + "." + code(from) + "." + code(to),
                "from " + from.id() + " to " + to.id());
        if (pair.isPresent()) {
            return pair.get();
        }
        if (Continent.of(from) != Continent.of(to)) {
            Optional<Rate> across = bySource(from, INTER_CONTINENT, false);
            if (across.isPresent()) {
                return across.get();
            }
        }
        return bySource(from, PriceCatalog.INTER_REGION, true).orElseGet(() -> {
            unpriced.add("No " + from.provider().id() + " inter-region price in the price catalogue: transfer "
                    + "between its regions is priced at the transferPricePerGb assumption.");
            return new Rate(assumed, String.format(Locale.ROOT, "$%s/GB within %s (assumption transferPricePerGb)",
                    assumed, from.provider().id()));
        });
    }

    /** A GB that crosses from one zone to another inside the region (both sides billed where a provider bills both). */
    Optional<Rate> crossZone(Region r) {
        Optional<Rate> rate = bySource(r, CROSS_ZONE, true);
        if (rate.isEmpty()) {
            unpriced.add("No " + r.provider().id() + " cross-zone price in the price catalogue: transfer between "
                    + "the zones of its regions is not priced.");
        }
        return rate;
    }

    /** The egress tiers of a region: its own rows, else its continent's, else the provider's reference rows. */
    Optional<Ladder> egress(Region r) {
        Optional<Ladder> ladder = ladder(r);
        if (ladder.isEmpty()) {
            unpriced.add("No " + r.provider().id() + " internet-egress price in the price catalogue: what leaves its "
                    + "regions for the internet is not priced.");
        }
        return ladder;
    }

    /** Each region's ladder, found once: finding it scans the whole catalogue with a pattern (per region pair before). */
    private final java.util.Map<String, Optional<Ladder>> ladders = new java.util.HashMap<>();

    private Optional<Ladder> ladder(Region r) {
        Optional<Ladder> known = ladders.get(r.id());
        if (known == null) {
            known = findLadder(r);
            ladders.put(r.id(), known);
        }
        return known;
    }

    private Optional<Ladder> findLadder(Region r) {
        for (String source : sources(r)) {
            String first = PriceCatalog.INTERNET_EGRESS + (source.isEmpty() ? "" : "." + source);
            Optional<PriceEntry> entry = prices.find(r.provider(), first);
            if (entry.isPresent()) {
                if (source.isEmpty()) {
                    noteReference(r, PriceCatalog.INTERNET_EGRESS);
                }
                List<Tier> tiers = new ArrayList<>(List.of(new Tier(0, entry.get().price())));
                String tierPrefix = first + ".";
                for (PriceEntry e : prices.entries()) {
                    // The cheap tests first: a matcher per catalogue entry and region was a fifth of the bill.
                    if (e.provider() != r.provider() || !e.item().startsWith(tierPrefix)) {
                        continue;
                    }
                    Matcher m = OVER.matcher(e.item().substring(tierPrefix.length()));
                    if (m.matches()) {
                        tiers.add(new Tier(Double.parseDouble(m.group(1)) * GB_PER_TB, e.price()));
                    }
                }
                tiers.sort(Comparator.comparingDouble(Tier::fromGb));
                return Optional.of(new Ladder(first, tiers, r.provider().id() + ":" + first + (tiers.size() > 1
                        ? " and its volume tiers" : "")));
            }
        }
        return Optional.empty();
    }

    /** The one-line notes on what fell back to a coarser price or had none. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        referencePriced.forEach((item, codes) -> out.add("No source-region " + item + " price in the catalogue for "
                + String.join(", ", codes) + ": priced at the provider's reference row (add rows '" + item.substring(
                item.indexOf(' ') + 1) + ".<region>' to price them where they are billed)."));
        out.addAll(unpriced);
        return out;
    }

    /** The region's provider code ({@code us-east-1} of {@code aws:us-east-1}); null for a custom place. */
    static String code(Region r) {
        String id = r.catalogId();
        return id == null || id.indexOf(':') < 0 ? null : id.substring(id.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Source keys from the finest to the coarsest: region code, continent, "" (the provider's reference row). */
    private static List<String> sources(Region r) {
        List<String> out = new ArrayList<>();
        if (code(r) != null) {
            out.add(code(r));
        }
        out.add(Continent.of(r).id());
        out.add("");
        return out;
    }

    private Optional<Rate> bySource(Region from, String item, boolean noteReference) {
        for (String source : sources(from)) {
            Optional<Rate> rate = listed(from.provider(), source.isEmpty() ? item : item + "." + source,
                    source.isEmpty() ? "reference" : "from " + source);
            if (rate.isPresent()) {
                if (source.isEmpty() && noteReference) {
                    noteReference(from, item);
                }
                return rate;
            }
        }
        return Optional.empty();
    }

    /**
     * Remembers a catalogue region priced by its provider's reference row, when the provider prices this item by
     * source region elsewhere in the catalogue (so the region's own price may differ) and it is not the reference.
     */
    private void noteReference(Region r, String item) {
        String code = code(r);
        if (code == null || code.equals(REFERENCE_REGION.get(r.provider()))) {
            return;
        }
        boolean bySource = prices.entries().stream().anyMatch(e -> e.provider() == r.provider()
                && e.item().startsWith(item + ".") && !OVER.matcher(e.item().substring(item.length() + 1)).matches());
        if (bySource) {
            referencePriced.computeIfAbsent(r.provider().id() + " " + item, k -> new LinkedHashSet<>()).add(code);
        }
    }

    private Optional<Rate> listed(Provider provider, String item, String scope) {
        return prices.find(provider, item).map(e -> new Rate(e.price(), String.format(Locale.ROOT,
                "$%s/GB %s %s (%s)", e.price(), provider.id(), item.contains(".") ? item.substring(0,
                        item.indexOf('.')) : item, scope)));
    }
}
