package io.meridian.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
    private static DesignEvaluation evaluation;
    private static ComparisonTable table;

    @BeforeAll
    static void evaluate() {
        evaluation = Evaluator.evaluate(Templates.load(Templates.DEFAULT_ID), PriceCatalog.builtin());
        table = new ComparisonTable(evaluation);
    }

    @Test
    void oneColumnPerVariantBaselineFirst() {
        assertThat(table.columns()).extracting(ComparisonTable.Column::id)
                .containsExactly("baseline", "n-plus-one", "single-region");
        assertThat(table.columns().get(0).name()).startsWith("Baseline: ");
        assertThat(table.rows()).extracting(ComparisonTable.Row::measure).containsExactly("Verdict", "Availability",
                "Nines", "Downtime / year", "RTO", "Monthly cost", "Downtime cost / year", "Total annual cost",
                "Against the baseline");
        assertThat(table.recommendation()).isEqualTo(evaluation.recommendation());
    }

    @Test
    void moneyRowsAddUpAndTheCheapestTotalIsMarked() {
        ComparisonTable.Row monthly = table.row("Monthly cost");
        ComparisonTable.Row downtime = table.row("Downtime cost / year");
        ComparisonTable.Row total = table.row("Total annual cost");
        for (int c = 0; c < 3; c++) {
            // total = 12 × monthly + downtime cost per year, whatever the numbers are
            assertThat(total.numbers().get(c))
                    .isCloseTo(12 * monthly.numbers().get(c) + downtime.numbers().get(c), org.assertj.core.data.Offset.offset(0.01));
        }
        // The single region runs one region's worth of instances: the smallest monthly bill.
        assertThat(monthly.best()).isEqualTo(2);
        // The cheapest total and the most available variant are the ones marked.
        assertThat(total.best()).isEqualTo(indexOfMin(total));
        ComparisonTable.Row availability = table.row("Availability");
        assertThat(availability.numbers().get(availability.best()))
                .isEqualTo(availability.numbers().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        // Availability is a fraction, shown in percent by the shared rule (its unavailability to 3 digits).
        assertThat(availability.values().get(0))
                .isEqualTo(io.meridian.model.Quantities.availability(availability.numbers().get(0)))
                .matches("\\d{2}\\.\\d{2,}%");
    }

    @Test
    void textRowsMarkNothingAndTheBaselineIsNotComparedWithItself() {
        ComparisonTable.Row verdict = table.row("Verdict");
        assertThat(verdict.best()).isEqualTo(-1); // text rows never mark a best value
        assertThat(table.row("Against the baseline").values().get(0)).isEqualTo("—");
    }

    @Test
    void aVariantWithErrorFindingsIsNeverAPlainPass() {
        // ledger-2pc: 'compensation' meets both objectives cleanly; 'naive-multi-primary' meets both with one
        // error finding (CONFLICT_UNSAFE_WRITES); the baseline misses both.
        ComparisonTable ledger = new ComparisonTable(Evaluator.evaluate(Templates.load("ledger-2pc"),
                PriceCatalog.builtin()));
        assertThat(ledger.columns()).extracting(ComparisonTable.Column::id)
                .containsExactly("baseline", "compensation", "naive-multi-primary");
        assertThat(ledger.columns()).extracting(ComparisonTable.Column::verdictStyle)
                .containsExactly("fail", "pass", "verdict-errors");
        assertThat(ledger.row("Verdict").values().get(1)).isEqualTo("✔ meets all 2 objectives");
        assertThat(ledger.row("Verdict").values().get(2)).isEqualTo("⚠ meets all 2 objectives, but 1 error finding");
    }

    private static int indexOfMin(ComparisonTable.Row row) {
        int best = 0;
        for (int i = 1; i < row.numbers().size(); i++) {
            if (row.numbers().get(i) < row.numbers().get(best)) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void formatsMoneyAndDowntimeForReading() {
        assertThat(ComparisonTable.usd(832_397.4)).isEqualTo("$832,397");
        assertThat(ComparisonTable.hours(0.5)).isEqualTo("30 min");
        assertThat(ComparisonTable.hours(10.94)).isEqualTo("10.9 h");
        assertThat(ComparisonTable.seconds(45)).isEqualTo("45 s");
        assertThat(ComparisonTable.seconds(95)).isEqualTo("1.58 min"); // the one duration rule: min from 60 s
        assertThat(ComparisonTable.seconds(Double.POSITIVE_INFINITY)).isEqualTo("no failover");
    }
}
