package io.meridian.availability;

import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the engine's probabilities into explained figures, one population at a time. */
final class PopulationFigures {
    private final FailureStructure s;
    private final CommonCauseFactors common;
    private final StructureTexts texts;

    PopulationFigures(FailureStructure s, CommonCauseFactors common) {
        this.s = s;
        this.common = common;
        this.texts = s.shared.texts(s.populationNeeds, () -> StructureTexts.of(s));
    }

    /**
     * The texts that read only the structure, kept with it for its sizings (the same string objects, whose hashes
     * are then known): each population's write formula spells out every write rule (about 2,700 characters per
     * population on the 30-region design, a quarter of the characters a search candidate handed to the shared
     * texts), and each region's input name.
     */
    record StructureTexts(String[] writeFormulas, String[] regionInputNames) {
        static StructureTexts of(FailureStructure s) {
            String[] formulas = new String[s.populationNeeds.size()];
            for (int i = 0; i < formulas.length; i++) {
                formulas[i] = "Π A common causes × P(served and every dataset it writes has a writable copy: "
                        + rules(s.populationNeeds.get(i)) + ")";
            }
            String[] names = new String[s.regions.size()];
            for (int r = 0; r < names.length; r++) {
                names[r] = "A region " + s.regions.get(r).id();
            }
            return new StructureTexts(formulas, names);
        }
    }

    PopulationAvailability population(int i, double pRead, double pWrite, FailoverCharges.Charges charges,
                                      Method.Kind kind, String how, long states, double halfWidth,
                                      WarmupCharges.Charges warmup, double brownoutProbability) {
        PopulationNeed need = s.populationNeeds.get(i);
        double rf = need.readFraction();
        List<String> servingIds = new ArrayList<>();
        // The design-level common causes (routing, global change, third parties) multiply the population's result.
        double commonA = common.factor[i];
        Map<String, Double> regionInputs = new LinkedHashMap<>(common.inputs(i));
        for (int r : need.servingRegions()) {
            servingIds.add(s.regions.get(r).id());
            regionInputs.put(texts.regionInputNames()[r], s.regionAvailability(r));
        }
        Map<String, Double> readInputs = new LinkedHashMap<>(regionInputs);
        readInputs.put("P(served)", pRead);
        Figure read = new Figure("static read availability of " + need.id(), commonA * pRead, "",
                "Π A common causes (routing, global change, third parties) × P(some region it may use is up with its whole dependency chain), enumerated over "
                        + "provider, region, zone and pool states", readInputs);
        Map<String, Double> writeInputs = new LinkedHashMap<>(regionInputs);
        writeInputs.put("P(served and writable)", pWrite);
        writeInputs.put("datasets written", (double) need.writes().size());
        Figure write = new Figure("static write availability of " + need.id(), commonA * pWrite, "",
                texts.writeFormulas()[i], writeInputs);
        AvailabilityFigures statics = combine(need, "static availability of " + need.id(), read, write);

        double readSeconds = charges.readSeconds()[i];
        double writeSeconds = charges.writeSeconds()[i];
        // The warm-up of autoscaled tiers is charged with the failover time: both follow a failure event.
        double warm = warmup.loss()[i];
        double readLoss = Math.min(read.value(), FailoverCharges.loss(readSeconds) + warm);
        double writeLoss = Math.min(write.value(), FailoverCharges.loss(writeSeconds) + warm);
        Map<String, Double> readIn = inputs("static read", read.value(), "unserved read s/yr", readSeconds,
                charges.readByKind(), i);
        readIn.put("autoscaling warm-up loss", warm);
        Figure readFailover = new Figure("read availability with failover of " + need.id(), read.value() - readLoss,
                "", "static read − Σ over failure events (events/yr × expected unserved read seconds of its own "
                + "recovery) / 31,557,600 s − autoscaling warm-up loss", readIn);
        Map<String, Double> writeIn = inputs("static write", write.value(), "unserved write s/yr", writeSeconds,
                charges.writeByKind(), i);
        writeIn.put("autoscaling warm-up loss", warm);
        Figure writeFailover = new Figure("write availability with failover of " + need.id(),
                write.value() - writeLoss, "", "static write − Σ over failure events (events/yr × expected unserved "
                + "write seconds: moved, waiting for a promotion or a switchover) / 31,557,600 s − autoscaling "
                + "warm-up loss", writeIn);
        AvailabilityFigures withFailover = combine(need, "availability with failover of " + need.id(), readFailover,
                writeFailover);
        Figure loss = Figure.of("availability failover costs " + need.id() + "'s reads", readLoss, "",
                "unserved read s/yr / (8766 h × 3600 s) + autoscaling warm-up loss", "unserved read s/yr",
                readSeconds, "events/yr that touch it", charges.eventsPerYear()[i], "unserved write s/yr",
                writeSeconds, "write loss", writeLoss, "autoscaling warm-up loss", warm);
        double minutesPerYear = Defaults.HOURS_PER_YEAR * 60;
        Figure brownout = Figure.of("brownout of " + need.id(), brownoutProbability * minutesPerYear
                        + warmup.brownoutMinutes()[i], "min/yr",
                "P(a single failure whose survivors serve it only in part) × 525,960 min + Σ events/yr × minutes "
                        + "until autoscaled tiers serve it in full", "P(served in part)", brownoutProbability,
                "warm-up brownout min/yr", warmup.brownoutMinutes()[i]);

        double weighted = statics.requestWeighted().value();
        double low = Math.max(0, weighted - commonA * halfWidth);
        double high = Math.min(1, weighted + commonA * halfWidth);
        String description = kind == Method.Kind.EXACT ? how : how + String.format(Locale.ROOT,
                ", 95%% CI [%.8f, %.8f]", low, high);
        Method method = new Method(kind, description, states, low, high);
        return new PopulationAvailability(need.id(), need.name(), rf, servingIds, statics, withFailover, loss, method,
                need.notes(), brownout);
    }

    /** The static figure, the unserved seconds and their split by kind of event (kinds that cost nothing left out). */
    private static Map<String, Double> inputs(String staticName, double staticValue, String totalName, double total,
                                              double[][] byKind, int i) {
        Map<String, Double> in = new LinkedHashMap<>();
        in.put(staticName, staticValue);
        in.put(totalName, total);
        for (int k = 0; k < byKind.length; k++) {
            if (byKind[k][i] > 0) {
                in.put(FailoverCharges.KINDS.get(k) + " events: unserved s/yr", byKind[k][i]);
            }
        }
        return in;
    }

    /** Request-weighted mean over populations, by requests/s. */
    AvailabilityFigure overall(String name, double[] weights, List<PopulationAvailability> populations,
                               boolean withFailover) {
        double value = 0;
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (int i = 0; i < populations.size(); i++) {
            PopulationAvailability p = populations.get(i);
            double a = (withFailover ? p.withFailover() : p.staticAvailability()).requestWeighted().value();
            value += weights[i] * a;
            inputs.put(p.populationId() + " share of requests", weights[i]);
            inputs.put(p.populationId() + " A", a);
        }
        return AvailabilityFigure.of(new Figure(name, clamp(value), "",
                "Σ (population requests/s ÷ total requests/s) × population availability", inputs));
    }

    private static AvailabilityFigures combine(PopulationNeed need, String name, Figure read, Figure write) {
        double rf = need.readFraction();
        Figure both = Figure.of(name, clamp(rf * read.value() + (1 - rf) * write.value()), "",
                "readFraction × read + (1 − readFraction) × write", "readFraction", rf, "read", read.value(),
                "write", write.value());
        return new AvailabilityFigures(AvailabilityFigure.of(clamped(read)), AvailabilityFigure.of(clamped(write)),
                AvailabilityFigure.of(both));
    }

    private static String rules(PopulationNeed need) {
        if (need.writes().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (WriteRule w : need.writes()) {
            parts.add(w.datasetId() + ": " + w.how());
        }
        return String.join("; ", parts);
    }

    private static Figure clamped(Figure f) {
        double v = clamp(f.value());
        return v == f.value() ? f : new Figure(f.name(), v, f.unit(), f.formula(), f.inputs());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
