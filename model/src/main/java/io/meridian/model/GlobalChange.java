package io.meridian.model;

/**
 * A global change of the design's own software that goes bad (a deploy or config push): it fails the share
 * {@link #scope()} of every population's requests for its duration, in every region the change reached, and is
 * rolled back rather than failed over.
 *
 * @param eventsPerYear  bad global changes per year (0: none)
 * @param durationHours  from the push to the rollback
 * @param rolloutWaves   waves of the staged rollout: the change reaches 1/waves of the regions before it is stopped
 *                       (1: pushed everywhere at once)
 */
public record GlobalChange(double eventsPerYear, double durationHours, int rolloutWaves) {
    public static final GlobalChange DEFAULT = new GlobalChange(Defaults.GLOBAL_CHANGE_EVENTS_PER_YEAR,
            Defaults.GLOBAL_CHANGE_DURATION_HOURS, Defaults.ROLLOUT_WAVES);

    public GlobalChange {
        Checks.nonNegative(eventsPerYear, Limits.MAX_CHANGE_EVENTS_PER_YEAR, "eventsPerYear");
        Checks.nonNegative(durationHours, Limits.MAX_HOURS, "durationHours");
        Checks.positive(rolloutWaves, Limits.MAX_ROLLOUT_WAVES, "rolloutWaves");
        // The events cannot overlap: together they last at most the year.
        if (!(eventsPerYear * durationHours <= Defaults.HOURS_PER_YEAR)) {
            throw new ModelException("durationHours", "eventsPerYear × durationHours = "
                    + eventsPerYear * durationHours + " h, more than the " + Defaults.HOURS_PER_YEAR + " h of a year");
        }
    }

    /** Share of the regions, and so of every population's requests, one event takes down. */
    public double scope() {
        return 1.0 / rolloutWaves;
    }

    /** Share of the year some event is under way: events/yr × duration / 8,766 h. */
    public double activeShare() {
        return eventsPerYear * durationHours / Defaults.HOURS_PER_YEAR;
    }

    /** Expected share of requests it serves: 1 − activeShare × scope. */
    public double availability() {
        return 1 - activeShare() * scope();
    }
}
