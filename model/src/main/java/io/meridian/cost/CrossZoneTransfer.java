package io.meridian.cost;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Transfer between the zones of one region. Instance i of a pool sits in zone i mod zones (the availability engine's
 * placement) and its active instance in zone 0, so a pool holding a dataset copy ships every write from zone 0 to
 * each of its instances in another zone. A zone-redundant component is a managed service whose internal replication
 * the provider does not bill (RDS Multi-AZ: "no charge for data transfer between Availability Zones for replication");
 * so is an engine that replicates in the provider's storage layer ({@link #STORAGE_REPLICATED}: Aurora's instances
 * share one cluster volume, Spanner and Cosmos DB nodes serve data the service replicates itself, and AWS bills no
 * transfer between DynamoDB and other services in a region). A region with fewer than two zones has no zone
 * boundary; a witness holds no data.
 */
final class CrossZoneTransfer {
    /** Engine names (prefixes, any case) whose copies replicate inside the provider's storage, unbilled. */
    static final List<String> STORAGE_REPLICATED = List.of("aurora", "dynamodb", "spanner", "cosmos", "alloydb",
            "bigtable", "firestore");

    private CrossZoneTransfer() {
    }

    static List<CostLine> lines(Topology topology, TransferPrices rates) {
        List<CostLine> out = new ArrayList<>();
        for (Dataset d : topology.datasets()) {
            Figure written = ReplicationTransfer.gbPerMonth(d);
            for (String copy : d.copies()) {
                Component c = topology.component(copy).orElseThrow();
                Region region = topology.region(c.regionId()).orElseThrow();
                int otherZones = instancesOutsideZoneZero(c.instances(), region.zones());
                if (otherZones == 0 || c.zoneRedundant() || isWitness(c) || storageReplicated(c)
                        || written.value() == 0) {
                    continue;
                }
                Optional<TransferPrices.Rate> rate = rates.crossZone(region);
                if (rate.isEmpty()) {
                    continue;
                }
                double gb = written.value() * otherZones;
                Figure monthly = Figure.of("cross-zone " + d.id() + " " + c.id(), gb * rate.get().perGb(),
                        "USD/month", "GB written per month × instances outside the active instance's zone × price "
                                + "per GB", "GB written per month", written.value(), "instances in other zones",
                        otherZones, "GB per month", gb, "price per GB", rate.get().perGb());
                out.add(new CostLine(CostCategory.TRANSFER, c.id(), region.id(), String.format(Locale.ROOT,
                        "%s across %s's zones: %.1f GB/month × %d instance%s outside zone 0 at %s", d.id(), c.id(),
                        written.value(), otherZones, otherZones == 1 ? "" : "s", rate.get().why()), monthly));
            }
        }
        return out;
    }

    /** Instances 1 … n − 1 whose zone (i mod zones) is not the active instance's zone 0; none without two zones. */
    static int instancesOutsideZoneZero(int instances, int zones) {
        if (zones < 2) {
            return 0;
        }
        int count = 0;
        for (int i = 1; i < instances; i++) {
            if (i % zones != 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean storageReplicated(Component c) {
        String engine = c.spec() instanceof ComponentSpec.Database db ? db.engine()
                : c.spec() instanceof ComponentSpec.Cache cache ? cache.engine() : "";
        String e = engine.toLowerCase(Locale.ROOT);
        return STORAGE_REPLICATED.stream().anyMatch(e::startsWith);
    }

    private static boolean isWitness(Component c) {
        return c.spec() instanceof ComponentSpec.Database db && db.role() == DatabaseRole.WITNESS;
    }
}
