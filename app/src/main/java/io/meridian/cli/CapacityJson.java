package io.meridian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The capacity section of {@code evaluate --json}, with each failure state listing only the regions whose load or
 * state differs from normal operation. Listing every region in every region's failure made the section grow as
 * regions²: 60 MB at 100 regions, about 6 GB at 1,000. Normal operation (the baseline scenario's initial state)
 * lists every region; any other state lists the regions that changed and counts the rest in
 * {@code regionsAsNormal}. Every other field is written as the record is.
 */
final class CapacityJson {
    private static final String NORMAL = "meridian.capacity.normal";
    private static final ObjectMapper MAPPER = CliJson.MAPPER.copy()
            .registerModule(new SimpleModule("capacity-states").addSerializer(LoadState.class, new StateWriter()));

    private CapacityJson() {
    }

    static void write(JsonGenerator g, CapacityReport report) throws IOException {
        Object normal = report.scenarios().isEmpty() ? null : report.baseline().initial();
        MAPPER.writer().withAttribute(NORMAL, normal).writeValue(g, report);
    }

    /** A state's record components in order, its regions reduced to those unlike normal operation. */
    private static final class StateWriter extends JsonSerializer<LoadState> {
        @Override
        public void serialize(LoadState state, JsonGenerator g, SerializerProvider provider) throws IOException {
            Object normal = provider.getAttribute(NORMAL);
            boolean reduce = normal instanceof LoadState n && n != state
                    && n.regions().size() == state.regions().size();
            g.writeStartObject();
            for (RecordComponent c : LoadState.class.getRecordComponents()) {
                Object value = value(c, state);
                if (reduce && c.getName().equals("regions")) {
                    List<RegionLoad> before = ((LoadState) normal).regions();
                    List<RegionLoad> changed = new ArrayList<>();
                    for (int i = 0; i < state.regions().size(); i++) {
                        RegionLoad r = state.regions().get(i);
                        if (r != before.get(i) && !r.equals(before.get(i))) {
                            changed.add(r);
                        }
                    }
                    provider.defaultSerializeField("regions", changed, g);
                    g.writeNumberField("regionsAsNormal", state.regions().size() - changed.size());
                } else {
                    provider.defaultSerializeField(c.getName(), value, g);
                }
            }
            g.writeEndObject();
        }

        private static Object value(RecordComponent c, LoadState state) {
            try {
                return c.getAccessor().invoke(state);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read LoadState." + c.getName(), e);
            }
        }
    }
}
