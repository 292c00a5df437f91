package io.meridian.app.designdata;

import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.PromotionMode;
import io.meridian.model.QuorumLeader;
import io.meridian.model.ReadConsistency;
import io.meridian.model.WriteBurst;
import io.meridian.model.WriteStrategy;
import java.util.List;

/**
 * A dataset's seventeen values, to change one and build a new {@link Dataset} through its validating constructor
 * (the record has no wither for most of them). Nothing here checks anything: {@link #build()} is where the model
 * refuses.
 */
final class DatasetDraft {
    String id;
    String name;
    WriteStrategy strategy;
    ConflictResolution conflict;
    double writesPerSecond;
    double recordBytes;
    boolean commutative;
    String zoneId;
    List<String> copies;
    double mergeRatePerSecond;
    PromotionMode promotion;
    List<String> promotionOrder;
    Double decisionMinutes;
    WriteBurst burst;
    Double fencingSeconds;
    ReadConsistency readConsistency;
    QuorumLeader quorumLeader;

    DatasetDraft(Dataset d) {
        id = d.id();
        name = d.name();
        strategy = d.strategy();
        conflict = d.conflict();
        writesPerSecond = d.writesPerSecond();
        recordBytes = d.recordBytes();
        commutative = d.commutative();
        zoneId = d.zoneId();
        copies = d.copies();
        mergeRatePerSecond = d.mergeRatePerSecond();
        promotion = d.promotion();
        promotionOrder = d.promotionOrder();
        decisionMinutes = d.decisionMinutes();
        burst = d.burst();
        fencingSeconds = d.fencingSeconds();
        readConsistency = d.readConsistency();
        quorumLeader = d.quorumLeader();
    }

    Dataset build() {
        return new Dataset(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, promotion, promotionOrder, decisionMinutes, burst, fencingSeconds, readConsistency,
                quorumLeader);
    }
}
