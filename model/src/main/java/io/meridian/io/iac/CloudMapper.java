package io.meridian.io.iac;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Defaults;
import java.util.ArrayList;
import java.util.List;

/** What the per-cloud mappers share: the resources, the draft design, and the common shapes of replication. */
abstract class CloudMapper {
    final Inventory inventory;
    final DesignDraft draft;

    CloudMapper(Inventory inventory, DesignDraft draft) {
        this.inventory = inventory;
        this.draft = draft;
    }

    /** Maps what this cloud's mapper knows; leaves the rest unhandled for the importer to list. */
    abstract void map();

    static String id(ObjectNode component) {
        return component.path("id").asText();
    }

    /** Marks every resource of these types that no mapping used as skipped, with why. */
    void skipUnused(String why, String... types) {
        for (IacResource r : inventory.ofType(types)) {
            draft.skip(r, why);
        }
    }

    /**
     * One primary and its asynchronous copies: a replication link from the primary to each, and one dataset over
     * them all, single-primary. {@code promotion} is how the provider promotes a copy (manual for cross-region
     * read replicas and Aurora Global Database; automatic for Cosmos DB and failover groups set so).
     */
    void primaryWithReplicas(String datasetBase, String name, String primary, List<String> replicas,
                             String mode, String promotion) {
        List<String> copies = new ArrayList<>();
        copies.add(primary);
        for (String r : replicas) {
            draft.replication(primary, r, mode);
            copies.add(r);
        }
        draft.dataset(datasetBase, name, "single-primary", "none", copies, promotion);
    }

    /** Copies that each accept writes: replication both ways between every pair, one multi-primary dataset. */
    void multiPrimary(String datasetBase, String name, List<String> copies, String conflict) {
        for (String a : copies) {
            for (String b : copies) {
                if (!a.equals(b)) {
                    draft.replication(a, b, "async");
                }
            }
        }
        draft.dataset(datasetBase, name, copies.size() > 1 ? "multi-primary" : "single-primary",
                copies.size() > 1 ? conflict : "none", copies, "automatic");
    }

    /** Every load balancer of a region in front of every compute tier of that region (the code rarely says more). */
    void loadBalancersInFrontOfTiers(List<ObjectNode> balancers, List<ObjectNode> tiers) {
        for (ObjectNode lb : balancers) {
            for (ObjectNode t : tiers) {
                if (lb.path("region").asText().equals(t.path("region").asText())) {
                    draft.dependency(id(lb), id(t));
                }
            }
        }
        if (!balancers.isEmpty() && !tiers.isEmpty()) {
            draft.note("Each load balancer depends (hard) on the compute tiers of its region; listeners and target "
                    + "groups are not followed. Dependencies from tiers to databases and caches are not in the "
                    + "code: add them.");
        }
    }

    static double managed() {
        return Defaults.IMPORT_MANAGED_SERVICE_AVAILABILITY;
    }

    static String plain(double v) {
        return DesignDraft.plain(v);
    }
}
