package io.meridian.exports;

import io.meridian.availability.AvailabilityFigure;
import io.meridian.evaluation.Evaluation;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.recovery.RecoveryCurve;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The decision workbook: Summary, Objectives, Latency, Availability, Recovery, Capacity, Cost, Findings,
 * Assumptions, and Alternatives when the design has several variants. Every sheet shows the baseline (the
 * Alternatives sheet compares all variants). Numbers are stored as numbers with formats, never as text.
 */
final class ExcelReport {
    static final String SUMMARY = "Summary";
    static final String OBJECTIVES = "Objectives";
    static final String LATENCY = "Latency";
    static final String AVAILABILITY = "Availability";
    static final String RECOVERY = "Recovery";
    static final String CAPACITY = "Capacity";
    static final String COST = "Cost";
    static final String FINDINGS = "Findings";
    static final String ASSUMPTIONS = "Assumptions";
    static final String ALTERNATIVES = "Alternatives";
    static final String RISK = "Risk";

    private final ReportContext ctx;
    /** Formulas that name the Cost sheet's totals: POI parses a name only once it is defined. */
    private final List<Runnable> afterCost = new ArrayList<>();

    ExcelReport(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            Evaluation e = ctx.baseline();
            summary(writer(wb, SUMMARY, styles), e);
            single(writer(wb, OBJECTIVES, styles), "Objectives: target against the engine's figure",
                    Tables.objectives(e));
            XlsxLatency.write(writer(wb, LATENCY, styles), e, ctx);
            availability(writer(wb, AVAILABILITY, styles), e);
            if (ctx.risk(e).isPresent() || ctx.ranges(e).isPresent()) {
                risk(writer(wb, RISK, styles), e);
            }
            recovery(writer(wb, RECOVERY, styles), e);
            capacity(writer(wb, CAPACITY, styles), e);
            new XlsxCost(writer(wb, COST, styles), styles, e).write();
            afterCost.forEach(Runnable::run);
            single(writer(wb, FINDINGS, styles), "Findings: what the design rules flag, and the fix",
                    Tables.findings(e));
            assumptions(writer(wb, ASSUMPTIONS, styles), e);
            if (ctx.hasAlternatives()) {
                alternatives(writer(wb, ALTERNATIVES, styles));
            }
            // Cached results for readers that do not recalculate; Excel recalculates on open anyway.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.setActiveSheet(0);
            var props = wb.getProperties().getCoreProperties();
            props.setCreated(java.util.Optional.of(java.util.Date.from(ctx.provenance().generated())));
            props.setTitle("Decision workbook: " + ctx.design().name());
            props.setCreator("Meridian " + ctx.provenance().version());
            wb.write(out);
        }
    }

    private static SheetWriter writer(XSSFWorkbook wb, String name, XlsxStyles styles) {
        return new SheetWriter(wb.createSheet(name), styles);
    }

    private void single(SheetWriter w, String title, ReportTable table) {
        w.title(title);
        w.table(new ReportTable("", table.columns(), table.rows(), table.note(), table.heatMap()), true);
        w.finish();
    }

    private void summary(SheetWriter w, Evaluation e) {
        XlsxStyles s = w.styles();
        w.title(ctx.design().name());
        int r = w.row();
        Provenance p = ctx.provenance();
        w.text(r, 0, "Status", s.heading());
        w.text(r++, 1, ctx.status(), null);
        w.text(r, 0, "Generated", s.heading());
        w.text(r++, 1, p.date() + " by Meridian " + p.version(), null);
        w.text(r, 0, "Design file", s.heading());
        w.text(r++, 1, p.designFile() == null ? "none (built-in or unsaved)" : p.designFile(), null);
        w.text(r, 0, "SHA-256", s.heading());
        w.text(r++, 1, p.sha256() == null ? "unknown" : p.sha256() + " (of the " + p.hashOf() + ")", null);
        w.text(r, 0, "Variant", s.heading());
        w.text(r++, 1, e.variantName(), null);
        r++;
        w.text(r, 0, "Verdict", s.heading());
        w.text(r, 1, VerdictMarks.word(e.verdict()), s.verdict(VerdictMarks.tone(e.verdict())));
        w.text(r, 2, e.verdict().summary(), null);
        r++;
        w.text(r, 0, "Recommendation", s.heading());
        w.text(r, 1, Tables.recommendation(ctx), null);
        r++;
        w.text(r, 0, "Executive summary", s.heading());
        w.text(r, 1, ReviewTables.executiveSummary(ctx, e), null);
        r += 2;
        w.moveTo(r);
        w.heading("Key figures (" + e.variantName() + ")");
        w.header(List.of("Figure", "Value", "How"));
        r = w.row();
        AvailabilityFigure st = e.availability().overall();
        AvailabilityFigure fo = e.availability().overallWithFailover();
        r = key(w, r, "Availability, static", st.value(), Kind.AVAILABILITY, st.availability().formula());
        r = key(w, r, "Availability, with failover", fo.value(), Kind.AVAILABILITY,
                "every failure event also costs the RTO");
        r = key(w, r, "Nines, with failover", fo.nines(), Kind.NINES, "−log10(1 − A)");
        r = key(w, r, "Downtime per year, with failover", fo.downtimeMinutesPerYear(), Kind.MINUTES,
                "(1 − A) × 525,960 min");
        r = key(w, r, "RTO", e.recovery().rto().rto().value(), Kind.SECONDS, e.recovery().rto().rto().formula());
        double rpo = ReportContext.worstRpoSeconds(e);
        if (!Double.isNaN(rpo)) {
            r = key(w, r, "Worst RPO", rpo, Kind.SECONDS, "the dataset that can lose the most acknowledged writes");
        }
        // The cost figures are the Cost sheet's totals, by name: a price edited there moves them too.
        r = live(w, r, "Monthly cost", XlsxCost.MONTHLY_TOTAL, Kind.USD, "730 h month; the Cost sheet's total");
        r = live(w, r, "Annual cost", XlsxCost.ANNUAL_COST, Kind.USD, e.cost().annual().formula());
        r = live(w, r, "Expected downtime cost per year", XlsxCost.DOWNTIME_COST_PER_YEAR, Kind.USD,
                e.cost().downtimeCostPerYear().formula());
        r = live(w, r, "Total annual cost", XlsxCost.TOTAL_ANNUAL_COST, Kind.USD,
                e.cost().totalAnnualCost().formula());
        r++;
        w.moveTo(r);
        w.heading("Design");
        r = w.row();
        w.text(r++, 0, String.format(Locale.ROOT, "%d regions, %d components, %d links, %d datasets, %d populations",
                ctx.topology().regions().size(), ctx.topology().components().size(), ctx.topology().links().size(),
                ctx.topology().datasets().size(), ctx.topology().populations().size()), null);
        w.text(r++, 0, "Prices: " + e.cost().prices(), null);
        w.moveTo(r);
        if (!ctx.design().description().isBlank()) {
            w.note(ctx.design().description());
        }
        w.finish();
        w.sheet().setColumnWidth(0, 36 * 256);
        w.sheet().setColumnWidth(2, 60 * 256);
    }

    private void assumptions(SheetWriter w, Evaluation e) {
        w.title("Inputs and assumptions, and where they come from");
        w.table(Tables.inputs(ctx, e), true);
        w.table(Tables.assumptions(ctx.topology().assumptions()), false);
        w.finish();
    }

    /** A figure that is a formula over the Cost sheet's names, written once those names exist. */
    private int live(SheetWriter w, int r, String label, String formula, Kind kind, String how) {
        w.text(r, 0, label, null);
        afterCost.add(() -> w.formula(r, 1, formula, w.styles().cell(kind, ReportTable.Tone.PLAIN, false)));
        w.text(r, 2, how, null);
        return r + 1;
    }

    private int key(SheetWriter w, int r, String label, double value, Kind kind, String how) {
        w.text(r, 0, label, null);
        w.value(r, 1, ReportTable.Cell.of(value), kind);
        w.text(r, 2, how, null);
        return r + 1;
    }

    private void availability(SheetWriter w, Evaluation e) {
        w.title("Availability per user population");
        w.table(EngineTables.availability(e, ctx), true);
        w.table(ReviewTables.riskRegister(ctx, e), false);
        w.table(ReviewTables.importance(e), false);
        e.availability().notes().forEach(w::note);
        w.finish();
    }

    /** The simulated years: the headline, per population, and the years by downtime with a column chart. */
    private void risk(SheetWriter w, Evaluation e) {
        var years = ctx.risk(e);
        w.title(years.map(r -> "Risk year to year: " + RiskTables.headline(r)).orElse("What the ranges on the "
                + "inputs do"));
        if (years.isPresent()) {
            io.meridian.risk.RiskReport r = years.get();
            w.table(RiskTables.populations(r, ctx), true);
            int header = w.table(RiskTables.years(r), false);
            XlsxCharts.yearsHistogram(w.sheet(), header + 1, header + r.worstHistogram().bins().size(), 2, 4,
                    header);
        }
        ctx.ranges(e).ifPresent(u -> {
            u.flips().forEach(f -> w.note(f.objective() + ": " + f.sentence()));
            w.table(UncertaintyTables.intervals(u), false);
            u.tornadoes().stream().filter(t -> !UncertaintyTables.moving(t).isEmpty())
                    .forEach(t -> w.table(UncertaintyTables.tornado(t), false));
        });
        w.finish();
    }

    private void recovery(SheetWriter w, Evaluation e) {
        w.title("Recovery: how long until users are served again, and what can be lost");
        w.table(EngineTables.rto(e), true);
        w.table(EngineTables.rpo(e), false);
        w.table(ReviewTables.consistency(e), false);
        w.table(ReviewTables.wanCut(e), false);
        w.heading("Recovery curve: share of affected users served, seconds after the failure");
        int header = w.row();
        w.header(List.of("Seconds", "Reads served", "Writes served"));
        List<Double> seconds = curveSeconds(e.recovery().reads(), e.recovery().writes());
        for (double t : seconds) {
            int r = w.row();
            w.value(r, 0, ReportTable.Cell.of(t), Kind.SECONDS);
            w.value(r, 1, ReportTable.Cell.of(e.recovery().reads().shareAt(t)), Kind.PERCENT);
            w.value(r, 2, ReportTable.Cell.of(e.recovery().writes().shareAt(t)), Kind.PERCENT);
            w.skip(1);
        }
        if (seconds.size() >= 2) {
            XlsxCharts.recoveryCurve(w.sheet(), header + 1, header + seconds.size(), 4, header);
        }
        w.skip(1);
        e.recovery().notes().forEach(w::note);
        w.finish();
    }

    /** Both curves' break points, so each is drawn exactly (straight lines between them). */
    static List<Double> curveSeconds(RecoveryCurve reads, RecoveryCurve writes) {
        java.util.TreeSet<Double> t = new java.util.TreeSet<>();
        reads.points().forEach(p -> t.add(p.seconds()));
        writes.points().forEach(p -> t.add(p.seconds()));
        double last = t.last();
        t.add(last + Math.max(10, last * 0.1));
        return new ArrayList<>(t);
    }

    private void capacity(SheetWriter w, Evaluation e) {
        w.title("Capacity: utilisation per failure scenario");
        w.table(EngineTables.capacity(e), true);
        w.table(EngineTables.instances(e), false);
        w.finish();
    }

    /**
     * The cost columns as formulas: the baseline's bill is the Cost sheet's total; every variant's annual cost is
     * 12 × its monthly bill, its downtime cost (1 − A) × hours per year × the Cost sheet's downtime cost per hour
     * (the baseline's, as the comparison prices every variant), and its total their sum. Editing a price, the
     * downtime cost or a variant's monthly bill moves the totals the recommendation compares.
     */
    private void alternativeFormulas(SheetWriter w, int header, int rows) {
        var money = w.styles().cell(Kind.USD, ReportTable.Tone.PLAIN, false);
        for (int i = 0; i < rows; i++) {
            int r = header + 1 + i;
            Evaluation e = ctx.variants().get(i);
            String monthly = ref(r, Tables.ALT_MONTHLY);
            String annual = ref(r, Tables.ALT_ANNUAL);
            String downtime = ref(r, Tables.ALT_DOWNTIME);
            if (e == ctx.baseline()) {
                w.formula(r, Tables.ALT_MONTHLY, XlsxCost.MONTHLY_TOTAL, money);
            }
            if (ctx.evaluation().comparison().variant(e.variantId()).isEmpty()) {
                continue;
            }
            w.formula(r, Tables.ALT_ANNUAL, "12*" + monthly, money);
            w.formula(r, Tables.ALT_DOWNTIME, "(1-" + ref(r, 3) + ")*" + XlsxCost.HOURS_PER_YEAR + "*"
                    + XlsxCost.DOWNTIME_COST, money);
            var total = w.sheet().getRow(r).getCell(Tables.ALT_TOTAL).getCellStyle();
            w.formula(r, Tables.ALT_TOTAL, annual + "+" + downtime, w.styles().cell(Kind.USD,
                    ReportTable.Tone.PLAIN, false));
            w.sheet().getRow(r).getCell(Tables.ALT_TOTAL).setCellStyle(total);
        }
    }

    private static String ref(int row, int col) {
        return new org.apache.poi.ss.util.CellReference(row, col).formatAsString();
    }

    private void alternatives(SheetWriter w) {
        w.title("Alternatives side by side");
        ReportTable t = Tables.alternatives(ctx);
        int header = w.table(new ReportTable("", t.columns(), t.rows(), t.note()), true);
        alternativeFormulas(w, header, t.rows().size());
        w.table(ReviewTables.alternativeChanges(ctx), false);
        XlsxCharts.availabilityVsCost(w.sheet(), header + 1, header + t.rows().size(), 0, 3, Tables.ALT_TOTAL,
                w.row() + 1);
        w.finish();
    }
}
