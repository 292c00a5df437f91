package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.whatif.TrafficRoutes.Kind;
import io.meridian.app.whatif.TrafficRoutes.Route;
import org.junit.jupiter.api.Test;

/** How a route is drawn: its width by the requests/s it carries, and what its label says. */
class TrafficLinesTest {
    @Test
    void widthGrowsLinearlyFromTheThinnestToTheBusiestRoute() {
        // 1.5 + (8 − 1.5) · 4000/6000 = 1.5 + 4.333… = 5.833…
        assertThat(TrafficLayer.width(4000, 6000)).isCloseTo(5.8333, within(1e-4));
        assertThat(TrafficLayer.width(6000, 6000)).isEqualTo(8.0);
        assertThat(TrafficLayer.width(0, 6000)).isEqualTo(1.5);
        assertThat(TrafficLayer.width(0, 0)).isEqualTo(1.5);
    }

    @Test
    void captionsSayWhatIsReroutedAndHowSplitTrafficDivides() {
        assertThat(TrafficLayer.caption(new Route("p", "r", Kind.REROUTED, 1, 4000))).contains("re-routed 4k req/s");
        assertThat(TrafficLayer.caption(new Route("p", "r", Kind.SERVING, 0.6, 6000))).contains("60% · 6k req/s");
        assertThat(TrafficLayer.caption(new Route("p", "r", Kind.SERVING, 1, 6000))).isEmpty();
        assertThat(TrafficLayer.caption(new Route("p", "r", Kind.LOST, 1, 6000))).isEmpty();
    }
}
