package io.meridian.cli;

import io.meridian.availability.RepairTimes;
import io.meridian.risk.RiskSettings;
import java.util.List;
import picocli.CommandLine.Option;

/** How the simulated years run (a picocli mixin for evaluate and check). */
final class RiskOptions {
    @Option(names = "--years", paramLabel = "N", description = "simulate exactly N years (default: until the mean "
            + "is within ±2%%, 10,000 to 100,000 years)")
    Integer years;

    @Option(names = "--seed", paramLabel = "SEED", description = "the simulation's seed (default ${DEFAULT-VALUE})",
            defaultValue = "" + RiskSettings.DEFAULT_SEED)
    long seed;

    @Option(names = "--repairs", paramLabel = "KIND", description = "repair times: exponential (default) or "
            + "lognormal[:SIGMA] (same mean, heavier tail; SIGMA default 1)")
    String repairs;

    RiskSettings settings() {
        RiskSettings s = RiskSettings.DEFAULTS.withSeed(seed).withRepairs(repairTimes());
        if (years != null) {
            if (years < 1 || years > 10_000_000) {
                throw new BadInputException(List.of("--years: must be 1 to 10,000,000, got " + years));
            }
            s = s.withYears(years, years);
        }
        return s;
    }

    private RepairTimes repairTimes() {
        if (repairs == null || repairs.equals("exponential")) {
            return RepairTimes.EXPONENTIAL;
        }
        if (repairs.equals("lognormal")) {
            return RepairTimes.lognormal(1);
        }
        if (repairs.startsWith("lognormal:")) {
            try {
                double sigma = Double.parseDouble(repairs.substring("lognormal:".length()));
                if (!(sigma > 0 && sigma <= 5)) {
                    throw new NumberFormatException();
                }
                return RepairTimes.lognormal(sigma);
            } catch (NumberFormatException e) {
                throw new BadInputException(List.of("--repairs: SIGMA must be a number in (0, 5], got '"
                        + repairs.substring("lognormal:".length()) + "'"));
            }
        }
        throw new BadInputException(List.of("--repairs: expected exponential or lognormal[:SIGMA], got '"
                + repairs + "'"));
    }
}
