package io.meridian.model;

/**
 * The largest value each numeric field of a design accepts, in one place. Each is far above any real design
 * (and documented in docs/file-format.md and the JSON schema), and low enough that the engines' products of
 * a few fields stay finite and their integer counts and array sizes cannot overflow: a design that passes
 * validation never makes an engine compute Infinity or NaN out of one extreme value.
 */
public final class Limits {
    private Limits() {
    }

    /** Instances of one component: the availability engine keeps a table of n + 1 probabilities per pool. */
    public static final int MAX_INSTANCES = 100_000;
    /** Replication apply workers of one database. */
    public static final int MAX_WORKERS = 10_000;
    /** Consecutive failed health checks before a region is removed. */
    public static final int MAX_FAILURE_THRESHOLD = 1_000;
    /** Availability zones or cells of one region (the engine models at most 16 of them). */
    public static final int MAX_ZONES = 100;
    /** Requests, writes, messages or merges per second of one element: ten times the whole web's request rate. */
    public static final double MAX_PER_SECOND = 1e9;
    /** USD per hour of one instance (the largest cloud instances cost a few hundred). */
    public static final double MAX_HOURLY_PRICE = 1e6;
    /** USD per unit of any price in a price catalogue (per hour, per GB, per GB-month…). */
    public static final double MAX_LIST_PRICE = 1e6;
    /** USD per month: the routing layer's price and the budget objective. */
    public static final double MAX_MONTHLY_USD = 1e12;
    /** USD lost per hour of full outage (the world economy makes about 1.2e10 an hour). */
    public static final double MAX_DOWNTIME_COST_PER_HOUR = 1e12;
    /** USD per GB transferred between regions. */
    public static final double MAX_PRICE_PER_GB = 1e3;
    /** Bytes of one write. */
    public static final double MAX_RECORD_BYTES = 1e9;
    /** GB kept in one object store (an exabyte). */
    public static final double MAX_STORED_GB = 1e9;
    /** Milliseconds: lags, RTT overrides, latency overheads and objectives (about 28 hours). */
    public static final double MAX_MILLISECONDS = 1e8;
    /** Seconds: TTLs, health-check intervals, promotion, consumer lag, RTO/RPO objectives (about 3 years). */
    public static final double MAX_SECONDS = 1e8;
    /** Minutes: an operator's decision before a manual promotion or switchover (about 1.9 years). */
    public static final double MAX_MINUTES = 1e6;
    /** Minutes: an autoscaled tier's warm-up (about 1 week). */
    public static final double MAX_WARMUP_MINUTES = 10_080;
    /** Hours: repair times, retention, WAN cuts (about 114 years). */
    public static final double MAX_HOURS = 1e6;
    /** Hours between failures of one instance (disks are quoted at up to 2.5 million). */
    public static final double MAX_MTBF_HOURS = 1e9;
    /** Path length over great-circle length. */
    public static final double MAX_ROUTE_INFLATION = 10;
    /** Canvas coordinates of a layout position, either way from the origin. */
    public static final double MAX_LAYOUT_COORDINATE = 1e7;
    /** A region card's offset from its marker, screen pixels either way: wider than any screen (the map pulls it in). */
    public static final double MAX_CARD_OFFSET = 10_000;
    /** Lowest availability accepted (up one hour in a century): below it 1 / (1 − a) and its kin lose all precision. */
    public static final double MIN_AVAILABILITY = 1e-6;
    /** Slowest signal speed accepted, km/ms: below it a floor of the Earth's size would be days long. */
    public static final double MIN_FIBER_KM_PER_MS = 1;
    // Issue 10 item 6, common causes.
    /** Global changes of the design's own software per year that go bad (one a day is far beyond any real design). */
    public static final double MAX_CHANGE_EVENTS_PER_YEAR = 365;
    /** Waves of a staged rollout (a wave per region of a 1,000-region design). */
    public static final int MAX_ROLLOUT_WAVES = 1_000;
    /** Third-party dependencies of one design. */
    public static final int MAX_DEPENDENCIES = 100;
}
