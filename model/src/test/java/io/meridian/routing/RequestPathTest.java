package io.meridian.routing;

import static io.meridian.routing.Designs.cache;
import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Reliability;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which components a request entering a region needs. */
class RequestPathTest {
    private static Component lb(String id, String regionId) {
        return new Component(id, id, regionId, 1, 0.02, Reliability.ofSla(0.9999), new ComponentSpec.LoadBalancer());
    }

    private static Link soft(String id, String from, String to) {
        return new Link(id, LinkKind.DEPENDENCY, from, to, false, null, 0, null, null);
    }

    /** use1: lb → api → auth → db (hard), api ⇢ cache (soft), a batch worker → db; usw2: api2 → db (cross-region). */
    private static final Topology DESIGN = Topology.EMPTY
            .withRegion(region("use1", 39, -77))
            .withRegion(region("usw2", 45, -122))
            .withComponent(lb("lb", "use1"))
            .withComponent(service("api", "use1"))
            .withComponent(service("auth", "use1"))
            .withComponent(database("db", "use1", DatabaseRole.PRIMARY))
            .withComponent(cache("cache", "use1"))
            .withComponent(service("worker", "use1"))
            .withComponent(service("api2", "usw2"))
            .withComponent(database("orphan", "usw2", DatabaseRole.PRIMARY))
            .withLink(Link.dependency("lb-api", "lb", "api"))
            .withLink(Link.dependency("api-auth", "api", "auth"))
            .withLink(Link.dependency("auth-db", "auth", "db"))
            .withLink(soft("api-cache", "api", "cache"))
            .withLink(Link.dependency("worker-db", "worker", "db"))
            .withLink(Link.dependency("api2-db", "api2", "db"));

    @Test
    void aLoadBalancedRegionEntersByItsLoadBalancerAndFollowsHardDependenciesTransitively() {
        RequestPath paths = RequestPath.of(DESIGN);
        assertThat(paths.entries("use1")).containsExactly("lb");
        assertThat(paths.components("use1")).containsExactlyInAnyOrder("lb", "api", "auth", "db");
        assertThat(paths.onSomePath("worker")).isFalse();
        assertThat(paths.onSomePath("cache")).isFalse();
    }

    @Test
    void withoutALoadBalancerTheServicesNothingCallsAreTheEntriesAndAPathMayLeaveTheRegion() {
        RequestPath paths = RequestPath.of(DESIGN);
        assertThat(paths.entries("usw2")).containsExactly("api2");
        assertThat(paths.components("usw2")).containsExactlyInAnyOrder("api2", "db");
    }

    @Test
    void unusedComponentsAreThoseNoPathDependencyCopyOrReplicationNeeds() {
        // The worker is on no path (the load balancer is use1's entry); the cache is reached softly (it degrades
        // requests); the orphan database counts nowhere until it holds a copy of a dataset.
        assertThat(RequestPath.of(DESIGN).unused()).containsExactly("worker", "orphan");
        Topology withCopy = DESIGN.withDataset(new Dataset("d", "d", WriteStrategy.SINGLE_PRIMARY,
                ConflictResolution.NONE, 10, 100, false, null, List.of("orphan"), 0));
        assertThat(RequestPath.of(withCopy).unused()).containsExactly("worker");
    }

    @Test
    void aDesignWithoutServicesOrLoadBalancersEntersByEveryComponent() {
        Topology t = Topology.EMPTY.withRegion(region("use1", 39, -77))
                .withComponent(database("db", "use1", DatabaseRole.PRIMARY))
                .withComponent(cache("cache", "use1"));
        RequestPath paths = RequestPath.of(t);
        assertThat(paths.everyComponentEnters()).isTrue();
        assertThat(paths.entries("use1")).containsExactly("db", "cache");
        assertThat(paths.unused()).isEmpty();
    }
}
