package io.meridian.availability;

import io.meridian.model.Figure;
import io.meridian.model.GlobalRouting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Elements ranked by the downtime they cause: the request-weighted static availability with the element made
 * perfect, minus the actual. A perfect provider or region never fails (its regions still can); a perfect pool is
 * always up while its region is. The routing layer multiplies everything, so its share is (1 − A routing) × the
 * rest.
 */
final class ImportanceRanking {
    /** Gains below this are rounding, not downtime (about 0.03 s a year). */
    static final double NEGLIGIBLE = 1e-12;

    private ImportanceRanking() {
    }

    private record Gain(ElementKind kind, String id, String description, double gain) {
    }

    static List<ImportanceEntry> rank(FailureStructure s, List<Element> elements, double[][] gainR,
                                      double[][] gainW, double[] weights, GlobalRouting routing, double routingA,
                                      double[] read, double[] write, double overall) {
        List<PopulationNeed> needs = s.populationNeeds;
        List<Gain> gains = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            double g = 0;
            for (int i = 0; i < needs.size(); i++) {
                double rf = needs.get(i).readFraction();
                g += weights[i] * routingA * (rf * gainR[e][i] + (1 - rf) * gainW[e][i]);
            }
            Element el = elements.get(e);
            gains.add(new Gain(el.kind(), el.id(), el.description(), g));
        }
        if (routing != null) {
            double g = 0;
            for (int i = 0; i < needs.size(); i++) {
                double rf = needs.get(i).readFraction();
                g += weights[i] * (1 - routingA) * (rf * read[i] + (1 - rf) * write[i]);
            }
            gains.add(new Gain(ElementKind.ROUTING, "routing", "global routing (" + routing.kind().id() + ")", g));
        }
        List<Gain> kept = gains.stream().filter(g -> g.gain() > NEGLIGIBLE)
                .sorted(Comparator.comparingDouble(Gain::gain).reversed()).toList();
        List<ImportanceEntry> out = new ArrayList<>();
        for (Gain g : kept) {
            Figure saved = Figure.of("downtime saved by a perfect " + g.id(),
                    g.gain() * AvailabilityFigure.MINUTES_PER_YEAR, "min/yr",
                    "(A with it perfect − A) × 525,960 min/yr", "A", overall, "A with it perfect",
                    overall + g.gain());
            out.add(new ImportanceEntry(out.size() + 1, g.kind(), g.id(), g.description(), g.gain(), saved));
        }
        return out;
    }
}
