package io.meridian.app.whatif;

import io.meridian.app.log.ErrorLog;
import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import io.meridian.model.FailureScenario;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The canvas's failure what-if: the regions and providers the user has failed, and what the capacity engine
 * says happens then (who is down, who is overloaded, how busy everyone else is). It never changes the design:
 * the failure is a transient scenario added to a copy of the topology for the computation only. The capacity
 * engine runs on a worker thread (on a large design it takes a second, which would freeze the window on every
 * click); only the latest request's outcome is applied, on the FX thread. The traffic lines the canvas draws are
 * worked out there too, with or without failures, so drawing never runs the router.
 */
public final class WhatIf {
    /** The id of the transient scenario; scenario ids live apart from element ids. */
    static final String SCENARIO_ID = "what-if";

    private final Set<String> regions = new LinkedHashSet<>();
    private final Set<Provider> providers = new LinkedHashSet<>();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private Topology topology = Topology.EMPTY;
    private final Executor worker;
    private final Executor apply;
    /** The latest request: an outcome of an earlier one arrives late and is dropped. */
    private final AtomicLong latest = new AtomicLong();

    /** The capacity engine on a daemon thread, outcomes applied on the FX thread: the app's. */
    public static WhatIf inBackground() {
        return new WhatIf(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "meridian-what-if");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    /** Worked out on the calling thread, the outcome set before the call returns (tests, embedding). */
    public static WhatIf onCallingThread() {
        return new WhatIf(Runnable::run, Runnable::run);
    }

    /** Where the engine runs and where its outcome is applied (tests: both on the calling thread). */
    public WhatIf(Executor worker, Executor apply) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /**
     * What the failure does.
     *
     * @param failed      regions taken down by the user (providers expanded)
     * @param overloaded  regions pushed above 100% of capacity by the re-routed load: they would fail next
     * @param cascaded    regions that then fall in the cascade (beyond the failed ones)
     * @param utilisation busiest-tier utilisation per region that is up, in percent
     * @param summary     one line for the status bar; empty when nothing is failed
     * @param routes      the users' traffic with the failed regions down (all of it served normally when none)
     */
    public record Outcome(Set<String> failed, Set<String> overloaded, Set<String> cascaded,
                          Map<String, Double> utilisation, double unservedRps, String summary,
                          List<TrafficRoutes.Route> routes) {
        /** Nothing failed and no traffic known yet (before the first topology is worked out). */
        public static final Outcome NONE = normal(List.of());

        public Outcome {
            routes = List.copyOf(routes);
        }

        /** Nothing failed: every population's traffic goes where it normally does. */
        static Outcome normal(List<TrafficRoutes.Route> routes) {
            return new Outcome(Set.of(), Set.of(), Set.of(), Map.of(), 0, "", routes);
        }

        public boolean active() {
            return !failed.isEmpty();
        }
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Outcome outcome() {
        return outcome.get();
    }

    /** The regions the user failed one by one, in the order they were failed. */
    public List<String> failedRegionIds() {
        return List.copyOf(regions);
    }

    /** The providers the user failed whole. */
    public List<Provider> failedProviders() {
        return List.copyOf(providers);
    }

    public void failRegion(String regionId) {
        regions.add(regionId);
        recompute();
    }

    public void failProvider(Provider provider) {
        providers.add(provider);
        recompute();
    }

    /** Brings a region back (also when it was down with its whole provider: that provider recovers). */
    public void restoreRegion(String regionId) {
        regions.remove(regionId);
        topology.region(regionId).ifPresent(r -> providers.remove(r.provider()));
        recompute();
    }

    public void clear() {
        regions.clear();
        providers.clear();
        recompute();
    }

    /** Follows the design: forgets failed regions that were deleted, recomputes for the rest. */
    public void update(Topology value) {
        topology = value;
        regions.removeIf(id -> value.region(id).isEmpty());
        recompute();
    }

    private void recompute() {
        long ticket = latest.incrementAndGet();
        Topology now = topology;
        List<Provider> failedProviders = providers.stream()
                .filter(p -> now.regions().stream().anyMatch(r -> r.provider() == p)).toList();
        if (regions.isEmpty() && failedProviders.isEmpty()) {
            work(ticket, () -> Outcome.normal(TrafficRoutes.of(now, Set.of())), Set.of());
            return;
        }
        FailureScenario scenario = new FailureScenario(SCENARIO_ID, "What-if", List.copyOf(regions), failedProviders);
        Topology withScenario = topology.withScenario(scenario);
        work(ticket, () -> {
            CapacityScenario result = CapacityEngine.evaluate(withScenario).scenario(SCENARIO_ID).orElseThrow();
            return describe(result, withScenario);
        }, Set.copyOf(regions));
    }

    /** Runs {@code job} on the worker and applies its outcome on the FX thread unless a later request came. */
    private void work(long ticket, java.util.function.Supplier<Outcome> job, Set<String> failedNow) {
        worker.execute(() -> {
            Outcome done;
            try {
                done = job.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                // A defect, not the user's input: logged with its cause, and said plainly in the status bar.
                ErrorLog.internal("What-if failed", e);
                done = new Outcome(failedNow, Set.of(), Set.of(), Map.of(), 0,
                        "What-if could not be worked out (" + e.getClass().getSimpleName() + "); details in "
                                + ErrorLog.folder(), List.of());
            }
            Outcome outcomeOfThis = done;
            apply.execute(() -> {
                if (ticket == latest.get()) {
                    outcome.set(outcomeOfThis);
                }
            });
        });
    }

    /** Worked out on the worker: reads only the scenario's result and the topology it was computed on. */
    private static Outcome describe(CapacityScenario s, Topology topology) {
        LoadState initial = s.initial();
        Set<String> failed = new LinkedHashSet<>(s.failedRegionIds());
        Set<String> overloaded = new LinkedHashSet<>(initial.overloadedRegionIds());
        Set<String> cascaded = new LinkedHashSet<>(s.result().downRegionIds());
        cascaded.removeAll(failed);
        Map<String, Double> utilisation = new LinkedHashMap<>();
        for (RegionLoad r : initial.regions()) {
            if (!r.down() && r.utilisation() != null) {
                utilisation.put(r.regionId(), r.utilisation().value());
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add("What-if: " + names(topology, failed) + " down");
        for (String id : overloaded) {
            parts.add(name(topology, id) + " overloaded (" + io.meridian.model.Quantities.percent(utilisation.getOrDefault(id, 0.0)) + ")");
        }
        if (!cascaded.isEmpty()) {
            parts.add("cascade takes down " + names(topology, cascaded));
        }
        double unserved = s.result().unservedRps().value();
        if (unserved > 0) {
            parts.add(io.meridian.model.Quantities.number(unserved) + " req/s unserved");
        }
        if (overloaded.isEmpty() && cascaded.isEmpty() && unserved == 0) {
            parts.add("the others carry the load");
        }
        return new Outcome(failed, overloaded, cascaded, utilisation, unserved, String.join(" · ", parts),
                TrafficRoutes.of(topology, failed));
    }

    private static String names(Topology topology, Set<String> ids) {
        return String.join(", ", ids.stream().map(id -> name(topology, id)).toList());
    }

    private static String name(Topology topology, String id) {
        return topology.region(id).map(Region::name).orElse(id);
    }
}
