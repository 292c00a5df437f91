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
    /** Spanner's TrueTime uncertainty ε: a sawtooth of 1–7 ms, "4 ms most of the time" (OSDI 2012 §3). */
    public static final double COMMIT_WAIT_EPSILON_MS = 4.0;
    /**
     * How far behind the present a follower (stale) read of consensus data reads: CockroachDB's
     * follower_read_timestamp() with the default closed-timestamp settings.
     */
    public static final double FOLLOWER_READ_STALENESS_SECONDS = 4.8;
    /** A round trip between two components of one region (across its zones), median, ms. */
    public static final double INTRA_REGION_RTT_MS = 1.0;
    /** The same round trip's 99th percentile, ms: Azure's published bound between zones. */
    public static final double INTRA_REGION_RTT_P99_MS = 2.0;
    /** p99 / p50 of a round trip between regions or from users to a region (the typical RTT is a median). */
    public static final double NETWORK_P99_FACTOR = 1.2;
    /** p99 / p50 of a component's service time when only the median is stated (as the replication lag's 3 × p50). */
    public static final double SERVICE_TIME_P99_FACTOR = 3.0;
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
    // Overload and autoscaling of service tiers (issue 10).
    /** What a service tier does beyond its capacity unless it says otherwise: shed the excess (admission control). */
    public static final OverloadBehaviour OVERLOAD_BEHAVIOUR = OverloadBehaviour.SHED;
    /** Minutes an autoscaled tier takes to bring its added instances into service (AWS's 300 s default). */
    public static final double WARMUP_MINUTES = 5.0;

    /** AWS inter-region data transfer, USD per GB (aws.amazon.com/ec2/pricing/on-demand, 2026). */
    public static final double TRANSFER_PRICE_PER_GB = 0.02;
    /**
     * Bytes of one commit-protocol message that carries no record (a vote, a decision, an acknowledgement), headers
     * included; a message that carries a record adds this to the record's bytes.
     */
    public static final double PROTOCOL_MESSAGE_BYTES = 200.0;
    /** Hours in an average year (365.25 × 24), used for downtime per year. */
    public static final double HOURS_PER_YEAR = 8766.0;
    /** Hours in a billing month. */
    public static final double HOURS_PER_MONTH = 730.0;

    // Issue 10, who writes what, promotion and synchronous acknowledgement.
    /** How long a semi-synchronous primary waits for an acknowledgement before it commits alone, ms. */
    public static final double SEMI_SYNC_ACK_TIMEOUT_MS = 10_000.0;
    // Issue 10, item 1: per-event recovery (in-region switchover, failure on demand, the DNS-cache tail).
    /**
     * In-region switchover of a database whose standby sits in another zone (Multi-AZ): AWS RDS publishes
     * "typically 60–120 seconds"; the midpoint.
     */
    public static final double IN_REGION_SWITCHOVER_SECONDS = 90.0;
    /** In-region promotion of a cache replica: Redis Cluster's cluster-node-timeout of 15 s dominates. */
    public static final double CACHE_SWITCHOVER_SECONDS = 15.0;
    /** Probability that an automatic switchover or promotion fails when called (judgement, no source found). */
    public static final double SWITCHOVER_FAILURE_ON_DEMAND = 0.01;
    /** Operator page, acknowledge and decide before a manual switchover or promotion, minutes. */
    public static final double OPERATOR_DECISION_MINUTES = 15.0;
    /** Share of clients that keep a dead DNS answer well past its TTL. */
    public static final double DNS_STALE_CLIENT_SHARE = 0.02;
    /** How long those clients keep it, s. */
    public static final double DNS_STALE_TAIL_SECONDS = 900.0;

    // Issue 10 item 6, correlated and common causes (docs/research/issue-10-sources.md rows 5a–5h, 6a–6c, 7a–7c).
    /**
     * The routing layer's availability when its SLA says 100% (Route 53, Google Cloud DNS, Cloudflare) or when the
     * design names no service: an SLA of 100% is a credit promise, and each of these providers had a global incident
     * in 2019–2025 (judgement).
     */
    public static final double ROUTING_AVAILABILITY = 0.9999;
    /** How long the routing layer's own outage lasts when its reliability states no MTTR, hours (simulated years). */
    public static final double ROUTING_MTTR_HOURS = 2.0;
    /** How long a third-party dependency's outage lasts when its reliability states no MTTR, hours. */
    public static final double DEPENDENCY_MTTR_HOURS = 2.0;
    /** Global changes of the design's own software (bad deploy or config push) that go wrong per year. */
    public static final double GLOBAL_CHANGE_EVENTS_PER_YEAR = 1.0;
    /** How long one lasts until it is rolled back, hours. */
    public static final double GLOBAL_CHANGE_DURATION_HOURS = 2.0;
    /** Waves of a staged rollout: a bad change reaches 1/waves of the regions before it is stopped. */
    public static final int ROLLOUT_WAVES = 4;
    /** A third-party identity provider (Auth0, Microsoft Entra ID). */
    public static final double IDENTITY_PROVIDER_AVAILABILITY = 0.9999;
    /** A third-party payments provider. */
    public static final double PAYMENTS_PROVIDER_AVAILABILITY = 0.9999;
    /** A third-party CDN or DNS provider in front of the design (not its routing layer). */
    public static final double CDN_DNS_PROVIDER_AVAILABILITY = 0.9999;

    // Issue 10 item 8: RPO is a tail (replication lag distribution, bursts, fencing).
    /**
     * The interval a committed write can wait before its source flushes and ships it (PostgreSQL's wal_writer_delay);
     * added to the one-way trip for a link's median lag unless the link states lagP50Ms.
     */
    public static final double REPLICATION_FLUSH_INTERVAL_MS = 200.0;
    /** p99 / p50 of a replication link's lag unless the link states lagP99Ms (judgement). */
    public static final double LAG_P99_OVER_P50 = 3.0;
    /** Writes/s one replication apply worker sustains unless the database says otherwise (the seeds' MySQL). */
    public static final double APPLY_RATE_PER_WORKER = 5000.0;
    /**
     * Seconds an isolated old primary keeps accepting writes before it demotes itself (Patroni's leader-key ttl):
     * writes no replica ever receives, lost when another copy is promoted.
     */
    public static final double FENCING_SECONDS = 30.0;

    /** Beta-PERT shape: weight of the mode in the mean (a + λm + b)/(λ + 2). */
    public static final double PERT_LAMBDA = 4.0;
    /** A lognormal range is sampled between its 0.5th and 99.5th percentiles. */
    public static final double LOGNORMAL_TAIL_CUT = 0.005;
    /** Sampled designs in an uncertainty propagation. */
    public static final int UNCERTAINTY_SAMPLES = 500;
    /** Seed of the propagation's random numbers: a fixed seed makes every run of a design give the same intervals. */
    public static final long UNCERTAINTY_SEED = 20_261_206L;
    // Importing infrastructure code (issue 15): what a Terraform plan or CloudFormation template does not say.
    /** Requests/s one imported compute instance carries: infrastructure code states no application throughput. */
    public static final double IMPORT_CAPACITY_PER_INSTANCE_RPS = 200.0;
    /** Availability of one imported VM or single-instance managed node. */
    public static final double IMPORT_INSTANCE_AVAILABILITY = 0.995;
    /** Availability of an imported regional load balancer. */
    public static final double IMPORT_LOAD_BALANCER_AVAILABILITY = 0.9999;
    /** Availability of an imported relational database with a standby in another zone (Multi-AZ, HA, zone-redundant). */
    public static final double IMPORT_DATABASE_AVAILABILITY = 0.9995;
    /** Availability of one regional copy of an imported distributed database (DynamoDB, Aurora, Spanner, Cosmos DB). */
    public static final double IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY = 0.9999;
    /** Availability of an imported managed cache, queue or object store. */
    public static final double IMPORT_MANAGED_SERVICE_AVAILABILITY = 0.999;
    /** Messages/s an imported queue or stream carries: infrastructure code states brokers, not message rates. */
    public static final double IMPORT_QUEUE_THROUGHPUT_RPS = 20_000.0;
    /** Seconds between health checks of an imported DNS or anycast routing layer that states none. */
    public static final double IMPORT_HEALTH_CHECK_INTERVAL_SECONDS = 30.0;
    /** Consecutive failed health checks before an imported routing layer that states none drops a region. */
    public static final int IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD = 3;
    /** TTL of a Route 53 alias record, which states none of its own (it answers with its target's). */
    public static final double IMPORT_ALIAS_TTL_SECONDS = 60.0;
    /** Convergence of an imported anycast routing layer (Global Accelerator, Front Door, Google's global LB). */
    public static final double IMPORT_ANYCAST_CONVERGENCE_SECONDS = 5.0;

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
                    "Corbett et al., 'Spanner: Google's Globally-Distributed Database', OSDI 2012, §3: ε is a "
                            + "sawtooth of about 1 to 7 ms over each 30 s poll interval, 4 ms most of the time. "
                            + "The commit wait (2ε) overlaps the quorum round (§4.2.1)."),
            new Entry("intraRegionRttMs", INTRA_REGION_RTT_MS, "ms",
                    "A hop between two components of one region (a service to its database, a leader to a replica "
                            + "in another zone). Azure: availability zones are connected with a round-trip latency of "
                            + "less than 2 ms (Azure reliability docs, 'What are availability zones?'); GCP's "
                            + "performance dashboard shows same-region medians of about 0.4 ms; AWS describes "
                            + "single-digit-millisecond latency between AZs. Judgement: 1 ms as a cross-zone median "
                            + "within those bounds; floor 0 (distance unknown, a few km)."),
            new Entry("intraRegionRttP99Ms", INTRA_REGION_RTT_P99_MS, "ms",
                    "Azure's published inter-zone bound, < 2 ms, taken as the 99th percentile."),
            new Entry("networkP99Factor", NETWORK_P99_FACTOR, "×",
                    "Judgement: the typical RTT (corridors, measured links) is a median; the p99 of a round trip "
                            + "between regions or from users is taken as 1.2 × it (queueing and reroutes on long "
                            + "backbone paths add tens of percent, not multiples; no per-corridor p99 table is "
                            + "shipped). A measured p99 should replace it."),
            new Entry("serviceTimeP99Factor", SERVICE_TIME_P99_FACTOR, "×",
                    "Judgement, as the replication lag's p99 = 3 × p50: a component whose serviceTimeP99Ms is not "
                            + "stated gets 3 × its serviceTimeMs. Service times themselves default to 0 (not stated): "
                            + "Meridian does not invent an application's processing time."),
            new Entry("followerReadStalenessSeconds", FOLLOWER_READ_STALENESS_SECONDS, "s",
                    "CockroachDB docs, 'Follower Reads' (v20.2 and later): the shortest interval at which AS OF "
                            + "SYSTEM TIME can serve follower reads is 4.8 s with the default closed-timestamp "
                            + "settings. The staleness bound of a stale read at a quorum follower."),
            new Entry("regionMttrHours", REGION_MTTR_HOURS, "h",
                    "Seeds: us-east-1 goes down completely for 4 hours."),
            new Entry("providerAvailability", PROVIDER_AVAILABILITY, "",
                    "Judgement: one provider-wide 4-hour event per 10 years (1 − 4/87,660). Override per provider."),
            new Entry("providerMttrHours", PROVIDER_MTTR_HOURS, "h", "Judgement, as the region outage of the seeds."),
            new Entry("zoneAvailability", ZONE_AVAILABILITY, "",
                    "Judgement: one zone-wide event of zoneMttrHours per zone every ~4 years (1 − 3.5/35,064 ≈ "
                            + "0.9999); no provider publishes a zone's own availability. Consistent with Google "
                            + "Cloud's infrastructure reliability guide (target 99.9% for a workload in one zone, "
                            + "99.99% across zones, 99.999% across regions) and AWS's EC2 SLA (99.99% for a region "
                            + "when instances span two or more zones, 99.5% for a single instance). Per region: "
                            + "zoneAvailability. Used only for regions with 2 or more zones."),
            new Entry("zoneMttrHours", ZONE_MTTR_HOURS, "h",
                    "Published single-zone events: AWS us-east-1, 2012-06-14 (power lost 20:57 PDT, most instances "
                            + "back by 22:50: 1.9 h); AWS ap-northeast-1, 2019-08-23 (overheating from 12:36 JST, most "
                            + "instances back by 18:30: 5.9 h). 3.5 h lies between them (their mean is 3.9 h). Per "
                            + "region: zoneMttrHours."),
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
                    "AWS EC2 on-demand pricing page: data transfer between AWS regions, $0.02/GB (2026-11); the "
                            + "same out of us-east-1 in the AWS Price List API (AWSDataTransfer offer 20260916132208, "
                            + "2026-09-16). Left at this value, the price catalogue's source-region rows apply."),
            new Entry("protocolMessageBytes", PROTOCOL_MESSAGE_BYTES, "bytes",
                    "Judgement: one RPC on the wire as the providers meter it (IP packet bytes): TCP/IP headers with "
                            + "timestamps 52 B (RFC 791, RFC 9293, RFC 7323) + TLS 1.3 record overhead 22 B (RFC 8446: "
                            + "5 B header, 1 B type, 16 B AEAD tag) + RPC framing and a protocol header (term, log "
                            + "index, transaction id, status) of about 100 B, rounded up. Two-phase commit sends a "
                            + "prepare (record + this), a vote, a decision and an acknowledgement (this each) per "
                            + "participant; a consensus leader sends each follower the record + this and gets this back. "
                            + "An upper bound where the system batches many commits in one message."),
            new Entry("semiSyncAckTimeoutMs", SEMI_SYNC_ACK_TIMEOUT_MS, "ms",
                    "MySQL 8.4 Reference Manual, 19.4.10.2 'Configuring Semisynchronous Replication': "
                            + "rpl_semi_sync_source_timeout, how long the source waits for a replica's "
                            + "acknowledgement 'before timing out and reverting to asynchronous replication. The "
                            + "default value is 10000 (10 seconds)'."),
            new Entry("overloadBehaviour", 0, "0 = shed, 1 = collapse",
                    "Default 'shed': an overloaded tier serves capacity / offered of its requests. Yanacek, 'Using "
                            + "load shedding to avoid overload', Amazon Builders' Library: with shedding goodput "
                            + "plateaus near capacity; without it availability 'degrades rapidly and reaches 0%' as "
                            + "clients time out and retry ('collapse'). Bronson et al., 'Metastable Failures in "
                            + "Distributed Systems', HotOS 2021, and Huang et al., 'Metastable Failures in the Wild', "
                            + "OSDI 2022 (4 of 15 major AWS outages): a collapse persists until the load is cut."),
            new Entry("warmupMinutes", WARMUP_MINUTES, "min",
                    "Amazon ECS managed scaling: instanceWarmupPeriod 'If this parameter is omitted, the default "
                            + "value of 300 seconds is used'; EC2 Auto Scaling: EstimatedInstanceWarmup falls back "
                            + "to DefaultCooldown, 'Default: 300 seconds'. Launch-to-ready time itself: no published "
                            + "figure (judgement that 300 s covers it)."),
            new Entry("inRegionSwitchoverSeconds", IN_REGION_SWITCHOVER_SECONDS, "s",
                    "AWS, Amazon RDS User Guide, 'Failing over a Multi-AZ DB instance': 'Failover times are typically "
                            + "60–120 seconds'; the midpoint. Multi-AZ DB clusters: 'typically under 35 seconds'; "
                            + "Aurora: 'typically restored in less than 60 seconds'; Azure SQL zone-redundant: "
                            + "'typically less than 30 seconds'. A database pool with a spare instance pays it each "
                            + "time its active instance fails; override per component (switchoverSeconds)."),
            new Entry("cacheSwitchoverSeconds", CACHE_SWITCHOVER_SECONDS, "s",
                    "redis.conf: cluster-node-timeout 15000 ms before a replica is promoted (Sentinel's "
                            + "down-after-milliseconds defaults to 30 s). Seen through verbatim copies of the files."),
            new Entry("switchoverFailureOnDemand", SWITCHOVER_FAILURE_ON_DEMAND, "",
                    "Judgement (no published rate found; range 0.001–0.05): MIL-HDBK-338B §6 models a switch that "
                            + "'may fail to operate when required' (Q1) without a value for software failover; Yuan et "
                            + "al., OSDI 2014: 92% of catastrophic failures come from mishandled non-fatal errors. "
                            + "When it fails, the event costs the operator decision time on top of the same steps."),
            new Entry("operatorDecisionMinutes", OPERATOR_DECISION_MINUTES, "min",
                    "Google, Site Reliability Engineering, ch. 11 'Being On-Call': paging response 'Typical values "
                            + "are 5 minutes for user-facing … services'; the 10 further minutes to decide and "
                            + "trigger are judgement. Also a dataset's manual promotion when it states no "
                            + "decisionMinutes (a provider-managed failover decides later still: Azure SQL failover "
                            + "groups wait a grace period of at least 1 hour)."),
            new Entry("dnsStaleClientShare", DNS_STALE_CLIENT_SHARE, "",
                    "Flavel, Mani, Maltz, 'Re-evaluating the responsiveness of DNS-based network control', IEEE "
                            + "LANMAN 2014: '2% of users are still using a stale DNS response after 15 minutes "
                            + "(despite a 20 second TTL)'; Bhowmick et al., PAM 2023: 8.74% of resolvers extend TTLs."),
            new Entry("dnsStaleTailSeconds", DNS_STALE_TAIL_SECONDS, "s",
                    "Flavel et al., LANMAN 2014: the 2% were still stale 'after 15 minutes'; a lower bound."),
            new Entry("routingAvailability", ROUTING_AVAILABILITY, "",
                    "Judgement for a routing layer whose SLA says 100% or that names no service: Amazon Route 53 SLA "
                            + "'100% Available' (aws.amazon.com/route53/sla), Google Cloud DNS SLA 'Monthly Uptime "
                            + "Percentage … of 100%' (cloud.google.com/dns/sla), Cloudflare Business SLA '100% Uptime' "
                            + "(cloudflare.com/business-sla) are credit promises; Cloudflare (Jul 2019, Nov 2025) and "
                            + "Azure Front Door (Oct 2025) had global outages of 27 min to 8 h 20 min."),
            new Entry("routingAvailability.published", 0.9999, "",
                    "Published 99.99% SLAs, used as they are: Azure Traffic Manager and Azure Front Door (Microsoft "
                            + "SLA for Online Services), Google Cloud Load Balancing (Compute Engine SLA, 'Load "
                            + "balancing >= 99.99%'), AWS Global Accelerator multi-AZ (aws.amazon.com/"
                            + "global-accelerator/sla)."),
            new Entry("routingMttrHours", ROUTING_MTTR_HOURS, "h",
                    "Judgement from the global routing outages of routingAvailability: Cloudflare 2 Jul 2019, 27 min; "
                            + "Cloudflare 18 Nov 2025, 5 h 46 min; Azure Front Door 29 Oct 2025, 8 h 20 min (official "
                            + "post-incident reports). Only the simulated years use it; the expectation depends on the "
                            + "availability alone."),
            new Entry("dependencyMttrHours", DEPENDENCY_MTTR_HOURS, "h",
                    "Judgement, as routingMttrHours: third-party outages of identity and payment providers last from "
                            + "tens of minutes to hours. Only the simulated years use it."),
            new Entry("globalChangeEventsPerYear", GLOBAL_CHANGE_EVENTS_PER_YEAR, "events/yr",
                    "Google, 'Site Reliability Engineering' (2016), ch. 1: 'roughly 70% of outages are due to "
                            + "changes in a live system'; one global bad change a year is judgement (range 0.5–4)."),
            new Entry("globalChangeDurationHours", GLOBAL_CHANGE_DURATION_HOURS, "h",
                    "Official post-incident reports of global changes: Cloudflare WAF rule 2 Jul 2019, 27 min; "
                            + "Google Cloud Service Control 12 Jun 2025, 7 h 27 min; Azure Front Door 29 Oct 2025, "
                            + "8 h 20 min; Cloudflare 18 Nov 2025, 5 h 46 min. 2 h for an operator that can roll "
                            + "back is judgement."),
            new Entry("rolloutWaves", ROLLOUT_WAVES, "waves",
                    "Judgement: a staged rollout stops a bad change after its first wave, 1/4 of the regions; the "
                            + "reports above show the failure mode of a change pushed everywhere at once (1 wave)."),
            new Entry("identityProviderAvailability", IDENTITY_PROVIDER_AVAILABILITY, "",
                    "Auth0 service level description: 'at least 99.99%' a month; Microsoft Entra ID 99.99% for "
                            + "user authentication since 1 Apr 2021 (measured: most months 99.998–99.999%, March "
                            + "2021 99.568%)."),
            new Entry("paymentsProviderAvailability", PAYMENTS_PROVIDER_AVAILABILITY, "",
                    "Judgement: no published Stripe SLA found; Stripe's API was degraded about 2 h on 10 Jul 2019."),
            new Entry("cdnDnsProviderAvailability", CDN_DNS_PROVIDER_AVAILABILITY, "",
                    "Judgement on Cloudflare's 100% Business SLA (a credit promise) and its 5 h 46 min outage of "
                            + "18 Nov 2025."),
            new Entry("replicationFlushIntervalMs", REPLICATION_FLUSH_INTERVAL_MS, "ms",
                    "PostgreSQL documentation, 20.5 'Write Ahead Log', wal_writer_delay: 'Specifies how often the WAL "
                            + "writer flushes WAL, in time terms … The default value is 200 milliseconds': an "
                            + "asynchronously committed write can wait that long before it is flushed and streamed. "
                            + "Consistent with managed services' published typical lag 'under one second' (Aurora "
                            + "Global Database, DynamoDB global tables). Added to the one-way trip for a link's p50."),
            new Entry("lagP99OverP50", LAG_P99_OVER_P50, "×",
                    "Judgement (no published ratio found): replication lag has a heavier tail than the network "
                            + "trip (long transactions, checkpoints, consumer rebalances, GC pauses); p99 = 3 × p50 "
                            + "fits a lognormal with σ = ln 3 / 2.326 ≈ 0.47. State lagP99Ms from the replica's "
                            + "monitoring (pg_stat_replication.replay_lag, Seconds_Behind_Source, Kafka consumer lag)."),
            new Entry("applyRatePerWorker", APPLY_RATE_PER_WORKER, "writes/s",
                    "Seeds: a single-threaded MySQL replica applies about 5,000 writes/s (the replication-lag "
                            + "scenario's replica that falls 1,000 writes/s behind a 6,000 writes/s primary)."),
            new Entry("fencingSeconds", FENCING_SECONDS, "s",
                    "Patroni documentation, 'Dynamic Configuration Settings': ttl, 'the TTL to acquire the leader "
                            + "lock (in seconds). Think of it as the length of time before initiation of the automatic "
                            + "failover process. Default value: 30'. An isolated primary keeps its writes until its "
                            + "key expires and it demotes itself; a replica may take over only then. Override per "
                            + "dataset (fencingSeconds) for STONITH or a shorter ttl (minimum 20)."),
            new Entry("pertLambda", PERT_LAMBDA, "",
                    "Malcolm, Roseboom, Clark & Fazar, 'Application of a technique for research and development "
                            + "program evaluation', Operations Research 7(5), 1959 (PERT's mean (a + 4m + b)/6); "
                            + "Vose, 'Risk Analysis', 3rd ed., Wiley 2008, §9.1.4: the Beta-PERT with λ = 4."),
            new Entry("lognormalTailCut", LOGNORMAL_TAIL_CUT, "",
                    "Judgement: a lognormal has no upper end, and an availability or a price cannot take any value; "
                            + "cutting 0.5% off each tail keeps every draw between two percentiles the reader checks "
                            + "against the field's limits, and moves the P10–P90 of a propagation by far less than its "
                            + "sampling error."),
            new Entry("uncertaintySamples", UNCERTAINTY_SAMPLES, "designs",
                    "Judgement: Latin hypercube sampling (McKay, Beckman & Conover, Technometrics 21(2), 1979) "
                            + "stratifies every input, so 500 designs put the P10 and P90 of a smooth output within "
                            + "about ±1.5 percentile points; the binned first-order indices need ≥ 20 designs per "
                            + "class (⌈√500⌉ = 23 classes)."),
            new Entry("uncertaintySeed", UNCERTAINTY_SEED, "",
                    "Judgement: any fixed seed; fixed so that the same design always gives the same intervals."),
            new Entry("importCapacityPerInstanceRps", IMPORT_CAPACITY_PER_INSTANCE_RPS, "req/s",
                    "Judgement: a Terraform plan or CloudFormation template states instance types and counts, never "
                            + "the requests one instance serves; 200 req/s is the built-in templates' figure for an "
                            + "m5.large API instance. The import summary says so: state yours."),
            new Entry("importInstanceAvailability", IMPORT_INSTANCE_AVAILABILITY, "",
                    "Amazon Compute Service Level Agreement (aws.amazon.com/compute/sla): Instance-Level Uptime "
                            + "Percentage of at least 99.5% for an individual EC2 instance; the Amazon RDS SLA gives "
                            + "a Single-AZ instance the same 99.5%. Used for imported VMs of every provider and "
                            + "single-zone databases (Azure's single VM SLA, 99.9% with Premium SSD, is higher)."),
            new Entry("importLoadBalancerAvailability", IMPORT_LOAD_BALANCER_AVAILABILITY, "",
                    "Elastic Load Balancing SLA (aws.amazon.com/elasticloadbalancing/sla): 99.99% a month; Azure "
                            + "Load Balancer Standard 99.99% (Microsoft SLA for Online Services); Google Cloud Load "
                            + "Balancing 99.99% (Compute Engine SLA)."),
            new Entry("importDatabaseAvailability", IMPORT_DATABASE_AVAILABILITY, "",
                    "Amazon RDS SLA (aws.amazon.com/rds/sla): Multi-AZ DB instance 99.95% a month; Cloud SQL "
                            + "Enterprise edition SLA 99.95%. For an imported relational database with a standby "
                            + "in another zone (multi_az, availability_type REGIONAL, zone_redundant)."),
            new Entry("importDistributedDatabaseAvailability", IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY, "",
                    "Published SLAs of one regional copy: Amazon DynamoDB standard table 99.99% "
                            + "(aws.amazon.com/dynamodb/sla), Aurora Multi-AZ cluster 99.99% (RDS SLA), Spanner "
                            + "regional instance 99.99%, Azure Cosmos DB single-region account 99.99%. The "
                            + "multi-region figures (99.999%) are left to the engines, which combine the copies."),
            new Entry("importManagedServiceAvailability", IMPORT_MANAGED_SERVICE_AVAILABILITY, "",
                    "Published SLAs of 99.9% a month: Amazon ElastiCache (Single-AZ; Multi-AZ 99.99%), Amazon MSK, "
                            + "Amazon S3 Standard, Memorystore for Redis Standard, Azure Cache for Redis Standard, "
                            + "Cloud Storage regional, Azure Blob Storage LRS."),
            new Entry("importQueueThroughputRps", IMPORT_QUEUE_THROUGHPUT_RPS, "msg/s",
                    "Judgement, as the built-in templates' three-broker MSK cluster: infrastructure code states "
                            + "brokers and instance types, not message rates; listed in the import summary."),
            new Entry("importHealthCheckIntervalSeconds", IMPORT_HEALTH_CHECK_INTERVAL_SECONDS, "s",
                    "Route 53 API reference, HealthCheckConfig.RequestInterval: 'If you don't specify a value, the "
                            + "default value is 30 seconds'; AWS Global Accelerator HealthCheckIntervalSeconds "
                            + "default 30; Azure Traffic Manager probing interval default 30 s."),
            new Entry("importHealthCheckFailureThreshold", IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD, "checks",
                    "Route 53 API reference, HealthCheckConfig.FailureThreshold: 'If you don't specify a value, the "
                            + "default value is 3'; Global Accelerator ThresholdCount default 3; Traffic Manager "
                            + "tolerates 3 failures by default."),
            new Entry("importAliasTtlSeconds", IMPORT_ALIAS_TTL_SECONDS, "s",
                    "Route 53 Developer Guide, 'Choosing between alias and non-alias records': an alias record "
                            + "takes the TTL of the AWS resource it points to; an Elastic Load Balancing DNS name "
                            + "answers with a 60 s TTL."),
            new Entry("importAnycastConvergenceSeconds", IMPORT_ANYCAST_CONVERGENCE_SECONDS, "s",
                    "Judgement, as the built-in templates' Global Accelerator ('a few seconds to converge'): no "
                            + "provider publishes the time its anycast edge takes to stop sending to a failed "
                            + "region once health checks declared it; the detection itself is counted apart."),
            new Entry("hoursPerYear", HOURS_PER_YEAR, "h", "365.25 days × 24 h."),
            new Entry("hoursPerMonth", HOURS_PER_MONTH, "h", "Cloud billing month (AWS, GCP, Azure price pages)."));
}
