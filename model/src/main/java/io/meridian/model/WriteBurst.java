package io.meridian.model;

/**
 * A burst of writes to a dataset above its sustained rate (a batch job, a sale, a backfill).
 *
 * @param writesPerSecond the dataset's write rate during the burst, at least its sustained writesPerSecond
 * @param seconds         how long the burst lasts
 */
public record WriteBurst(double writesPerSecond, double seconds) {
    public WriteBurst {
        Checks.nonNegative(writesPerSecond, Limits.MAX_PER_SECOND, "burstWritesPerSecond");
        Checks.nonNegative(seconds, Limits.MAX_SECONDS, "burstSeconds");
    }
}
