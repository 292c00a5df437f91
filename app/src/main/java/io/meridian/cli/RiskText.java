package io.meridian.cli;

import io.meridian.model.Quantities;
import io.meridian.risk.DowntimeDistribution;
import io.meridian.risk.PopulationRisk;
import io.meridian.risk.RiskReport;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints the simulated years: the annual downtime distribution, breach shares and incidents. */
final class RiskText {
    private final PrintWriter out;

    RiskText(PrintWriter out) {
        this.out = out;
    }

    void print(RiskReport r) {
        out.println("Risk year to year (" + r.method() + ")");
        if (r.objective() != null) {
            out.printf(Locale.ROOT, "  availability objective %s allows %s; P(a year breaches it) = %s; "
                            + "P(some 30-day window breaches its share) = %s%n",
                    Quantities.availability(r.objective()), Quantities.downtimePerYear(r.budgetMinutes()),
                    share(r.breachProbability()), share(r.windowBreachProbability()));
        }
        TextTable t = new TextTable("users", "expected", "simulated mean", "P10", "P50", "P90", "P99",
                "incidents/yr", "no incident", "breach");
        for (PopulationRisk p : r.populations()) {
            DowntimeDistribution d = p.annual();
            t.row(p.name().isEmpty() ? p.populationId() : p.name(), min(p.expectedMinutes()),
                    min(d.mean()) + " ± " + min(d.halfWidth()), min(d.p10()), min(d.p50()), min(d.p90()),
                    min(d.p99()), Quantities.number(p.incidentsPerYear()), share(p.probabilityNoIncident()),
                    p.breachProbability() == null ? "—" : share(p.breachProbability()));
        }
        DowntimeDistribution o = r.overall();
        t.row("overall (weighted)", "", min(o.mean()) + " ± " + min(o.halfWidth()), min(o.p10()), min(o.p50()),
                min(o.p90()), min(o.p99()), "", "", "");
        t.print(out);
        out.println("  downtime in request-weighted minutes a year; an incident is a spell with requests lost or a "
                + "failover waited out");
        r.notes().forEach(n -> out.println("note: " + n));
        out.println();
    }

    private static String min(double minutes) {
        return Quantities.downtimePerYear(minutes).replace("/yr", "");
    }

    private static String share(Double p) {
        return p == null ? "—" : Quantities.percent(p * 100);
    }
}
