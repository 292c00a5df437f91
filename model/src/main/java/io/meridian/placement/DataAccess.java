package io.meridian.placement;

import io.meridian.model.Component;
import io.meridian.model.Dataset;
import io.meridian.model.Population;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who reads and writes what: the one relation the latency engine, the availability engine and the findings share.
 * A population reads and writes the datasets it names ({@code reads}, {@code writes}); when it names none, the
 * datasets of its own residency zone and the datasets without a zone (global data); a population without a zone,
 * the datasets without one. A zone's data is never read or written by default from outside the zone.
 *
 * <p>A population may write a dataset only where its own zone lets its requests be handled: a dataset with no copy
 * in a region the population's zone permits (every region when it has none) cannot take its writes. Such a
 * population's writes to that dataset fail in every state, have no latency, and raise a finding.
 */
public final class DataAccess {
    private final Topology topology;
    private final Map<String, Dataset> byId = new HashMap<>();
    private final Map<String, String> regionOfComponent = new HashMap<>();
    /** Datasets by zone id ("" for none), in design order: each population without a list asks for its zone's. */
    private final Map<String, List<Dataset>> byZone = new HashMap<>();
    private final Map<String, List<Dataset>> withGlobal = new HashMap<>();

    private DataAccess(Topology topology) {
        this.topology = topology;
        for (Dataset d : topology.datasets()) {
            byId.putIfAbsent(d.id(), d);
            byZone.computeIfAbsent(zoneKey(d.zoneId()), k -> new java.util.ArrayList<>()).add(d);
        }
        for (Component c : topology.components()) {
            regionOfComponent.putIfAbsent(c.id(), c.regionId());
        }
    }

    public static DataAccess of(Topology topology) {
        return new DataAccess(topology);
    }

    /** The datasets the population writes, in design order when defaulted, in its own order when named. */
    public List<Dataset> writes(Population p) {
        return p.writes() != null ? named(p.writes()) : ofZone(p.zoneId());
    }

    /** The datasets the population reads. */
    public List<Dataset> reads(Population p) {
        return p.reads() != null ? named(p.reads()) : ofZone(p.zoneId());
    }

    public boolean writes(Population p, Dataset d) {
        return p.writes() != null ? p.writes().contains(d.id()) : d.zoneId() == null || d.zoneId().equals(p.zoneId());
    }

    /** True when the population names its datasets rather than taking its zone's. */
    public static boolean stated(Population p) {
        return p.writes() != null || p.reads() != null;
    }

    /** Copies of the dataset in regions the population's zone permits (every copy when it has no zone). */
    public List<String> permittedCopies(Population p, Dataset d) {
        if (p.zoneId() == null) {
            return d.copies();
        }
        ResidencyZone zone = topology.zone(p.zoneId()).orElseThrow();
        return d.copies().stream().filter(c -> zone.permits(regionOfComponent.get(c))).toList();
    }

    /** Why the population cannot write the dataset, or null when it can. */
    public String cannotWrite(Population p, Dataset d) {
        if (d.copies().isEmpty() || !permittedCopies(p, d).isEmpty()) {
            return null;
        }
        ResidencyZone zone = topology.zone(p.zoneId()).orElseThrow();
        return "'" + p.id() + "' may only be served in zone '" + zone.id() + "' " + zone.regionIds()
                + " and no copy of '" + d.id() + "' lives there: it cannot write it";
    }

    private List<Dataset> named(List<String> ids) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The zone's datasets and the global ones, in design order. */
    private List<Dataset> ofZone(String zoneId) {
        if (zoneId == null) {
            return List.copyOf(byZone.getOrDefault("", List.of()));
        }
        return withGlobal.computeIfAbsent(zoneId, z -> topology.datasets().stream()
                .filter(d -> d.zoneId() == null || d.zoneId().equals(z)).toList());
    }

    private static String zoneKey(String zoneId) {
        return zoneId == null ? "" : zoneId;
    }
}
