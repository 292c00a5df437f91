package io.meridian.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The design rules; each produces zero or more findings with a stable code. Errors first, then warnings. */
final class Findings {
    private Findings() {
    }

    static List<Finding> of(Reports r) {
        List<Finding> out = new ArrayList<>();
        DataFindings.residency(r.topology(), out);
        DataFindings.access(r.topology(), r.router(), out);
        DataFindings.conflicts(r.topology(), r.consistency().datasets(), out);
        DataFindings.splitBrain(r.consistency().datasets(), out);
        DataFindings.backlog(r.topology(), r.recovery().lags(), out);
        DataFindings.neverReplicated(r.topology(), out);
        DataFindings.syncAcks(r.topology(), out);
        ServiceFindings.singlePoints(r.topology(), r.router(), out);
        ServiceFindings.overloads(r.topology(), r.capacity(), out);
        ServiceFindings.dnsTtl(r.topology(), out);
        ServiceFindings.offRequestPath(r.topology(), out);
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }
}
