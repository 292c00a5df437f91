package io.meridian.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.meridian.model.Alternative;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Layout;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationLimitsTest {

    @Test
    void aDesignBeyondTheLimitsIsRefusedInOneLineBeforeAnyWork() {
        Topology t = withRegions(1_001);
        DesignTooLargeException e = assertThrows(DesignTooLargeException.class, () -> Evaluator.evaluate(t));
        assertEquals("$.regions", e.path());
        assertEquals("$.regions: too large to evaluate: 1,001 regions (at most 1,000): each region's failure is "
                + "judged over every region, so the work grows as regions²; split the design", e.getMessage());
    }

    @Test
    void regionsAtTheLimitPassAndOneMoreIsRefused() {
        EvaluationLimits.check(withRegions(1_000));
        DesignTooLargeException e = assertThrows(DesignTooLargeException.class,
                () -> EvaluationLimits.check(withRegions(1_001)));
        assertEquals("$.regions", e.path());
    }

    @Test
    void theAnalysesThatEvaluateManyTimesOverStopAtThreeHundredRegions() {
        for (EvaluationLimits.Analysis a : EvaluationLimits.Analysis.values()) {
            EvaluationLimits.check(withRegions(300), "$", a);
            DesignTooLargeException e = assertThrows(DesignTooLargeException.class,
                    () -> EvaluationLimits.check(withRegions(301), "$.alternatives[1]", a));
            assertEquals("$.alternatives[1].regions", e.path());
        }
        DesignTooLargeException years = assertThrows(DesignTooLargeException.class,
                () -> EvaluationLimits.check(withRegions(301), "$", EvaluationLimits.Analysis.YEARS));
        assertEquals("$.regions: too large for simulated years: 301 regions (at most 300): at least 10,000 years each "
                + "judge the design's failures as they come (a single evaluation takes up to 1,000 regions); split "
                + "the design", years.getMessage());
        // Beyond the evaluation's own limits, the analysis says what a single evaluation says.
        DesignTooLargeException both = assertThrows(DesignTooLargeException.class,
                () -> EvaluationLimits.check(withRegions(1_001), "$", EvaluationLimits.Analysis.SEARCH));
        assertEquals("$.regions: too large to evaluate: 1,001 regions (at most 1,000): each region's failure is "
                + "judged over every region, so the work grows as regions²; split the design", both.getMessage());
    }

    @Test
    void theEnginesOfTheAnalysesRefuseADesignBeyondTheirLimitsThemselves() {
        // The risk engine is handed an evaluation the caller made; it refuses the 301-region design before
        // simulating a year (the app's Risk tab and every command reach it through here).
        Topology t = withRegions(301);
        Evaluation e = Evaluator.evaluate(t);
        DesignTooLargeException x = assertThrows(DesignTooLargeException.class,
                () -> io.meridian.risk.RiskEngine.evaluate(t, e, io.meridian.risk.RiskSettings.DEFAULTS));
        assertEquals("$.regions", x.path());
        Design d = new Design("d", "", BenchmarkDesigns.threeRegions(),
                List.of(new Alternative("big", "Big", "", t)), Layout.EMPTY);
        DesignTooLargeException ranges = assertThrows(DesignTooLargeException.class,
                () -> io.meridian.uncertainty.UncertaintyEngine.evaluate(d, "big",
                        io.meridian.uncertainty.UncertaintySettings.DEFAULTS, io.meridian.catalog.RegionCatalog.builtin(),
                        io.meridian.cost.PriceCatalog.builtin()));
        assertEquals("$.alternatives[0].regions", ranges.path());
    }

    @Test
    void writeLatenciesCountDatasetsTimesPopulations() {
        // 200 datasets × 500 populations = 100,000: at the limit; a 201st dataset makes 100,500.
        EvaluationLimits.check(withDatasetsAndPopulations(200, 500));
        DesignTooLargeException e = assertThrows(DesignTooLargeException.class,
                () -> EvaluationLimits.check(withDatasetsAndPopulations(201, 500)));
        assertEquals("$.datasets: too large to evaluate: 100,500 write latencies (datasets × populations) (at most "
                + "100,000): each is an explained figure; split the design", e.getMessage());
    }

    @Test
    void anAlternativeBeyondTheLimitIsNamedByItsPathAndStopsTheWholeDesign() {
        Design design = new Design("d", "", BenchmarkDesigns.threeRegions(),
                List.of(new Alternative("big", "Big", "", withRegions(1_001))), Layout.EMPTY);
        DesignTooLargeException e = assertThrows(DesignTooLargeException.class, () -> Evaluator.evaluate(design));
        assertEquals("$.alternatives[0].regions", e.path());
    }

    private static Topology withRegions(int n) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            regions.add(new Region("r" + i, null, "r" + i, Provider.AWS, new GeoPoint(0, i % 360 - 180.0), "", 0.9995,
                    4, 3));
        }
        return new Topology(regions, List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null);
    }

    private static Topology withDatasetsAndPopulations(int datasets, int populations) {
        List<Dataset> ds = new ArrayList<>();
        for (int i = 0; i < datasets; i++) {
            ds.add(new Dataset("d" + i, "d" + i, WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 1, 1, false,
                    null, List.of(), 0));
        }
        List<Population> ps = new ArrayList<>();
        for (int i = 0; i < populations; i++) {
            ps.add(new Population("p" + i, "p" + i, new GeoPoint(0, 0), 1, 0.9, null, null, List.of()));
        }
        return new Topology(List.of(), List.of(), List.of(), ds, null, ps, List.of(), null, null);
    }
}
