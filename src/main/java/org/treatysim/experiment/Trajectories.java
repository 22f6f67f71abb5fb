package org.treatysim.experiment;

import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

/**
 * Every replication's monthly values of every state variable, kept as floats laid out
 * [variable][month][replication], plus each replication's outcome. Each replication writes only its own slots,
 * so concurrent writers never touch the same element.
 */
public final class Trajectories {
    /** Variables recorded, in output order: the treaty metrics first, then the agents' state. */
    static final Var[] METRICS = order();

    private final Scenario scenario;
    private final int reps;
    private final int months;
    private final long seed;
    private final float[] data;
    private final int[] signedStep;
    private final double[] islands;
    private final long[] modelSeeds;

    Trajectories(Scenario scenario, int reps, long seed) {
        this.scenario = scenario;
        this.reps = reps;
        this.months = scenario.months();
        this.seed = seed;
        this.data = new float[METRICS.length * months * reps];
        this.signedStep = new int[reps];
        this.islands = new double[reps];
        this.modelSeeds = new long[reps];
    }

    private static Var[] order() {
        java.util.List<Var> out = new java.util.ArrayList<>();
        out.add(Var.TREATY_HAZARD_ANNUAL);
        out.add(Var.TREATY_SIGNED);
        for (Var v : Var.values()) if (v != Var.TREATY_HAZARD_ANNUAL && v != Var.TREATY_SIGNED) out.add(v);
        return out.toArray(new Var[0]);
    }

    private static final int[] ORDINALS = ordinals();

    private static int[] ordinals() {
        int[] o = new int[METRICS.length];
        for (int k = 0; k < o.length; k++) o[k] = METRICS[k].ordinal();
        return o;
    }

    /** A block of consecutive replications recorded contiguously, replication-major. */
    final class Block {
        final int from, to;
        final float[] rows;

        Block(int from, int to) {
            this.from = from;
            this.to = to;
            this.rows = new float[(to - from) * METRICS.length * months];
        }

        org.treatysim.model.MonthObserver recorder(int rep) {
            final int base = (rep - from) * METRICS.length * months;
            return (month, values) -> {
                int o = base + month;
                for (int k = 0; k < ORDINALS.length; k++, o += months) rows[o] = (float) values[ORDINALS[k]];
            };
        }
    }

    Block block(int from, int to) { return new Block(from, to); }

    /** Transposes a finished block into the [variable][month][replication] layout. */
    void store(Block b) {
        int n = b.to - b.from, stride = METRICS.length * months;
        for (int k = 0; k < METRICS.length; k++) {
            for (int m = 0; m < months; m++) {
                int dst = (k * months + m) * reps + b.from;
                int src = k * months + m;
                for (int r = 0; r < n; r++, src += stride) data[dst + r] = b.rows[src];
            }
        }
    }

    void finish(int rep, long modelSeed, int step, double isl) {
        signedStep[rep] = step;
        islands[rep] = isl;
        modelSeeds[rep] = modelSeed;
    }

    public Scenario scenario() { return scenario; }
    public int replications() { return reps; }
    public int months() { return months; }
    public long seed() { return seed; }
    public Var[] metrics() { return METRICS.clone(); }

    /** Copies the values of metric {@code k} (index into {@link #metrics()}) in month {@code month} over all replications. */
    public void values(int k, int month, double[] out) {
        int base = (k * months + month) * reps;
        for (int r = 0; r < reps; r++) out[r] = data[base + r];
    }

    public double value(int k, int month, int rep) { return data[(k * months + month) * reps + rep]; }

    /** Step at which replication {@code rep} signed, or -1. */
    public int signedStep(int rep) { return signedStep[rep]; }
    public double islands(int rep) { return islands[rep]; }
    public long modelSeed(int rep) { return modelSeeds[rep]; }
}
