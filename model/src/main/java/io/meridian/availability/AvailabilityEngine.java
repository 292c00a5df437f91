package io.meridian.availability;

import io.meridian.model.Checks;
import io.meridian.model.Component;
import io.meridian.model.Figure;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The availability computation (DESIGN.md §3 "Availability"). Per population: P(the routing layer is up and some
 * region it may use is up with its dependency chain) for reads, and additionally a writable copy of every dataset it
 * writes for writes, computed exactly by enumerating providers × regions (each region's zones and pools in closed
 * form, {@link RegionBlocks}) while the cross-region states stay under {@link #EXACT_STATE_LIMIT}, else by Monte
 * Carlo with a 95% interval; then the same with the failover time charged to every failure event
 * ({@link FailoverCharges}); then the elements ranked by the downtime they cause.
 */
public final class AvailabilityEngine {
    /**
     * Cross-region states one exact run may visit (2^providers × Π (1 + a region's event combinations)); the
     * ranking repeats the run once per element. Nine regions of one provider whose serving chain is their only
     * event (2 × 3⁹ = 39,366) stay under it, as do six whose serving chain and data copy fail apart
     * (2 × 5⁶ = 31,250); larger designs go to Monte Carlo, which costs about the same at any size.
     */
    static final double EXACT_STATE_LIMIT = 60_000;

    private AvailabilityEngine() {
    }

    public static AvailabilityReport evaluate(Topology topology, double failoverSeconds) {
        return evaluate(topology, failoverSeconds, EXACT_STATE_LIMIT);
    }

    /** With the exact/Monte Carlo threshold given (tests force Monte Carlo with 0). */
    static AvailabilityReport evaluate(Topology topology, double failoverSeconds, double exactStateLimit) {
        Checks.present(topology, "topology");
        Checks.nonNegative(failoverSeconds, "failoverSeconds");
        FailureStructure s = new FailureStructure(topology);
        GlobalRouting routing = topology.routing();
        double routingA = routing == null ? 1 : routing.reliability().availability();
        List<Element> elements = elements(s);
        int n = s.populationNeeds.size();

        RegionBlocks.Distribution[] blocks = ExactEnumeration.blocks(s, null);
        double cross = ExactEnumeration.crossStates(s, blocks);
        double[] read;
        double[] write;
        double[] halfWidth = new double[n];
        double[][] gainR = new double[elements.size()][];
        double[][] gainW = new double[elements.size()][];
        String how;
        Method.Kind kind;
        long states;
        if (cross <= exactStateLimit) {
            ExactEnumeration.Result base = ExactEnumeration.run(s, null, blocks);
            read = base.read();
            write = base.write();
            for (int e = 0; e < elements.size(); e++) {
                ExactEnumeration.Result better = ExactEnumeration.run(s, elements.get(e));
                gainR[e] = minus(better.read(), read);
                gainW[e] = minus(better.write(), write);
            }
            kind = Method.Kind.EXACT;
            states = base.states();
            how = String.format(Locale.ROOT, "exact: %d provider states × %d regions, %d cross-region states "
                            + "and %d zone/pool states inside the regions", 1L << s.providers.size(),
                    s.regions.size(), base.states() - base.regionStates(), base.regionStates());
        } else {
            MonteCarloSampling.Result mc = MonteCarloSampling.run(s, elements, MonteCarloSampling.SAMPLES,
                    MonteCarloSampling.SEED);
            read = mc.read();
            write = mc.write();
            halfWidth = mc.weightedHalfWidth();
            gainR = mc.readGain();
            gainW = mc.writeGain();
            kind = Method.Kind.MONTE_CARLO;
            states = mc.samples();
            how = String.format(Locale.ROOT, "monte-carlo: %d importance-weighted samples (seed %d), because "
                    + "exact enumeration would visit %.3g cross-region states (limit %.0f)", mc.samples(),
                    MonteCarloSampling.SEED, cross, exactStateLimit);
        }

        FailoverCharges.Charges charges = FailoverCharges.of(s);
        PopulationFigures figures = new PopulationFigures(s, routingA, failoverSeconds);
        List<PopulationAvailability> populations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            populations.add(figures.population(i, read[i], write[i], charges, kind, how, states, halfWidth[i]));
        }
        double[] weights = weights(s);
        AvailabilityFigure overall = figures.overall("overall availability", weights, populations, false);
        AvailabilityFigure overallFailover = figures.overall("overall availability with failover", weights,
                populations, true);
        List<ImportanceEntry> importance = ImportanceRanking.rank(s, elements, gainR, gainW, weights, routing,
                routingA, read, write, overall.value());
        List<String> notes = new ArrayList<>(s.notes);
        if (routing == null) {
            notes.add("no global routing layer: users reach regions directly (counted as always up)");
        }
        notes.add(kind == Method.Kind.EXACT ? "computed exactly" : "estimated by Monte Carlo: see each "
                + "population's interval");
        return new AvailabilityReport(failoverSeconds, populations, overall, overallFailover, importance, notes);
    }

    /** Providers in use, regions, and the pools some chain needs: the elements ranked. */
    static List<Element> elements(FailureStructure s) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < s.providers.size(); i++) {
            String id = s.providers.get(i).id();
            out.add(new Element(ElementKind.PROVIDER, i, id, "a provider-wide " + id + " event (all its regions)"));
        }
        for (int r = 0; r < s.regions.size(); r++) {
            Region region = s.regions.get(r);
            out.add(new Element(ElementKind.REGION, r, region.id(), region.name()));
        }
        for (int r = 0; r < s.regions.size(); r++) {
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                Component c = s.topology.component(p.componentId()).orElseThrow();
                out.add(new Element(ElementKind.POOL, j, c.id(), String.format(Locale.ROOT,
                        "%s in %s: %d of %d instances needed", c.name(), c.regionId(), p.needed(), p.instances())));
            }
        }
        return out;
    }

    /** Each population's share of the requests; equal shares when no population states a rate. */
    static double[] weights(FailureStructure s) {
        List<PopulationNeed> needs = s.populationNeeds;
        double total = needs.stream().mapToDouble(PopulationNeed::requestsPerSecond).sum();
        double[] w = new double[needs.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = total > 0 ? needs.get(i).requestsPerSecond() / total : 1.0 / w.length;
        }
        return w;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
