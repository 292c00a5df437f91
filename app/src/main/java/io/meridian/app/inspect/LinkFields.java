package io.meridian.app.inspect;

import static io.meridian.app.inspect.PropertyForms.choice;
import static io.meridian.app.inspect.PropertyForms.fixed;
import static io.meridian.app.inspect.PropertyForms.named;
import static io.meridian.app.inspect.PropertyForms.num;
import static io.meridian.app.inspect.PropertyForms.parse;
import static io.meridian.app.inspect.Values.number;
import static io.meridian.app.inspect.Values.optionalNumber;

import io.meridian.model.ComponentKind;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.ReplicationMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A link's fields. A replication link's optional figures (semi-sync acknowledgement timeout, measured lag p50/p99)
 * are empty for their default, which the field shows as its prompt; a mode change drops what the new mode cannot
 * carry (the queue unless CDC, the timeout unless semi-sync).
 */
final class LinkFields {
    private LinkFields() {
    }

    static List<Field> of(Design d, Link l) {
        Function<Link, Design> put = x -> d.withTopology(d.topology().withLink(x));
        Map<String, String> names = PropertyForms.names(d.topology());
        List<Field> f = new ArrayList<>();
        f.add(fixed("kind", "Kind", l.kind().id(), null));
        f.add(fixed("from", "From", names.getOrDefault(l.from(), l.from()), "Id " + l.from()));
        f.add(fixed("to", "To", names.getOrDefault(l.to(), l.to()), "Id " + l.to()));
        switch (l.kind()) {
            case DEPENDENCY -> f.add(new Field("hard", "Hard dependency", String.valueOf(l.hard()), Field.Type.CHECK,
                    List.of(), "Hard: the source is down when the target is; soft: it only degrades",
                    v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), Boolean.parseBoolean(v), null, 0,
                            null, null))));
            case REPLICATION -> f.addAll(replication(d, l, put, names));
            case NETWORK -> f.add(num("rttMs", "RTT (ms)", l.rttMs(), "Measured round trip between the regions",
                    v -> put.apply(new Link(l.id(), LinkKind.NETWORK, l.from(), l.to(), false, null, 0, null,
                            number(v, "rttMs")))));
        }
        return f;
    }

    private static List<Field> replication(Design d, Link l, Function<Link, Design> put, Map<String, String> names) {
        List<Field> f = new ArrayList<>();
        f.add(choice("mode", "Mode", l.mode().id(),
                Arrays.stream(ReplicationMode.values()).map(ReplicationMode::id).toList(),
                "How writes are acknowledged", v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(),
                        false, parse(ReplicationMode.class, v), l.lagMs(),
                        ReplicationMode.CDC.id().equals(v) ? l.via() : null, null,
                        ReplicationMode.SEMI_SYNC.id().equals(v) ? l.ackTimeoutMs() : null, l.lagP50Ms(),
                        l.lagP99Ms()))));
        f.add(num("lagMs", "Extra lag (ms)", l.lagMs(), "Lag beyond the one-way network latency",
                v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), false, l.mode(),
                        number(v, "lagMs"), l.via(), null, l.ackTimeoutMs(), l.lagP50Ms(), l.lagP99Ms()))));
        if (l.mode() == ReplicationMode.CDC) {
            List<String> queues = new ArrayList<>(List.of(Values.NONE));
            d.topology().components().stream().filter(c -> c.kind() == ComponentKind.QUEUE)
                    .forEach(c -> queues.add(c.id()));
            f.add(named("via", "Via queue", Values.orNone(l.via()), queues, names,
                    "The queue the changes travel through (its consumer lag adds to the lag); — for none",
                    v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), false, l.mode(), l.lagMs(),
                            Values.noneToNull(v), null, l.ackTimeoutMs(), l.lagP50Ms(), l.lagP99Ms()))));
        }
        if (l.mode() == ReplicationMode.SEMI_SYNC) {
            f.add(new Field("ackTimeoutMs", "Acknowledgement timeout (ms)", Values.format(l.ackTimeoutMs()),
                    Field.Type.NUMBER, List.of(), "How long the writer waits for this target's acknowledgement "
                    + "before it commits without it; empty for the default",
                    v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), false, l.mode(), l.lagMs(), l.via(),
                            null, optionalNumber(v, "ackTimeoutMs"), l.lagP50Ms(), l.lagP99Ms())))
                    .withPrompt(Values.byDefault(Defaults.SEMI_SYNC_ACK_TIMEOUT_MS, "ms")));
        }
        f.add(new Field("lagP50Ms", "Measured lag p50 (ms)", Values.format(l.lagP50Ms()), Field.Type.NUMBER,
                List.of(), "The target's measured median lag, end to end; empty: one-way trip + flush interval "
                + "+ extra lag (+ the queue's consumer lag)",
                v -> put.apply(l.withLag(optionalNumber(v, "lagP50Ms"), l.lagP99Ms()))).withPrompt("estimated"));
        f.add(new Field("lagP99Ms", "Measured lag p99 (ms)", Values.format(l.lagP99Ms()), Field.Type.NUMBER,
                List.of(), "The measured 99th-percentile lag; empty: p50 × " + Values.format(Defaults.LAG_P99_OVER_P50),
                v -> put.apply(l.withLag(l.lagP50Ms(), optionalNumber(v, "lagP99Ms"))))
                .withPrompt("default: p50 × " + Values.format(Defaults.LAG_P99_OVER_P50)));
        return f;
    }
}
