package io.meridian.cost;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Figure;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A provider's reserved-instance, savings-plan or committed-use discount ({@code providers[].discountPercent}),
 * taken off the on-demand instance-hours of the kinds every provider sells commitments for: compute (EC2, Compute
 * Engine, Virtual Machines), databases and caches. Per-GB items (storage, transfer, egress), load balancers, queues
 * and routing stay at list price. One negative line per region, so the bill keeps list prices visible.
 */
final class Discounts {
    static final Set<ComponentKind> COVERED = EnumSet.of(ComponentKind.SERVICE, ComponentKind.DATABASE,
            ComponentKind.CACHE);

    private Discounts() {
    }

    static List<CostLine> lines(Topology topology, List<CostLine> bill) {
        List<CostLine> out = new ArrayList<>();
        for (Region region : topology.regions()) {
            double percent = topology.provider(region.provider()).discountPercent();
            if (percent == 0) {
                continue;
            }
            Map<String, Double> covered = new LinkedHashMap<>();
            for (CostLine l : bill) {
                Component c = topology.component(l.elementId()).orElse(null);
                if (c != null && region.id().equals(l.regionId()) && COVERED.contains(c.kind())) {
                    covered.put(l.monthly().name(), l.monthly().value());
                }
            }
            double base = covered.values().stream().mapToDouble(Double::doubleValue).sum();
            if (base == 0) {
                continue;
            }
            Map<String, Double> inputs = new LinkedHashMap<>();
            inputs.put("discount percent", percent);
            inputs.put("on-demand instance cost", base);
            inputs.putAll(covered);
            Figure monthly = new Figure("discount " + region.id(), -percent / 100 * base, "USD/month",
                    "−discount percent / 100 × on-demand instance cost of its services, databases and caches", inputs);
            out.add(new CostLine(CostCategory.DISCOUNT, region.id(), region.id(), String.format(Locale.ROOT,
                    "%s discount %s%% on $%,.2f of on-demand services, databases and caches in %s",
                    region.provider().id(), new BigDecimal(Double.toString(percent)).stripTrailingZeros().toPlainString(), base, region.id()),
                    monthly));
        }
        return out;
    }
}
