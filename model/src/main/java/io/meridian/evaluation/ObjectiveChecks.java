package io.meridian.evaluation;

import java.util.List;

/** Each objective of the design against the engine's figure. */
final class ObjectiveChecks {
    private ObjectiveChecks() {
    }

    static List<ObjectiveResult> of(Reports reports) {
        return List.of();
    }

    static Verdict verdict(List<ObjectiveResult> results) {
        int failed = (int) results.stream().filter(r -> !r.pass()).count();
        return new Verdict(failed == 0, failed, results.size(), failed == 0 ? "PASS" : "FAIL");
    }
}
