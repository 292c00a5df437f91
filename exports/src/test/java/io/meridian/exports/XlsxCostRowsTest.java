package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.cost.CostCategory;
import io.meridian.cost.CostLine;
import io.meridian.model.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issue-11 bill lines stay live formulas on the Cost sheet: quantity × unit price rebuilds each line's value. */
class XlsxCostRowsTest {
    @Test
    void anEgressLineIsOneRowPerVolumeTier() {
        // 65,700 GB: 10,240 × 0.09 + 40,960 × 0.085 + 14,500 × 0.07 = 921.60 + 3,481.60 + 1,015.00 = 5,418.20
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("GB to us", 65_700.0);
        in.put("GB per month", 65_700.0);
        in.put("GB from 0 at $0.09", 10_240.0);
        in.put("GB from 10,240 at $0.085", 40_960.0);
        in.put("GB from 51,200 at $0.07", 14_500.0);
        CostLine line = new CostLine(CostCategory.EGRESS, "va", "va", "responses",
                new Figure("egress va", 5418.20, "USD/month", "tiers", in));

        List<XlsxCost.Row> rows = XlsxCost.rows(line);

        assertThat(rows).extracting(XlsxCost.Row::quantity).containsExactly(10_240.0, 40_960.0, 14_500.0);
        assertThat(rows).extracting(XlsxCost.Row::price).containsExactly(0.09, 0.085, 0.07);
    }

    @Test
    void aDiscountIsTheOnDemandCostTimesMinusItsRate() {
        // −30% of $1,095 on demand = −$328.50
        CostLine line = new CostLine(CostCategory.DISCOUNT, "va", "va", "aws discount 30%", Figure.of("discount va",
                -328.5, "USD/month", "−percent / 100 × base", "discount percent", 30, "on-demand instance cost", 1095));

        assertThat(XlsxCost.rows(line)).singleElement().satisfies(r -> {
            assertThat(r.quantity()).isEqualTo(1095);
            assertThat(r.price()).isEqualTo(-0.3);
            assertThat(r.unit()).isEqualTo("USD on demand");
        });
    }

    @Test
    void aProtocolLineIsItsGbTimesItsPrice() {
        // 183.96 GB × $0.02 = $3.6792 (a two-phase commit's prepares and decisions out of one region)
        CostLine line = new CostLine(CostCategory.TRANSFER, "ledger", "b", "2pc", Figure.of("transfer ledger b→a",
                3.6792, "USD/month", "GB × price", "writes/s", 100, "bytes per write", 700, "GB per month", 183.96,
                "price per GB", 0.02));

        assertThat(XlsxCost.rows(line)).singleElement().satisfies(r -> {
            assertThat(r.quantity()).isEqualTo(183.96);
            assertThat(r.price()).isEqualTo(0.02);
            assertThat(r.unit()).isEqualTo("GB");
        });
    }
}
