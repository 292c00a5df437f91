package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A figure's inputs keep their order, read like a map and equal any map with the same entries. */
class FigureInputsTest {
    @Test
    void inputsKeepTheirOrderAndEqualTheLinkedMapTheyCameFrom() {
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("zeta", 3.0);
        in.put("alpha", 1.5);
        in.put("mid", Double.NaN);
        Figure f = new Figure("x", 4.5, "ms", "zeta + alpha", in);
        assertThat(List.copyOf(f.inputs().keySet())).containsExactly("zeta", "alpha", "mid");
        assertThat(f.inputs().get("alpha")).isEqualTo(1.5);
        assertThat(f.inputs().get("absent")).isNull();
        assertThat(f.inputs()).isEqualTo(in).hasSameHashCodeAs(in);
        assertThat(f).isEqualTo(new Figure("x", 4.5, "ms", "zeta + alpha", in));
        assertThat(f.explain()).isEqualTo("x = 4.500 ms = zeta + alpha (zeta=3.00000, alpha=1.50000, mid=NaN)");
    }

    @Test
    void aFiguresTextsAreOneCopyEachAndItsInputsCannotChange() {
        String built = new StringBuilder("clientRtt + ").append("leaderRtt").toString();
        Figure a = Figure.of("write latency", 1, "ms", built, "clientRtt", 1);
        Figure b = Figure.of("write latency", 2, "ms", "clientRtt + leaderRtt", "clientRtt", 2);
        assertThat(a.formula()).isSameAs(b.formula());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.inputs().put("y", 2.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
