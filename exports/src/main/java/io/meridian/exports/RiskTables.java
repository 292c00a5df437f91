package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.model.Quantities;
import io.meridian.risk.DowntimeDistribution;
import io.meridian.risk.PopulationRisk;
import io.meridian.risk.RiskReport;
import io.meridian.risk.YearHistogram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The simulated years as report tables: per population, and the years by downtime for the chart. */
final class RiskTables {
    private RiskTables() {
    }

    /** One sentence: how often a year breaches the objective, and the 30-day window. */
    static String headline(RiskReport r) {
        if (r.objective() == null) {
            return String.format(Locale.ROOT, "No availability objective: the spread of a year's downtime over %,d "
                    + "simulated years.", r.years());
        }
        return String.format(Locale.ROOT, "%s of %,d simulated years breach %s (a budget of %s a year); %s have a "
                        + "30-day window over its share (%s).", Quantities.percent(r.breachProbability() * 100),
                r.years(), Quantities.availability(r.objective()), Quantities.downtimePerYear(r.budgetMinutes())
                        .replace("/yr", ""), Quantities.percent(r.windowBreachProbability() * 100),
                Quantities.duration(r.budgetMinutes() * 60 * 30 / 365.25));
    }

    static ReportTable populations(RiskReport r, ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PopulationRisk p : r.populations()) {
            DowntimeDistribution d = p.annual();
            Double breach = p.breachProbability();
            rows.add(List.of(Cell.of(p.name().isBlank() ? ctx.populationName(p.populationId()) : p.name()),
                    Cell.of(p.expectedMinutes()), Cell.of(d.mean()), Cell.of(d.p50()), Cell.of(d.p90()),
                    Cell.of(d.p99()), Cell.of(p.incidentsPerYear()),
                    breach == null ? Cell.empty() : Cell.of(breach, breach > 0.1 ? ReportTable.Tone.BAD
                            : ReportTable.Tone.GOOD)));
        }
        DowntimeDistribution o = r.overall();
        rows.add(List.of(Cell.of("All users (by requests)"), Cell.empty(), Cell.of(o.mean()), Cell.of(o.p50()),
                Cell.of(o.p90()), Cell.of(o.p99()), Cell.empty(), Cell.empty()));
        // Eight columns: wider tables wrap their figures on an A4 page.
        return new ReportTable("A year's downtime, per population", List.of(Column.text("Population"),
                new Column("Expected", Kind.MINUTES), new Column("Simulated", Kind.MINUTES),
                new Column("P50 year", Kind.MINUTES), new Column("P90 year", Kind.MINUTES),
                new Column("P99 year", Kind.MINUTES), new Column("Incidents/yr", Kind.NUMBER),
                new Column("Breaching", Kind.PERCENT)), rows,
                "Request-weighted minutes of downtime a year. Expected is the exact engine's (1 − A with failover) "
                        + "× 525,960 min; the simulated mean agrees with it within its interval. " + r.method() + ".");
    }

    static ReportTable years(RiskReport r) {
        List<List<Cell>> rows = new ArrayList<>();
        for (YearHistogram.Bin b : r.worstHistogram().bins()) {
            rows.add(List.of(Cell.of(b.fromMinutes()), b.toMinutes() == null ? Cell.of("and more")
                    : Cell.of(b.toMinutes()), Cell.of((double) b.years())));
        }
        return new ReportTable("Years by the downtime of the users who had most", List.of(
                new Column("From", Kind.MINUTES), new Column("To", Kind.MINUTES), new Column("Years", Kind.INTEGER)),
                rows, "What the objective judges: the worst population's downtime each year.");
    }
}
