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
    private final DecisionTally decisions;

    Trajectories(Scenario scenario, int reps, long seed, DecisionTally decisions) {
        this.decisions = decisions;
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

    /**
     * Copies replications {@code from .. from+count-1}, recorded in {@code buf} as [replication][variable][month],
     * into their slots (MonteCarlo's batched recording).
     */
    void recordBlock(int from, int count, float[] buf) {
        int per = METRICS.length * months;
        for (int km = 0; km < per; km++) {
            int base = km * reps + from;
            for (int i = 0; i < count; i++) data[base + i] = buf[i * per + km];
        }
    }

    void finish(int rep, long modelSeed, int step, double isl) {
        signedStep[rep] = step;
        islands[rep] = isl;
        modelSeeds[rep] = modelSeed;
    }

    public Scenario scenario() { return scenario; }
    /** The agents' decisions over all replications (empty for the scripted model). */
    public DecisionTally decisions() { return decisions; }
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
