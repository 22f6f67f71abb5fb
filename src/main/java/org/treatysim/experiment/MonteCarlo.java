package org.treatysim.experiment;

import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Monte Carlo replications of one scenario. Replication {@code i} uses the model seed and parameter draw derived
 * from (master seed, i) only, and writes into its own slots of the result, so the output is identical for any
 * number of threads, and replication i of two scenarios shares its random numbers (common random numbers).
 */
public final class MonteCarlo {
    /** Replications handed to a worker at a time. */
    static final int BATCH = 16;

    private MonteCarlo() {}

    /** Settings of a Monte Carlo run. {@code drawParameters=false} runs every replication at the best values. */
    public record Config(int replications, long seed, int threads, boolean drawParameters) {
        public Config {
            if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static Trajectories run(Scenario scenario, Config cfg, IntConsumer progress) {
        checkMemory(scenario, cfg.replications());
        Trajectories out = new Trajectories(scenario, cfg.replications(), cfg.seed());
        int batches = (cfg.replications() + BATCH - 1) / BATCH;
        if (cfg.threads() == 1) {
            for (int b = 0; b < batches; b++) runBatch(scenario, cfg, out, b, progress);
            return out;
        }
        ExecutorService pool = Workers.pool(cfg.threads(), "treatysim-worker");
        try {
            List<Future<?>> fs = new ArrayList<>(batches);
            for (int b = 0; b < batches; b++) {
                final int batch = b;
                fs.add(pool.submit(() -> runBatch(scenario, cfg, out, batch, progress)));
            }
            Workers.awaitAll(fs);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * Runs one batch. Each replication records into a per-thread buffer laid out replication by replication
     * (sequential writes); the batch is then copied into the result's [variable][month][replication] layout a
     * cache line at a time. Writing straight into that layout missed the cache on almost every value and cost
     * about as much as the model itself; the values and their slots are the same either way.
     */
    private static void runBatch(Scenario scenario, Config cfg, Trajectories out, int batch, IntConsumer progress) {
        int from = batch * BATCH, to = Math.min(cfg.replications(), from + BATCH);
        int per = Trajectories.METRICS.length * out.months();
        float[] buf = BUFFER.get();
        if (buf.length < BATCH * per) {
            buf = new float[BATCH * per];
            BUFFER.set(buf);
        }
        for (int rep = from; rep < to; rep++) {
            runOne(scenario, cfg, out, rep, buf, (rep - from) * per);
            if (progress != null) progress.accept(1);
        }
        out.recordBlock(from, to - from, buf);
    }

    private static final ThreadLocal<float[]> BUFFER = ThreadLocal.withInitial(() -> new float[0]);

    static void runOne(Scenario scenario, Config cfg, Trajectories out, int rep) {
        ParameterValues values = cfg.drawParameters()
                ? ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(cfg.seed(), rep))
                : ParameterDraw.point(scenario.parameters());
        long modelSeed = Seeds.modelSeed(cfg.seed(), rep);
        TreatyModel m = new TreatyModel(modelSeed, scenario, values, (month, v) -> out.record(rep, month, v));
        m.runToEnd();
        out.finish(rep, modelSeed, m.signedStep(), m.signedIslands());
    }

    /** Runs replication {@code rep}, recording its months into {@code buf} from {@code offset} as [variable][month]. */
    private static void runOne(Scenario scenario, Config cfg, Trajectories out, int rep, float[] buf, int offset) {
        ParameterValues values = cfg.drawParameters()
                ? ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(cfg.seed(), rep))
                : ParameterDraw.point(scenario.parameters());
        long modelSeed = Seeds.modelSeed(cfg.seed(), rep);
        final Var[] metrics = Trajectories.METRICS;
        final int months = out.months();
        TreatyModel m = new TreatyModel(modelSeed, scenario, values, (month, v) -> {
            for (int k = 0; k < metrics.length; k++) buf[offset + k * months + month] = (float) v[metrics[k].ordinal()];
        });
        m.runToEnd();
        out.finish(rep, modelSeed, m.signedStep(), m.signedIslands());
    }

    /** Fails early, with advice, when exact per-month quantiles would not fit the heap. */
    static void checkMemory(Scenario s, int reps) {
        long bytes = (long) Trajectories.METRICS.length * s.months() * reps * Float.BYTES;
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max * 0.6) {
            throw new org.treatysim.scenario.UsageException(String.format(java.util.Locale.ROOT, // the user's choice, not a bug: exit 2
                    "%d replications of %d months need about %.1f GB for exact quantiles; this JVM has %.1f GB. "
                            + "Use fewer replications, a larger -Xmx (TREATYSIM_JAVA_OPTS), or `sweep`, which streams per-run results in constant memory.",
                    reps, s.months(), bytes / 1e9, max / 1e9));
        }
    }

    /** Names of parameters the model reads that the scenario's parameter file lacks (empty if complete). */
    public static List<String> missingParameters(Scenario s) {
        List<String> missing = new ArrayList<>();
        for (String n : ModelParams.requiredNames()) if (!s.parameters().contains(n)) missing.add(n);
        return missing;
    }
}
