package io.meridian.model;

import java.util.List;

/**
 * Every default Meridian assumes, in one place, with where it comes from. Reports print {@link #ALL}.
 */
public final class Defaults {
    private Defaults() {
    }

    /** Speed of light in vacuum, km/ms. */
    public static final double LIGHT_KM_PER_MS = 299.792458;
    /** The seeds' 200,000 km/s; the physical value c/1.468 ≈ 204 km/ms is one edit away. */
    public static final double FIBER_KM_PER_MS = 200.0;
    // --- Typical RTT (issue 11): route inflation and overhead come per corridor from io/meridian/latency/corridors.csv;
    // a design's routeInflation / overheadRttMs, when stated, replace that column for every corridor. ---
    /** Extra overhead of a short hop at 0 km, fading linearly to nothing at {@link #SHORT_HOP_KM}, ms. */
    public static final double SHORT_HOP_OVERHEAD_MS = 1.75;
    /** Distance below which a hop pays part of {@link #SHORT_HOP_OVERHEAD_MS}, km. */
    public static final double SHORT_HOP_KM = 500.0;
    /** The number of corridors in the shipped table (10 zones: 55 unordered pairs). */
    public static final double LATENCY_CORRIDORS = 55;
    /** Spanner's TrueTime uncertainty ε: 1–7 ms reported, ~3.5 ms typical. */
    public static final double COMMIT_WAIT_EPSILON_MS = 3.5;
    /** No downtime cost unless the design states one. */
    public static final double DOWNTIME_COST_PER_HOUR = 0.0;
    /** Whole-region outage repair time: the seeds' 4-hour us-east-1 power outage. */
    public static final double REGION_MTTR_HOURS = 4.0;
    /**
     * A provider-wide event (every region of one provider down together) is assumed to be rare: about one
     * 4-hour event in 10 years gives 1 − 4 / 87,660 ≈ 0.99995.
     */
    public static final double PROVIDER_AVAILABILITY = 0.99995;
    /** Length of a provider-wide event. */
    public static final double PROVIDER_MTTR_HOURS = 4.0;
    /**
     * Probability that one availability zone (or cell) of a region is not in a zone-wide outage: about one
     * 3.5-hour zone event every 4 years gives 1 − 3.5 / 35,064 ≈ 0.9999.
     */
    public static final double ZONE_AVAILABILITY = 0.9999;
    /** Length of a zone-wide event (the 3.5 hours behind {@link #ZONE_AVAILABILITY}). */
    public static final double ZONE_MTTR_HOURS = 3.5;
    /** Time to repair or replace one failed instance when its availability is stated as an SLA without MTTR. */
    public static final double COMPONENT_MTTR_HOURS = 1.0;
    /** Clients re-establishing connections and warming pools after a switch, s. */
    public static final double RECONNECT_SECONDS = 5.0;
    /**
     * Time for a quorum group to elect a new leader after its leader's region is lost: leader leases run out first
     * (Spanner: 10 s leases; CockroachDB: about 9 s of node liveness before leases move).
     */
    public static final double LEADER_ELECTION_SECONDS = 10.0;
    /** The seeds' CRDT scenario: a 30 s partition between regions. */
    public static final double PARTITION_SECONDS = 30.0;
    /** The seeds' WAN cut to buffer for: 24 h. */
    public static final double WAN_CUT_HOURS = 24.0;
    /** AWS inter-region data transfer, USD per GB (aws.amazon.com/ec2/pricing/on-demand, 2026). */
    public static final double TRANSFER_PRICE_PER_GB = 0.02;
    /** Hours in an average year (365.25 × 24), used for downtime per year. */
    public static final double HOURS_PER_YEAR = 8766.0;
    /** Hours in a billing month. */
    public static final double HOURS_PER_MONTH = 730.0;

    /** One documented default. */
    public record Entry(String name, double value, String unit, String source) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry("fiberKmPerMs", FIBER_KM_PER_MS, "km/ms",
                    "Seeds: light in fiber ≈ 200,000 km/s. Physical: c / 1.468 (refractive index of G.652 fiber) ≈ 204 km/ms."),
            new Entry("latencyCorridors", LATENCY_CORRIDORS, "corridors",
                    "Typical RTT = floor × inflation + overhead per corridor (pair of zones: continents, Asia and the "
                            + "Middle East split), fitted on GCP's performance-dashboard medians (2023-11) and "
                            + "cloudping.co's AWS p50 (2024-10 to 2025-10); held out on Azure's published P50 "
                            + "(2024-06): 84.7% of pairs ≥ 500 km within 20%, 98.1% within 35% (docs/latency-model.md). "
                            + "A design's routeInflation / overheadRttMs replace the table's column."),
            new Entry("shortHopOverheadMs", SHORT_HOP_OVERHEAD_MS, "ms",
                    "Fitted on cloudping.co's AWS p50 for region pairs under 500 km (TCP connections, as an "
                            + "application sees them); fades linearly to 0 at 500 km. Held out on Azure's pairs under "
                            + "500 km: 55.9% within 20% (the uniform 1.5× + 2 ms: 0%)."),
            new Entry("commitWaitEpsilonMs", COMMIT_WAIT_EPSILON_MS, "ms",
                    "Corbett et al., 'Spanner: Google's Globally-Distributed Database', OSDI 2012: ε of 1–7 ms."),
            new Entry("regionMttrHours", REGION_MTTR_HOURS, "h",
                    "Seeds: us-east-1 goes down completely for 4 hours."),
            new Entry("providerAvailability", PROVIDER_AVAILABILITY, "",
                    "Judgement: one provider-wide 4-hour event per 10 years (1 − 4/87,660). Override per provider."),
            new Entry("providerMttrHours", PROVIDER_MTTR_HOURS, "h", "Judgement, as the region outage of the seeds."),
            new Entry("zoneAvailability", ZONE_AVAILABILITY, "",
                    "Judgement: one zone-wide event of a few hours per zone every ~4 years (1 − 3.5/35,064 ≈ 0.9999). "
                            + "Consistent with AWS's EC2 SLA of 99.99% for a region when instances span two or more "
                            + "zones, against 99.5% for a single instance (aws.amazon.com/compute/sla)."),
            new Entry("zoneMttrHours", ZONE_MTTR_HOURS, "h", "Judgement, the zone event behind zoneAvailability."),
            new Entry("componentMttrHours", COMPONENT_MTTR_HOURS, "h",
                    "Judgement: an auto-scaling group or a managed service replaces a failed instance within the "
                            + "hour (an instance SLA states no repair time)."),
            new Entry("reconnectSeconds", RECONNECT_SECONDS, "s",
                    "Judgement: connection pools re-dial and warm up within a few seconds after a switch."),
            new Entry("leaderElectionSeconds", LEADER_ELECTION_SECONDS, "s",
                    "Corbett et al., 'Spanner', OSDI 2012: Paxos leader leases of 10 s by default; CockroachDB "
                            + "troubleshooting guide: leases of a failed node move once its 9 s liveness record "
                            + "expires ('impact of node failure is greater than 10 seconds' is the alarm)."),
            new Entry("partitionSeconds", PARTITION_SECONDS, "s", "Seeds: the CRDT collaboration scenario's 30 s partition."),
            new Entry("wanCutHours", WAN_CUT_HOURS, "h", "Seeds: buffer a 24-hour WAN cut in the queue."),
            new Entry("transferPricePerGb", TRANSFER_PRICE_PER_GB, "USD/GB",
                    "AWS EC2 on-demand pricing page: data transfer between AWS regions, $0.02/GB (2026-11)."),
            new Entry("hoursPerYear", HOURS_PER_YEAR, "h", "365.25 days × 24 h."),
            new Entry("hoursPerMonth", HOURS_PER_MONTH, "h", "Cloud billing month (AWS, GCP, Azure price pages)."));
}
