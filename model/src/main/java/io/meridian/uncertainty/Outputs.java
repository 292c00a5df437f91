package io.meridian.uncertainty;

import io.meridian.availability.PopulationAvailability;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.latency.WeightedLatency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/** The figures an uncertainty analysis follows, read off an {@link Evaluation}. */
final class Outputs {
    /** One followed figure. */
    record Output(String id, String label, String unit, double target, ToDoubleFunction<Evaluation> value) {
    }

    static final String TOTAL_ANNUAL_COST = "total-annual-cost";

    private Outputs() {
    }

    /**
     * The headline figures: overall availability with failover, each population's, RTO, worst RPO, slowest p99 read
     * and write, the monthly bill and the total annual cost; the ones the design has (RPO needs a dataset, …).
     */
    static List<Output> headlines(Evaluation base) {
        List<Output> out = new ArrayList<>();
        out.add(new Output("availability", "overall availability (failover charged)", "", Double.NaN,
                e -> e.availability().overallWithFailover().value()));
        for (PopulationAvailability p : base.availability().populations()) {
            String id = p.populationId();
            out.add(new Output("availability:" + id, "availability of " + (p.name().isBlank() ? id : p.name()), "",
                    Double.NaN, e -> e.availability().populations().stream().filter(x -> x.populationId().equals(id))
                    .findFirst().orElseThrow().withFailover().requestWeighted().value()));
        }
        out.add(new Output("rto", "RTO", "s", Double.NaN, e -> e.recovery().rto().rto().value()));
        if (!base.recovery().rpo().isEmpty()) {
            out.add(new Output("rpo", "RPO (worst dataset)", "s", Double.NaN, Outputs::worstRpo));
        }
        if (!Double.isNaN(p99Read(base))) {
            out.add(new Output("read-latency-p99", "p99 read latency (slowest)", "ms", Double.NaN, Outputs::p99Read));
        }
        if (!Double.isNaN(p99Write(base))) {
            out.add(new Output("write-latency-p99", "p99 write latency (slowest)", "ms", Double.NaN,
                    Outputs::p99Write));
        }
        out.add(new Output("monthly-bill", "monthly bill", "USD", Double.NaN, e -> e.cost().monthly().value()));
        out.add(totalAnnualCost());
        return out;
    }

    /** What the tornado charts, rankings and flips are about: each objective's actual value, then total annual cost. */
    static List<Output> sensitivityOutputs(Evaluation base) {
        List<Output> out = new ArrayList<>();
        for (ObjectiveResult o : base.objectives()) {
            String name = o.objective();
            out.add(new Output(name, "objective " + name, o.unit(), o.target(), e -> objective(e, name).actual()
                    .value()));
        }
        out.add(totalAnnualCost());
        return out;
    }

    static ObjectiveResult objective(Evaluation e, String name) {
        return e.objectives().stream().filter(o -> o.objective().equals(name)).findFirst().orElseThrow();
    }

    private static Output totalAnnualCost() {
        return new Output(TOTAL_ANNUAL_COST, "total annual cost (bill + expected downtime cost)", "USD", Double.NaN,
                e -> e.cost().totalAnnualCost().value());
    }

    private static double worstRpo(Evaluation e) {
        return e.recovery().rpo().stream().mapToDouble(r -> r.unbounded() ? Double.POSITIVE_INFINITY
                : r.rpoSeconds().value()).max().orElse(0);
    }

    private static double p99Read(Evaluation e) {
        return slowest(Stream.concat(e.latency().reads().stream().map(r -> r.latency()),
                e.latency().datasetReads().stream().map(r -> r.latency())));
    }

    private static double p99Write(Evaluation e) {
        return slowest(e.latency().writes().stream().map(w -> w.latency()));
    }

    private static double slowest(Stream<WeightedLatency> latencies) {
        return latencies.filter(Objects::nonNull).mapToDouble(l -> l.p99Ms().value()).max().orElse(Double.NaN);
    }

}
