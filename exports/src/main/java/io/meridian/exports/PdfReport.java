package io.meridian.exports;

import io.meridian.availability.AvailabilityFigure;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.exports.ReportTable.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The decision report a reviewer reads in ten minutes: the verdict and the headline figures with the design on a
 * map first, then objectives and findings with their fixes, the alternatives, and the engine's tables and charts,
 * ending with the assumptions. Same tables as the workbook ({@link Tables}, {@link EngineTables}).
 */
final class PdfReport {
    static final float[] PASS = {0.18f, 0.49f, 0.2f};
    static final float[] FAIL = {0.78f, 0.16f, 0.16f};
    /** Objectives met but error findings stand: amber, never the pass green. */
    static final float[] ERRORS = {0.70f, 0.42f, 0f};
    /** No objectives stated: neutral grey. */
    static final float[] NEUTRAL = {0.38f, 0.38f, 0.38f};

    private final ReportContext ctx;

    PdfReport(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            info(doc);
            Evaluation e = ctx.baseline();
            try (PdfPages pages = new PdfPages(doc, "Meridian decision report · " + ctx.design().name())) {
                PdfTables tables = new PdfTables(pages);
                PdfCharts charts = new PdfCharts(pages);
                front(pages, e);
                pages.heading("Objectives and findings", 0);
                pages.heading("Objectives", 1);
                tables.draw(TableShapes.untitled(Tables.objectives(e)));
                pages.heading("Findings and their fixes", 1);
                findings(pages, e);
                pages.heading("Risk register", 1);
                tables.draw(TableShapes.untitled(ReviewTables.riskRegister(ctx, e)));
                if (ctx.hasAlternatives()) {
                    pages.ensure(300);
                    pages.heading("Alternatives", 0);
                    pages.paragraph(Tables.recommendation(ctx), pages.fonts.bold, 9, PdfPages.INK);
                    charts.alternatives(ctx);
                    ReportTable alternatives = Tables.alternatives(ctx);
                    tables.draw(TableShapes.transpose(new ReportTable(alternatives.title(), alternatives.columns(),
                            alternatives.rows(), "")));
                    tables.draw(ReviewTables.alternativeChanges(ctx));
                }
                pages.heading("Latency", 0);
                ReportTable rtt = EngineTables.regionRtt(e);
                if (rtt.columns().size() - 1 > PdfMatrix.MAX_TABLE_COLUMNS) {
                    new PdfMatrix(pages).draw(rtt, rtt.columns().size() - 1, "Green is the shortest round trip, red "
                            + "the longest (" + Kind.MS.format(TableShapes.min(rtt)) + " to " + Kind.MS.format(TableShapes.max(rtt)) + "). "
                            + rtt.note());
                    tables.draw(EngineTables.slowestPairs(e, 15));
                } else {
                    tables.draw(rtt);
                }
                ReportTable measured = EngineTables.measuredRtt(e);
                if (!measured.isEmpty()) {
                    tables.draw(measured);
                }
                tables.draw(EngineTables.reads(e, ctx));
                tables.draw(EngineTables.writes(e, ctx));
                pages.heading("Availability", 0);
                tables.draw(TableShapes.untitled(EngineTables.availability(e, ctx)));
                var risk = ctx.risk(e);
                if (risk.isPresent()) {
                    pages.ensure(320);
                    pages.heading("Risk year to year", 0);
                    pages.paragraph(RiskTables.headline(risk.get()), pages.fonts.bold, 9, PdfPages.INK);
                    new PdfRiskChart(pages).years(risk.get());
                    tables.draw(RiskTables.populations(risk.get(), ctx));
                }
                var ranges = ctx.ranges(e);
                if (ranges.isPresent()) {
                    ranges(pages, tables, ranges.get());
                }
                pages.ensure(250);
                pages.heading("Recovery", 0);
                tables.draw(EngineTables.rto(e));
                charts.recovery(e.recovery().reads(), e.recovery().writes(),
                        "Share of the users of a failed region served again, seconds after the failure: detection, "
                                + "then the routing switch, then promotion for writes; the DNS-cache tail is the slope "
                                + "at the end.");
                tables.draw(EngineTables.rpo(e));
                ReportTable consistency = ReviewTables.consistency(e);
                if (!consistency.isEmpty()) {
                    tables.draw(consistency);
                }
                ReportTable wanCut = ReviewTables.wanCut(e);
                if (!wanCut.isEmpty()) {
                    tables.draw(wanCut);
                }
                pages.heading("Capacity under failure", 0);
                ReportTable capacity = EngineTables.capacity(e);
                int regionColumns = capacity.columns().size() - 4;
                if (regionColumns > PdfMatrix.MAX_TABLE_COLUMNS) {
                    new PdfMatrix(pages).draw(capacity, regionColumns, "Busiest tier per region right after the "
                            + "failure: green within target, amber above target, red above 100% or falling in the "
                            + "cascade, grey down. The workbook's Capacity sheet has every figure.");
                    tables.draw(TableShapes.columns(capacity, 0, regionColumns + 1, regionColumns + 2, regionColumns + 3));
                } else {
                    tables.draw(capacity);
                }
                tables.draw(EngineTables.instances(e));
                pages.heading("Cost", 0);
                tables.draw(EngineTables.costSummary(e));
                tables.draw(ReviewTables.pricesPerRegion(e));
                tables.draw(TableShapes.largestLines(EngineTables.costLines(e), MAX_BILL_LINES));
                pages.heading("Inputs and assumptions", 0);
                tables.draw(Tables.inputs(ctx, e));
                tables.draw(Tables.assumptions(ctx.topology().assumptions()));
                if (!ctx.design().description().isBlank()) {
                    pages.heading("About the design", 1);
                    pages.paragraph(ctx.design().description(), pages.fonts.regular, 8.5f, PdfPages.INK);
                }
            }
            doc.save(out);
        }
    }

    /** What the ranges on the inputs do: the flips, the figures' P10–P90, a tornado per figure they move. */
    private static void ranges(PdfPages pages, PdfTables tables, io.meridian.uncertainty.UncertaintyReport u)
            throws IOException {
        pages.ensure(200);
        pages.heading("What the ranges on " + u.inputs().size() + " inputs do", 1);
        for (io.meridian.uncertainty.VerdictFlip f : u.flips()) {
            pages.paragraph(f.objective() + ": " + f.sentence(), pages.fonts.bold, 8.5f, PdfPages.INK);
        }
        if (u.flips().isEmpty()) {
            pages.paragraph("No single range crosses an objective's line: the verdict holds across them.",
                    pages.fonts.regular, 8.5f, PdfPages.INK);
        }
        tables.draw(UncertaintyTables.intervals(u));
        PdfTornado tornado = new PdfTornado(pages);
        for (io.meridian.uncertainty.Tornado t : u.tornadoes()) {
            tornado.draw(t);
        }
        pages.paragraph("Blue: the figure with the input at the low end of its range; amber: at the high end; the "
                + "others as written. The dashed line is the figure as written.", pages.fonts.regular, 7.5f,
                PdfPages.MUTED);
    }

    private void info(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Decision report: " + ctx.design().name());
        info.setCreator("Meridian");
        info.setSubject(ctx.baseline().verdict().summary());
        // The real date (the clock given to the export; tests fix it), the same as printed on page 1.
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(ctx.provenance().generated().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setProducer("Meridian " + ctx.provenance().version());
        info.setKeywords(ctx.provenance().source());
    }

    /** Page 1: title, verdict, the headline figures and the diagram. */
    private void front(PdfPages pages, Evaluation e) throws IOException {
        pages.bookmark("Verdict and design", 0);
        PDType0Font bold = pages.fonts.bold;
        PDType0Font regular = pages.fonts.regular;
        pages.text(PdfPages.MARGIN, pages.y() - 8, regular, 8, PdfPages.MUTED, "MERIDIAN DECISION REPORT");
        pages.down(14);
        for (String line : pages.wrap(ctx.design().name(), bold, 20, PdfPages.WIDTH, 3)) {
            pages.text(PdfPages.MARGIN, pages.y() - 20, bold, 20, PdfPages.ACCENT, line);
            pages.down(25);
        }
        for (String line : pages.wrap(ctx.provenance().line(e.variantName()), regular, 7, PdfPages.WIDTH, 2)) {
            pages.text(PdfPages.MARGIN, pages.y() - 7, regular, 7, PdfPages.MUTED, line);
            pages.down(9);
        }
        pages.text(PdfPages.MARGIN, pages.y() - 7, bold, 7, PdfPages.INK,
                pages.elided(ctx.status(), bold, 7, PdfPages.WIDTH));
        pages.down(13);
        float[] color = switch (VerdictMarks.tone(e.verdict())) {
            case GOOD -> PASS;
            case WARN -> ERRORS;
            case BAD -> FAIL;
            case PLAIN -> NEUTRAL;
        };
        List<String> verdictLines = pages.wrap(e.verdict().summary(), bold, 11, PdfPages.WIDTH - 120, 4);
        List<String> recLines = pages.wrap(Tables.recommendation(ctx), regular, 8.5f,
                PdfPages.WIDTH - 120, 6);
        float boxH = Math.max(52, 16 + verdictLines.size() * 14 + recLines.size() * 11);
        float top = pages.y();
        pages.fillRect(PdfPages.MARGIN, top - boxH, PdfPages.WIDTH, boxH, tint(color));
        pages.fillRect(PdfPages.MARGIN, top - boxH, 100, boxH, color);
        String word = VerdictMarks.word(e.verdict());
        // 22 pt unless the word is wider than the 100 pt box allows ("ERRORS" is): then smaller, to fit.
        float size = Math.min(22, 22 * 88 / pages.width(bold, 22, word));
        pages.text(PdfPages.MARGIN + 50 - pages.width(bold, size, word) / 2, top - boxH / 2 - size * 8 / 22, bold,
                size, new float[] {1, 1, 1}, word);
        float ty = top - 18;
        for (String l : verdictLines) {
            pages.text(PdfPages.MARGIN + 112, ty, bold, 11, PdfPages.INK, l);
            ty -= 14;
        }
        for (String l : recLines) {
            pages.text(PdfPages.MARGIN + 112, ty, regular, 8.5f, PdfPages.INK, l);
            ty -= 11;
        }
        pages.moveTo(top - boxH - 12);
        tiles(pages, e);
        for (String line : pages.wrap(ReviewTables.executiveSummary(ctx, e), regular, 8, PdfPages.WIDTH, 7)) {
            pages.text(PdfPages.MARGIN, pages.y() - 8, regular, 8, PdfPages.INK, line);
            pages.down(10.5f);
        }
        pages.down(2);
        float diagramTop = pages.y() - 16;
        pages.text(PdfPages.MARGIN, diagramTop + 4, bold, 9, PdfPages.INK, "The design on the map");
        pages.bookmark("Diagram", 1);
        float most = diagramTop - PdfPages.BOTTOM - 40;
        float height = PdfMapProjection.preferredHeight(ctx.topology(), PdfPages.WIDTH, 250, most);
        PdfDiagram diagram = new PdfDiagram(pages, ctx.topology(), e, PdfPages.MARGIN, diagramTop - 4 - height,
                PdfPages.WIDTH, height);
        if (!diagram.layout().hidden().isEmpty() && height < most) {
            // Labels left out for room: the whole rest of the page is the map's (but the line naming them) before
            // any is given up.
            height = most - 24;
            diagram = new PdfDiagram(pages, ctx.topology(), e, PdfPages.MARGIN, diagramTop - 4 - height,
                    PdfPages.WIDTH, height);
        }
        float diagramBottom = diagramTop - 4 - height;
        diagram.draw();
        PdfStyle.legend(pages, PdfPages.MARGIN, diagramBottom - 11);
        pages.moveTo(diagramBottom - 20);
        List<String> hidden = diagram.layout().hidden();
        if (!hidden.isEmpty()) {
            List<String> names = hidden.stream().map(id -> ctx.topology().region(id).map(r -> r.id())
                    .orElseGet(() -> ctx.populationName(id))).toList();
            pages.paragraph(pages.elided("Not labelled for room at this scale (markers drawn; every region and "
                    + "population is in the tables): " + String.join(", ", names), regular, 7, PdfPages.WIDTH * 2 - 20),
                    regular, 7, PdfPages.MUTED);
        }
    }

    /** Eight headline figures in two rows of four tiles. */
    private void tiles(PdfPages pages, Evaluation e) throws IOException {
        AvailabilityFigure a = e.availability().overallWithFailover();
        double rpo = ReportContext.worstRpoSeconds(e);
        long passed = e.objectives().stream().filter(o -> o.pass()).count();
        String[][] figures = {
            {"Availability (with failover)", Kind.AVAILABILITY.format(a.value()),
                "static " + Kind.AVAILABILITY.format(e.availability().overall().value())},
            {"Downtime per year", Kind.MINUTES.format(a.downtimeMinutesPerYear()),
                String.format(Locale.ROOT, "%.2f nines", a.nines())},
            {"RTO (worst region loss)", Kind.SECONDS.format(e.recovery().rto().rto().value()),
                "reads back after " + Kind.SECONDS.format(e.recovery().rto().readRto().value())},
            {"Worst RPO", Double.isNaN(rpo) ? "—" : Kind.SECONDS.format(rpo), "acknowledged writes at risk"},
            {"Monthly cost", Kind.USD.format(e.cost().monthly().value()),
                Kind.USD.format(e.cost().annual().value()) + " a year"},
            {"Downtime cost per year", Kind.USD.format(e.cost().downtimeCostPerYear().value()),
                "at " + Kind.USD.format(e.cost().downtimeCostPerHour()) + "/h"},
            {"Total annual cost", Kind.USD.format(e.cost().totalAnnualCost().value()), "bill + expected downtime"},
            {"Objectives met", passed + " of " + e.objectives().size(),
                ctx.topology().regions().size() + " regions, " + ctx.topology().components().size()
                        + " components"}};
        float gap = 6;
        float tileW = (PdfPages.WIDTH - 3 * gap) / 4;
        float tileH = 44;
        for (int i = 0; i < figures.length; i++) {
            float x = PdfPages.MARGIN + (i % 4) * (tileW + gap);
            float top = pages.y() - (i / 4) * (tileH + gap);
            pages.fillRect(x, top - tileH, tileW, tileH, new float[] {0.95f, 0.96f, 0.98f});
            pages.fillRect(x, top - tileH, 2.5f, tileH, PdfPages.ACCENT);
            pages.text(x + 8, top - 11, pages.fonts.regular, 7, PdfPages.MUTED, figures[i][0]);
            pages.text(x + 8, top - 27, pages.fonts.bold, 13, PdfPages.INK,
                    pages.elided(figures[i][1], pages.fonts.bold, 13, tileW - 12));
            pages.text(x + 8, top - 38, pages.fonts.regular, 6.8f, PdfPages.MUTED,
                    pages.elided(figures[i][2], pages.fonts.regular, 6.8f, tileW - 12));
        }
        pages.down(2 * tileH + gap + 4);
    }

    private static float[] tint(float[] c) {
        return new float[] {0.85f + 0.15f * c[0], 0.85f + 0.15f * c[1], 0.85f + 0.15f * c[2]};
    }

    /** Each finding as a short block: severity and title, why, and the fix in bold. */
    private void findings(PdfPages pages, Evaluation e) throws IOException {
        if (e.findings().isEmpty()) {
            pages.paragraph("No design rule fired.", pages.fonts.regular, 8.5f, PdfPages.MUTED);
            return;
        }
        java.util.Map<String, Integer> shown = new java.util.HashMap<>();
        java.util.Map<String, List<Finding>> rest = new java.util.LinkedHashMap<>();
        for (Finding f : e.findings()) {
            String kind = f.severity().name() + " · " + f.code().name();
            // Past three of one rule, the rest are listed in one block: one design flaw repeated per region
            // should not take pages.
            if (shown.merge(kind, 1, Integer::sum) > MAX_FINDINGS_PER_CODE) {
                rest.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
                continue;
            }
            finding(pages, f, kind + " · " + f.title(), f.explanation(), "Fix: " + f.fix(), f.elementIds());
        }
        for (var group : rest.entrySet()) {
            List<Finding> fs = group.getValue();
            finding(pages, fs.get(0), group.getKey() + " · " + fs.size() + " more of the same rule",
                    String.join("; ", fs.stream().map(Finding::title).toList()) + ".",
                    "Fix: as above, for each (every fix is in the workbook's Findings sheet).", fs.stream().flatMap(f -> f.elementIds().stream()).distinct()
                            .toList());
        }
    }

    /** Findings of one rule shown in full before the rest are listed together. */
    static final int MAX_FINDINGS_PER_CODE = 3;

    private void finding(PdfPages pages, Finding f, String title, String why, String fix, List<String> elements)
            throws IOException {
        float[] c = PdfTables.fill(Tables.tone(f.severity()));
        List<String> lines = pages.wrap(title, pages.fonts.bold, 8, PdfPages.WIDTH - 8, 3);
        float barH = 4 + lines.size() * 10;
        pages.ensure(barH + 40);
        float top = pages.y();
        pages.fillRect(PdfPages.MARGIN, top - barH, PdfPages.WIDTH, barH, c == null ? PdfTables.STRIPE : c);
        float ty = top - 9;
        for (String line : lines) {
            pages.text(PdfPages.MARGIN + 4, ty, pages.fonts.bold, 8, PdfPages.INK, line);
            ty -= 10;
        }
        pages.down(barH + 3);
        pages.paragraph(why, pages.fonts.regular, 8, PdfPages.INK, PdfPages.MARGIN + 4, PdfPages.WIDTH - 8);
        pages.paragraph(fix, pages.fonts.bold, 8, PdfPages.INK, PdfPages.MARGIN + 4, PdfPages.WIDTH - 8);
        if (!elements.isEmpty()) {
            pages.paragraph("Elements: " + String.join(", ", elements), pages.fonts.regular, 7, PdfPages.MUTED,
                    PdfPages.MARGIN + 4, PdfPages.WIDTH - 8);
        }
        pages.down(4);
    }

    /** Bill lines the PDF lists before summing the rest into one line (the workbook keeps every line). */
    static final int MAX_BILL_LINES = 30;
}
