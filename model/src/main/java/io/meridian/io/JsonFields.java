package io.meridian.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Reliability;

/** How the design writer puts numbers and reliabilities into JSON, the same way in every section. */
final class JsonFields {
    private JsonFields() {
    }

    static void reliability(ObjectNode o, Reliability r) {
        if (r.sla() != null) {
            number(o, "availability", r.sla());
        }
        if (r.mtbfHours() != null) {
            number(o, "mtbfHours", r.mtbfHours());
        }
        if (r.mttrHours() != null) {
            number(o, "mttrHours", r.mttrHours());
        }
    }

    /** Only when stated: absent means the default (switchoverSeconds: the kind's; responseBytes: unpriced). */
    static void optional(ObjectNode o, String name, Double value) {
        if (value != null) {
            number(o, name, value);
        }
    }

    /** Whole numbers without a ".0" (50 instances, not 50.0); -0.0 keeps its sign so equals() survives. */
    static void number(ObjectNode o, String name, double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15
                && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
        if (whole) {
            o.put(name, (long) value);
        } else {
            o.put(name, value);
        }
    }
}
