package io.meridian.evaluation;

import java.util.List;

/** The design rules; each produces zero or more findings with a stable code. */
final class Findings {
    private Findings() {
    }

    static List<Finding> of(Reports reports) {
        return List.of();
    }
}
