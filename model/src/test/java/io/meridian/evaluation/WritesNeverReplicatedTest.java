package io.meridian.evaluation;

import static io.meridian.evaluation.FindingsTest.dataset;
import static io.meridian.evaluation.FindingsTest.db;
import static io.meridian.evaluation.FindingsTest.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.recovery.DatasetRpo;
import io.meridian.recovery.RecoveryEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10 item 9: a copy that takes writes must have a replication path to the others (multicloud-cdc's EU copy). */
class WritesNeverReplicatedTest {
    /** Three regions, one database each; a and b replicate both ways, a also feeds c; c feeds nobody. */
    private static final Topology THREE = Topology.EMPTY
            .withRegion(region("usc1", 41.3, -95.9))
            .withRegion(region("use1", 38.9, -77.0))
            .withRegion(region("euw1", 53.3, -6.3))
            .withComponent(db("a", "usc1", DatabaseRole.PRIMARY))
            .withComponent(db("b", "use1", DatabaseRole.PRIMARY))
            .withComponent(db("c", "euw1", DatabaseRole.REPLICA))
            .withLink(Link.replication("a-b", "a", "b", ReplicationMode.ASYNC))
            .withLink(Link.replication("b-a", "b", "a", ReplicationMode.ASYNC))
            .withLink(Link.replication("b-c", "b", "c", ReplicationMode.ASYNC));

    private static List<Finding> findings(Topology t) {
        List<Finding> out = new ArrayList<>();
        DataFindings.neverReplicated(t, out);
        return out;
    }

    @Test
    void aWritableCopyWithNoOutgoingLinkIsFlaggedAndItsRpoIsUnbounded() {
        Topology t = THREE.withDataset(dataset("users", WriteStrategy.MULTI_PRIMARY, ConflictResolution.LWW, false,
                null, "a", "b", "c"));

        // a reaches b directly and c through b; b reaches a and c; c reaches nobody.
        assertThat(findings(t)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.WRITES_NEVER_REPLICATED);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly("users", "c", "a", "b");
            assertThat(f.explanation()).contains("RPO is unbounded");
        });
        DatasetRpo rpo = RecoveryEngine.evaluate(t).rpo().get(0);
        assertThat(rpo.unbounded()).isTrue();
        assertThat(rpo.basis()).contains("'c' in euw1 takes writes");
    }

    @Test
    void oneLinkOutOfTheWritableCopyReachesEveryCopyThroughTheChain() {
        Topology t = THREE.withLink(Link.replication("c-b", "c", "b", ReplicationMode.ASYNC))
                .withDataset(dataset("users", WriteStrategy.MULTI_PRIMARY, ConflictResolution.LWW, false, null,
                        "a", "b", "c"));

        // c → b → a: every copy reaches every other one.
        assertThat(findings(t)).isEmpty();
        assertThat(RecoveryEngine.evaluate(t).rpo().get(0).unbounded()).isFalse();
    }

    @Test
    void aSinglePrimaryLeaderThatReachesSomeButNotAllCopiesIsFlaggedButKeepsABoundedRpo() {
        // The leader is a (the first primary): it feeds only b, which feeds c: every copy is reached, quiet.
        Topology ok = THREE.withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                false, null, "a", "b", "c"));
        assertThat(findings(ok)).isEmpty();
        // A fourth copy nobody feeds: the leader's writes never reach it, but they do leave usc1 (RPO bounded).
        Topology d = ok.withComponent(db("d", "euw1", DatabaseRole.REPLICA))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, false, null,
                        "a", "b", "c", "d"));
        assertThat(findings(d)).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly("orders", "a", "d");
            assertThat(f.explanation()).doesNotContain("unbounded");
        });
        assertThat(RecoveryEngine.evaluate(d).rpo().get(0).unbounded()).isFalse();
    }

    @Test
    void homeRegionLeadersNeedOnlyReachAnotherRegion() {
        // The primaries a and b lead (c is a replica).
        // a → b leaves usc1 and b → a leaves use1: partitioned rows need not reach the other home's leader: quiet.
        Topology t = THREE.withDataset(dataset("profiles", WriteStrategy.HOME_REGION, ConflictResolution.NONE,
                false, null, "a", "b", "c"));
        assertThat(findings(t)).isEmpty();
        // Without b → a, leader b still leaves use1 through b → c; leader a's rows reach b: still quiet.
        Topology noBack = t.without("b-a");
        assertThat(findings(noBack)).isEmpty();
        // Without a → b, leader a's rows stay in usc1: flagged, naming the copies outside usc1, RPO unbounded.
        Topology stranded = t.without("a-b");
        assertThat(findings(stranded)).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly("profiles", "a", "b", "c");
            assertThat(f.explanation()).contains("RPO is unbounded");
        });
        assertThat(RecoveryEngine.evaluate(stranded).rpo().get(0).unbounded()).isTrue();
    }

    @Test
    void quorumWritesNeedNoReplicationLinks() {
        Topology t = THREE.withDataset(dataset("ledger", WriteStrategy.MAJORITY_QUORUM, ConflictResolution.NONE,
                false, null, "a", "b", "c"));

        assertThat(findings(t)).isEmpty();
    }
}
