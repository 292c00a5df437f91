package io.meridian.availability;

import io.meridian.model.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Elements ranked by the downtime they cause: the request-weighted static availability with the element made
 * perfect, minus the actual. A perfect provider or region never fails (its regions still can); a perfect pool is
 * always up while its region is. A common cause (routing layer, global change, third-party dependency) multiplies
 * the populations it applies to, so its share is (1 − A cause) × the other causes × the rest.
 */
final class ImportanceRanking {
    /** Gains below this are rounding, not downtime (about 0.03 s a year). */
    static final double NEGLIGIBLE = 1e-12;

    private ImportanceRanking() {
    }

    private record Gain(ElementKind kind, String id, String description, double gain) {
    }

    static List<ImportanceEntry> rank(FailureStructure s, List<Element> elements, double[][] gainR,
                                      double[][] gainW, double[] weights, CommonCauseFactors common,
                                      double[] read, double[] write, double overall) {
        List<PopulationNeed> needs = s.populationNeeds;
        List<Gain> gains = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            double g = 0;
            for (int i = 0; i < needs.size(); i++) {
                double rf = needs.get(i).readFraction();
                g += weights[i] * common.factor[i] * (rf * gainR[e][i] + (1 - rf) * gainW[e][i]);
            }
            Element el = elements.get(e);
            gains.add(new Gain(el.kind(), el.id(), el.description(), g));
        }
        for (CommonCauseFactors.Cause c : common.causes) {
            double g = 0;
            for (int i = 0; i < needs.size(); i++) {
                if (c.applies()[i]) {
                    double rf = needs.get(i).readFraction();
                    g += weights[i] * (1 - c.availability()) * common.without(i, c)
                            * (rf * read[i] + (1 - rf) * write[i]);
                }
            }
            gains.add(new Gain(c.kind(), c.id(), c.description(), g));
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
