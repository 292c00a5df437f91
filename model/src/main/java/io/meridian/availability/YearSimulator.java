package io.meridian.availability;

import io.meridian.model.Defaults;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Operating years, one failure at a time: every domain of {@link SimulatedDomains} alternates between up and down
 * spells from the start of the year (drawn from its steady state, so years are alike and independent) to its end.
 * Between two events the design is in one state, judged by {@link StateLosses} (served share per population,
 * capacity and common causes included) and kept by its hash, so a state seen before costs a lookup. Each failure of a domain also costs the users it touches its own
 * failover time, per occurrence, as {@link FailoverCharges} works it out for the exact engine; autoscaling warm-up is
 * added at its expected rate. Downtime is request-weighted: reads × read share + writes × write share.
 *
 * <p>An incident of a population is a spell in which it loses something, or a failover it waits out while
 * otherwise served; its downtime is what it loses in it. The worst 30-day window counts the incidents that start in
 * it, as SRE error budgets are judged.
 */
final class YearSimulator {
    static final double HOURS_PER_YEAR = Defaults.HOURS_PER_YEAR;
    static final double WINDOW_HOURS = 30 * 24;

    private final SimulatedDomains dom;
    private final FailureStructure s;
    private final RepairTimes repairs;
    private final int n;
    private final double[] readFraction;
    /** Per domain with a charge: the populations it costs something, and the weighted minutes of one occurrence. */
    private final int[][] chargedPopulations;
    private final double[][] chargeMinutes;
    private final double[] warmMinutes;
    private final StateLosses losses;

    YearSimulator(SimulatedDomains dom, SampledShares shares, FailoverOverloads overloads,
                  WarmupCharges.Charges warmup, RepairTimes repairs) {
        this(dom, shares, overloads, warmup, repairs, StateLosses.defaultKept(dom.s.populationNeeds.size()));
    }

    /** With the judged states kept given (a test empties the memo at every new state: the figures are the same). */
    YearSimulator(SimulatedDomains dom, SampledShares shares, FailoverOverloads overloads,
                  WarmupCharges.Charges warmup, RepairTimes repairs, int statesKept) {
        this.dom = dom;
        this.s = dom.s;
        this.repairs = repairs;
        this.n = s.populationNeeds.size();
        readFraction = new double[n];
        for (int i = 0; i < n; i++) {
            readFraction[i] = s.populationNeeds.get(i).readFraction();
        }
        chargeMinutes = new double[dom.count][];
        chargedPopulations = new int[dom.count][];
        for (int d = 0; d < dom.count; d++) {
            FailoverCharges.EventCharge c = dom.charge[d];
            if (c != null) {
                int[] who = java.util.stream.IntStream.range(0, n)
                        .filter(i -> c.read()[i] > 0 || c.write()[i] > 0).toArray();
                double[] m = new double[who.length];
                for (int k = 0; k < who.length; k++) {
                    int i = who[k];
                    m[k] = (readFraction[i] * c.read()[i] + (1 - readFraction[i]) * c.write()[i]) / 60;
                }
                if (who.length > 0) {
                    chargedPopulations[d] = who;
                    chargeMinutes[d] = m;
                }
            }
        }
        warmMinutes = new double[n];
        for (int i = 0; i < n; i++) {
            warmMinutes[i] = warmup.loss()[i] * HOURS_PER_YEAR * 60;
        }
        losses = new StateLosses(dom, shares, overloads, readFraction, statesKept);
    }

    int populations() {
        return n;
    }

    /** Simulates {@code years} years with {@code rng}; the same generator state gives the same years. */
    SimulatedYears run(int years, UniformRandomProvider rng) {
        return new Run(rng, years).all();
    }

    /** One batch of years on one thread: the domains' states, the clock and the year's tallies. */
    private final class Run {
        private final UniformRandomProvider rng;
        private final ContinuousSampler exponential;
        private final SpellSampler spells;
        private final SimulatedYears.Builder out;
        private final int years;
        private final boolean[] down = new boolean[dom.count];
        private final int[] zoneMask = new int[s.regions.size()];
        private final int[] instances = new int[s.pools.size()];
        /** Derived from {@link #down} and kept in step with it: what a state's judgement reads. */
        private final UpMasks up = new UpMasks(dom);
        private TransitionQueue clock;
        private long hash;
        private StateLosses.Loss loss;
        private JudgedStates<StateLosses.Loss> memo = new JudgedStates<>();
        private double now;
        // The year's tallies per population.
        private final double[] downtime = new double[n];
        private final double[] incidentMinutes = new double[n];
        private final double[] incidentStart = new double[n];
        private final boolean[] inIncident = new boolean[n];
        private final IncidentLog[] log = new IncidentLog[n];

        Run(UniformRandomProvider rng, int years) {
            this.rng = rng;
            this.years = years;
            this.exponential = ZigguratSampler.Exponential.of(rng);
            this.spells = new SpellSampler(rng, exponential, repairs);
            this.out = new SimulatedYears.Builder(n, years);
            for (int i = 0; i < n; i++) {
                log[i] = new IncidentLog();
            }
        }

        SimulatedYears all() {
            for (int y = 0; y < years; y++) {
                year();
            }
            return out.build();
        }

        private void year() {
            start();
            while (true) {
                int d = clock.next();
                double at = clock.nextTime();
                if (at >= HOURS_PER_YEAR) {
                    accumulate(HOURS_PER_YEAR - now);
                    break;
                }
                accumulate(at - now);
                now = at;
                change(d);
            }
            finish();
        }

        private void start() {
            clock = new TransitionQueue(dom.count);
            now = 0;
            hash = 0;
            Arrays.fill(down, false);
            Arrays.fill(downtime, 0);
            Arrays.fill(inIncident, false);
            for (IncidentLog l : log) {
                l.clear();
            }
            for (int d = 0; d < dom.count; d++) {
                int kind = dom.kind[d];
                if (kind == SimulatedDomains.SWITCHOVER) {
                    clock.set(d, now + every(dom.perYear[d]));
                } else if (kind != SimulatedDomains.POOL) {
                    steady(d, dom.availability[d], dom.downHours[d]);
                }
            }
            for (int r = 0; r < zoneMask.length; r++) {
                zoneMask[r] = 0;
                for (int z = 0; z < s.zones[r]; z++) {
                    zoneMask[r] |= down[dom.zoneBase[r] + z] ? 0 : 1 << z;
                }
            }
            for (int j = 0; j < instances.length; j++) {
                int d = dom.poolDomain[j];
                if (d >= 0) {
                    int r = s.pool(j).regionIndex();
                    instances[j] = s.pool(j).instancesInUpZones(s.zones[r], zoneMask[r]);
                    steady(d, dom.poolAvailability[j][instances[j]], dom.poolDownHours[j][instances[j]]);
                }
            }
            up.rebuild(down);
            loss = lookup();
            for (int i = 0; loss != StateLosses.NO_LOSS && i < n; i++) {
                if (loss.loses(i)) {
                    open(i);
                }
            }
        }

        /** Draws a domain's state and the rest of its spell from its steady state. */
        private void steady(int d, double a, double downHours) {
            boolean wasDown = down[d];
            boolean isDown;
            double until;
            if (a >= 1) {
                isDown = false;
                until = Double.POSITIVE_INFINITY;
            } else if (a <= 0) {
                isDown = true;
                until = Double.POSITIVE_INFINITY;
            } else {
                isDown = rng.nextDouble() >= a;
                until = now + (isDown ? spells.residualRepair(downHours) : spells.up(a, downHours));
            }
            if (wasDown != isDown) {
                down[d] = isDown;
                hash ^= dom.key[d];
                up.flipped(d, down);
            }
            clock.set(d, until);
        }

        private void change(int d) {
            int kind = dom.kind[d];
            if (kind == SimulatedDomains.SWITCHOVER) {
                charge(d);
                clock.set(d, now + every(dom.perYear[d]));
                return;
            }
            boolean failing = !down[d];
            down[d] = failing;
            hash ^= dom.key[d];
            up.flipped(d, down);
            double a = dom.availability[d];
            double mttr = dom.downHours[d];
            if (kind == SimulatedDomains.POOL) {
                int j = dom.index[d];
                a = dom.poolAvailability[j][instances[j]];
                mttr = dom.poolDownHours[j][instances[j]];
            }
            clock.set(d, now + (failing ? spells.repair(mttr) : spells.up(a, mttr)));
            if (failing) {
                charge(d);
            }
            if (kind == SimulatedDomains.ZONE) {
                rezone(dom.index[d], dom.zone[d]);
            }
            judge();
        }

        /** A zone changed: pools whose instances in up zones change are drawn afresh for their new count. */
        private void rezone(int r, int z) {
            zoneMask[r] ^= 1 << z;
            for (int j : s.regionPools[r]) {
                int m = s.pool(j).instancesInUpZones(s.zones[r], zoneMask[r]);
                if (m != instances[j]) {
                    instances[j] = m;
                    steady(dom.poolDomain[j], dom.poolAvailability[j][m], dom.poolDownHours[j][m]);
                }
            }
        }

        private void judge() {
            StateLosses.Loss before = loss;
            loss = lookup();
            if (before == loss || java.util.Arrays.equals(before.losing(), loss.losing())) {
                return;
            }
            int words = Math.max(before.losing().length, loss.losing().length);
            for (int w = 0; w < words; w++) {
                long was = w < before.losing().length ? before.losing()[w] : 0;
                long is = w < loss.losing().length ? loss.losing()[w] : 0;
                for (long changed = was ^ is; changed != 0; changed &= changed - 1) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(changed);
                    if ((is & (1L << i)) != 0) {
                        if (!inIncident[i]) {
                            open(i);
                        }
                    } else {
                        close(i);
                    }
                }
            }
        }

        /** The current state's judgement: this thread's memo first, then the shared one (which judges on a miss). */
        private StateLosses.Loss lookup() {
            StateLosses.Loss known = memo.get(hash);
            if (known == null) {
                assert up.inStep(down) : "regions up, pools up or event masks out of step with the domains' states";
                known = losses.loss(hash, down, zoneMask, up);
                if (memo.size() >= losses.kept()) {
                    memo = new JudgedStates<>();
                }
                memo.put(hash, known);
            }
            return known;
        }

        private void accumulate(double hours) {
            if (loss == StateLosses.NO_LOSS || hours <= 0) {
                return;
            }
            double minutes = hours * 60;
            double[] share = loss.share();
            for (int i = 0; i < n; i++) {
                double x = share[i] * minutes;
                downtime[i] += x;
                incidentMinutes[i] += x;
            }
        }

        /** One occurrence of the domain's failover cost: inside a running incident, or an incident of its own. */
        private void charge(int d) {
            double[] minutes = chargeMinutes[d];
            if (minutes == null) {
                return;
            }
            int[] who = chargedPopulations[d];
            for (int k = 0; k < who.length; k++) {
                int i = who[k];
                double c = minutes[k];
                downtime[i] += c;
                if (inIncident[i]) {
                    incidentMinutes[i] += c;
                } else {
                    log[i].add(now, c);
                }
            }
        }

        private void open(int i) {
            inIncident[i] = true;
            incidentStart[i] = now;
            incidentMinutes[i] = 0;
        }

        private void close(int i) {
            inIncident[i] = false;
            log[i].add(incidentStart[i], incidentMinutes[i]);
        }

        private void finish() {
            now = HOURS_PER_YEAR;
            for (int i = 0; i < n; i++) {
                if (inIncident[i]) {
                    close(i);
                }
                downtime[i] += warmMinutes[i];
                out.add(i, downtime[i], log[i], WINDOW_HOURS);
            }
            out.endYear();
        }

        /** Time to the next of events that come {@code perYear} times a year at random. */
        private double every(double perYear) {
            return perYear <= 0 ? Double.POSITIVE_INFINITY : HOURS_PER_YEAR / perYear * exponential.sample();
        }
    }
}
