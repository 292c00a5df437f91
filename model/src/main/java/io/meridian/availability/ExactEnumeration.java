package io.meridian.availability;

import java.util.List;

/**
 * The exact computation: every state of the correlated domains (each provider up or down; each region of an up
 * provider down, or up with one of its block's event combinations) with its probability, and in each state which
 * populations are served and can write. Regions of a down provider are down with it.
 */
final class ExactEnumeration {
    private ExactEnumeration() {
    }

    /**
     * Per population, P(served) and P(served and every dataset it writes has a writable copy), routing left out.
     *
     * @param states      cross-region states visited plus the states inside the regions' blocks
     * @param regionStates the region blocks' states alone
     */
    record Result(double[] read, double[] write, long states, long regionStates) {
    }

    /** Upper bound of the cross-region states: 2^providers × Π (1 + the region's event combinations). */
    static double crossStates(FailureStructure s, RegionBlocks.Distribution[] blocks) {
        double n = Math.pow(2, s.providers.size());
        for (RegionBlocks.Distribution d : blocks) {
            n *= 1 + d.masks().length;
        }
        return n;
    }

    static RegionBlocks.Distribution[] blocks(FailureStructure s, Element perfect) {
        RegionBlocks.Distribution[] blocks = new RegionBlocks.Distribution[s.regions.size()];
        for (int r = 0; r < blocks.length; r++) {
            blocks[r] = RegionBlocks.of(s, r, perfect);
        }
        return blocks;
    }

    static Result run(FailureStructure s, Element perfect) {
        return run(s, perfect, blocks(s, perfect));
    }

    static Result run(FailureStructure s, Element perfect, RegionBlocks.Distribution[] blocks) {
        Walk walk = new Walk(s, blocks, perfect);
        int providers = s.providers.size();
        for (int state = 0; state < (1 << providers); state++) {
            double p = 1;
            boolean[] providerUp = new boolean[providers];
            for (int i = 0; i < providers; i++) {
                double a = Element.perfect(perfect, ElementKind.PROVIDER, i) ? 1 : s.providerAvailability(i);
                providerUp[i] = (state & (1 << i)) != 0;
                p *= providerUp[i] ? a : 1 - a;
            }
            if (p > 0) {
                walk.providerUp = providerUp;
                walk.visit(0, p);
            }
        }
        long regionStates = 0;
        for (RegionBlocks.Distribution d : blocks) {
            regionStates += d.states();
        }
        return new Result(walk.read, walk.write, walk.leaves + regionStates, regionStates);
    }

    /** Depth-first over regions; at each leaf, every population is judged once. */
    private static final class Walk {
        final FailureStructure s;
        final RegionBlocks.Distribution[] blocks;
        final Element perfect;
        final List<PopulationNeed> populations;
        final boolean[] regionUp;
        final long[] masks;
        final double[] read;
        final double[] write;
        boolean[] providerUp;
        long leaves;

        Walk(FailureStructure s, RegionBlocks.Distribution[] blocks, Element perfect) {
            this.s = s;
            this.blocks = blocks;
            this.perfect = perfect;
            this.populations = s.populationNeeds;
            this.regionUp = new boolean[s.regions.size()];
            this.masks = new long[s.regions.size()];
            this.read = new double[populations.size()];
            this.write = new double[populations.size()];
        }

        void visit(int r, double p) {
            if (r == regionUp.length) {
                leaves++;
                for (int i = 0; i < populations.size(); i++) {
                    PopulationNeed need = populations.get(i);
                    if (need.served(s.serve, regionUp, masks)) {
                        read[i] += p;
                        if (need.writable(regionUp, masks)) {
                            write[i] += p;
                        }
                    }
                }
                return;
            }
            double a = Element.perfect(perfect, ElementKind.REGION, r) ? 1 : s.regionAvailability(r);
            if (!providerUp[s.regionProvider[r]]) {
                a = 0;
            }
            if (a < 1) {
                regionUp[r] = false;
                masks[r] = 0;
                visit(r + 1, p * (1 - a));
            }
            if (a > 0) {
                regionUp[r] = true;
                RegionBlocks.Distribution d = blocks[r];
                for (int k = 0; k < d.masks().length; k++) {
                    double q = d.probabilities()[k];
                    if (q > 0) {
                        masks[r] = d.masks()[k];
                        visit(r + 1, p * a * q);
                    }
                }
            }
        }
    }
}
