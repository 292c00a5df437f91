package io.meridian.io;

import static io.meridian.io.JsonFields.number;
import static io.meridian.io.JsonFields.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.CommonCauses;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Objectives;
import io.meridian.model.ThirdPartyDependency;
import java.util.LinkedHashMap;
import java.util.Map;

/** The design-wide sections of a design file: the routing layer, the common causes and the objectives. */
final class SettingsWriter {
    private SettingsWriter() {
    }

    static void routing(ObjectNode o, GlobalRouting g) {
        o.put("kind", g.kind().id());
        number(o, "dnsTtlSeconds", g.dnsTtlSeconds());
        number(o, "healthCheckIntervalSeconds", g.healthCheckIntervalSeconds());
        o.put("failureThreshold", g.failureThreshold());
        number(o, "convergenceSeconds", g.convergenceSeconds());
        number(o, "dnsCacheTailShare", g.dnsCacheTailShare());
        number(o, "dnsCacheTailSeconds", g.dnsCacheTailSeconds());
        reliability(o, g.reliability());
        number(o, "monthlyPrice", g.monthlyPrice());
        if (!g.services().isEmpty()) {
            ArrayNode services = o.putArray("services");
            g.services().forEach(sv -> services.add(sv.id()));
        }
    }

    static void commonCauses(ObjectNode o, CommonCauses c) {
        ObjectNode change = o.putObject("globalChange");
        number(change, "eventsPerYear", c.globalChange().eventsPerYear());
        number(change, "durationHours", c.globalChange().durationHours());
        change.put("rolloutWaves", c.globalChange().rolloutWaves());
        if (!c.dependencies().isEmpty()) {
            ArrayNode list = o.putArray("dependencies");
            for (ThirdPartyDependency d : c.dependencies()) {
                ObjectNode n = list.addObject();
                n.put("id", d.id());
                n.put("name", d.name());
                n.put("kind", d.kind().id());
                reliability(n, d.reliability());
                if (!d.usedBy().isEmpty()) {
                    ArrayNode usedBy = n.putArray("usedBy");
                    d.usedBy().forEach(usedBy::add);
                }
            }
        }
    }

    static void objectives(ObjectNode o, Objectives g) {
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("availability", g.availability());
        targets.put("rtoSeconds", g.rtoSeconds());
        targets.put("rpoSeconds", g.rpoSeconds());
        targets.put("readLatencyMs", g.readLatencyMs());
        targets.put("writeLatencyMs", g.writeLatencyMs());
        targets.put("readLatencyP99Ms", g.readLatencyP99Ms());
        targets.put("writeLatencyP99Ms", g.writeLatencyP99Ms());
        targets.put("monthlyBudget", g.monthlyBudget());
        targets.forEach((name, value) -> {
            if (value != null) {
                number(o, name, value);
            }
        });
        o.put("surviveLossOf", g.surviveLossOf().id());
    }
}
