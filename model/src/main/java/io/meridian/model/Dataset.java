package io.meridian.model;

import java.util.List;

/**
 * What is written and how.
 *
 * @param copies            ids of the database (or cache) components that hold a copy
 * @param writesPerSecond   writes/s across all populations
 * @param recordBytes       average size of one write (bytes), for transfer cost and WAN-cut buffers
 * @param commutative       true for values whose concurrent updates commute (counters); false for balances
 * @param zoneId            residency zone the data must stay in, or null
 * @param mergeRatePerSecond operations/s merged after a partition heals (CRDT convergence)
 * @param promotion         who promotes a copy when the leader is lost (single-primary and home-region)
 * @param promotionOrder    the copies that may be promoted, first choice first; null: Meridian's default order
 *                          (see {@code placement.DatasetPlacement#promotionOrder}); empty: no copy may be promoted
 * @param decisionMinutes   manual promotion only: the operator's time to be paged and decide; null: the default
 * @param burst             writes above the sustained rate for a while, or null when none is stated
 * @param fencingSeconds    how long an isolated old leader keeps accepting writes before it demotes itself (or is
 *                          fenced); null: {@link Defaults#FENCING_SECONDS}
 * @param readConsistency   what reads promise; null: strong, but stale for multi-primary (its only kind)
 * @param quorumLeader      majority-quorum and commit-wait only: which voter leads a writer's commits; null: fixed
 */
public record Dataset(String id, String name, WriteStrategy strategy, ConflictResolution conflict,
                      double writesPerSecond, double recordBytes, boolean commutative, String zoneId,
                      List<String> copies, double mergeRatePerSecond, PromotionMode promotion,
                      List<String> promotionOrder, Double decisionMinutes, WriteBurst burst,
                      Double fencingSeconds, ReadConsistency readConsistency, QuorumLeader quorumLeader) {
    /** Reads and quorum leader at their defaults. */
    public Dataset(String id, String name, WriteStrategy strategy, ConflictResolution conflict,
                   double writesPerSecond, double recordBytes, boolean commutative, String zoneId,
                   List<String> copies, double mergeRatePerSecond, PromotionMode promotion,
                   List<String> promotionOrder, Double decisionMinutes, WriteBurst burst, Double fencingSeconds) {
        this(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, promotion, promotionOrder, decisionMinutes, burst, fencingSeconds, null, null);
    }

    /** Without a burst, fenced after the default time. */
    public Dataset(String id, String name, WriteStrategy strategy, ConflictResolution conflict,
                   double writesPerSecond, double recordBytes, boolean commutative, String zoneId,
                   List<String> copies, double mergeRatePerSecond, PromotionMode promotion,
                   List<String> promotionOrder, Double decisionMinutes) {
        this(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, promotion, promotionOrder, decisionMinutes, null, null);
    }

    /** A dataset promoted automatically in the default order. */
    public Dataset(String id, String name, WriteStrategy strategy, ConflictResolution conflict,
                   double writesPerSecond, double recordBytes, boolean commutative, String zoneId,
                   List<String> copies, double mergeRatePerSecond) {
        this(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, PromotionMode.AUTOMATIC, null, null);
    }

    public Dataset {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(strategy, "strategy");
        Checks.present(conflict, "conflict");
        Checks.nonNegative(writesPerSecond, Limits.MAX_PER_SECOND, "writesPerSecond");
        Checks.nonNegative(recordBytes, Limits.MAX_RECORD_BYTES, "recordBytes");
        if (zoneId != null) {
            Checks.id(zoneId, "zone");
        }
        copies = List.copyOf(Checks.present(copies, "copies"));
        for (int i = 0; i < copies.size(); i++) {
            Checks.id(copies.get(i), "copies[" + i + "]");
        }
        Checks.unique(copies, "copies");
        Checks.nonNegative(mergeRatePerSecond, Limits.MAX_PER_SECOND, "mergeRatePerSecond");
        Checks.present(promotion, "promotion");
        if (promotionOrder != null) {
            promotionOrder = List.copyOf(promotionOrder);
            for (int i = 0; i < promotionOrder.size(); i++) {
                Checks.id(promotionOrder.get(i), "promotionOrder[" + i + "]");
                if (!copies.contains(promotionOrder.get(i))) {
                    throw new ModelException("promotionOrder[" + i + "]", "'" + promotionOrder.get(i)
                            + "' is not one of the dataset's copies");
                }
            }
            Checks.unique(promotionOrder, "promotionOrder");
        }
        if (decisionMinutes != null) {
            Checks.nonNegative(decisionMinutes, Limits.MAX_MINUTES, "decisionMinutes");
            if (promotion != PromotionMode.MANUAL) {
                throw new ModelException("decisionMinutes", "only a manual promotion waits for a decision");
            }
        }
        if (burst != null && burst.writesPerSecond() < writesPerSecond) {
            throw new ModelException("burstWritesPerSecond", "a burst writes at least the sustained "
                    + writesPerSecond + " writes/s");
        }
        if (fencingSeconds != null) {
            Checks.nonNegative(fencingSeconds, Limits.MAX_SECONDS, "fencingSeconds");
        }
        if (readConsistency == ReadConsistency.STRONG && strategy == WriteStrategy.MULTI_PRIMARY) {
            throw new ModelException("readConsistency", "multi-primary data has no strong read: each copy commits "
                    + "alone (use 'stale', or a single-leader strategy)");
        }
        if (quorumLeader != null && strategy != WriteStrategy.MAJORITY_QUORUM
                && strategy != WriteStrategy.COMMIT_WAIT) {
            throw new ModelException("quorumLeader", "applies only to majority-quorum and commit-wait data, not "
                    + strategy.id());
        }
    }

    /** What reads promise: as stated, else strong (stale for multi-primary, which has no strong read). */
    public ReadConsistency readConsistencyOrDefault() {
        if (readConsistency != null) {
            return readConsistency;
        }
        return strategy == WriteStrategy.MULTI_PRIMARY ? ReadConsistency.STALE : ReadConsistency.STRONG;
    }

    /** Which voter leads a quorum's writes: as stated, else one fixed leader. */
    public QuorumLeader quorumLeaderOrDefault() {
        return quorumLeader != null ? quorumLeader : QuorumLeader.FIXED;
    }

    /** Seconds an isolated old leader keeps accepting writes that no other copy receives. */
    public double fencingSecondsOrDefault() {
        return fencingSeconds != null ? fencingSeconds : Defaults.FENCING_SECONDS;
    }

    /**
     * Minutes an operator takes to be paged and decide on a manual promotion; 0 when promotion is automatic. Unstated,
     * it is the design's {@code operatorDecisionMinutes} (the same operator decides manual switchovers): one figure
     * for the team's response, not two defaults that can drift apart.
     */
    public double decisionMinutesOrDefault(double operatorDecisionMinutes) {
        if (promotion != PromotionMode.MANUAL) {
            return 0;
        }
        return decisionMinutes != null ? decisionMinutes : operatorDecisionMinutes;
    }

    public Dataset withStrategy(WriteStrategy value) {
        // A stated read promise or quorum leader the new strategy cannot keep falls back to its default.
        ReadConsistency reads = value == WriteStrategy.MULTI_PRIMARY && readConsistency == ReadConsistency.STRONG
                ? null : readConsistency;
        QuorumLeader leader = value == WriteStrategy.MAJORITY_QUORUM || value == WriteStrategy.COMMIT_WAIT
                ? quorumLeader : null;
        return new Dataset(id, name, value, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, promotion, promotionOrder, decisionMinutes, burst, fencingSeconds, reads, leader);
    }

    public Dataset withWritesPerSecond(double value) {
        return new Dataset(id, name, strategy, conflict, value, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, promotion, promotionOrder, decisionMinutes,
                burst == null || burst.writesPerSecond() >= value ? burst : null, fencingSeconds, readConsistency,
                quorumLeader);
    }

    public Dataset withPromotion(PromotionMode mode, List<String> order, Double minutes) {
        return new Dataset(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zoneId, copies,
                mergeRatePerSecond, mode, order, minutes, burst, fencingSeconds, readConsistency, quorumLeader);
    }

    /** The same dataset in another zone (or none) with fewer copies; a promotion order keeps the remaining ones. */
    public Dataset withPlacement(String zone, List<String> keptCopies) {
        List<String> order = promotionOrder == null ? null
                : promotionOrder.stream().filter(keptCopies::contains).toList();
        return new Dataset(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative, zone, keptCopies,
                mergeRatePerSecond, promotion, order, decisionMinutes, burst, fencingSeconds, readConsistency,
                quorumLeader);
    }
}
