package org.treatysim.experiment;

import org.treatysim.model.ModelParams;
import org.treatysim.model.MonthObserver;
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

    /** Receives each replication's decisions, in replication order (decisions.csv). */
    @FunctionalInterface
    public interface DecisionSink {
        void replication(int rep, List<DecisionRecord> records);
    }

    public static Trajectories run(Scenario scenario, Config cfg, IntConsumer progress) {
        return run(scenario, cfg, progress, List.of(), null);
    }

    /**
     * Runs the replications. Every replication's decisions are tallied ({@link Trajectories#decisions()}), with the
     * given windows of interest; if {@code sink} is not null it receives them too, in replication order whatever the
     * thread count.
     */
    public static Trajectories run(Scenario scenario, Config cfg, IntConsumer progress, List<DecisionTally.Window> windows,
                                   DecisionSink sink) {
        checkMemory(scenario, cfg.replications());
        Trajectories out = new Trajectories(scenario, cfg.replications(), cfg.seed(), new DecisionTally(scenario.months(), windows));
        int batches = (cfg.replications() + BATCH - 1) / BATCH;
        if (cfg.threads() == 1) {
            for (int b = 0; b < batches; b++) collect(out, runBatch(scenario, cfg, out, b, progress, windows, sink != null), sink);
            return out;
        }
        ExecutorService pool = Workers.pool(cfg.threads(), "treatysim-worker");
        try {
            List<Future<BatchDecisions>> fs = new ArrayList<>(batches);
            for (int b = 0; b < batches; b++) {
                final int batch = b;
                fs.add(pool.submit(() -> runBatch(scenario, cfg, out, batch, progress, windows, sink != null)));
            }
            for (Future<BatchDecisions> f : fs) collect(out, Workers.await(f), sink);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** One batch's decisions: its tally, and the records of each replication when a sink wants them. */
    private record BatchDecisions(int from, DecisionTally tally, List<List<DecisionRecord>> records) {}

    private static void collect(Trajectories out, BatchDecisions b, DecisionSink sink) {
        out.decisions().merge(b.tally());
        if (sink != null) for (int i = 0; i < b.records().size(); i++) sink.replication(b.from() + i, b.records().get(i));
    }

    /**
     * Runs one batch. Each replication records into a per-thread buffer laid out replication by replication
     * (sequential writes); the batch is then copied into the result's [variable][month][replication] layout a
     * cache line at a time. Writing straight into that layout missed the cache on almost every value and cost
     * about as much as the model itself; the values and their slots are the same either way.
     */
    private static BatchDecisions runBatch(Scenario scenario, Config cfg, Trajectories out, int batch, IntConsumer progress,
                                           List<DecisionTally.Window> windows, boolean keepRecords) {
        int from = batch * BATCH, to = Math.min(cfg.replications(), from + BATCH);
        int per = Trajectories.METRICS.length * out.months();
        float[] buf = BUFFER.get();
        if (buf.length < BATCH * per) {
            buf = new float[BATCH * per];
            BUFFER.set(buf);
        }
        DecisionTally tally = new DecisionTally(scenario.months(), windows);
        List<List<DecisionRecord>> kept = new ArrayList<>();
        for (int rep = from; rep < to; rep++) {
            List<DecisionRecord> records = new ArrayList<>();
            runOne(scenario, cfg, out, rep, buf, (rep - from) * per, records);
            tally.add(records);
            if (keepRecords) kept.add(records);
            if (progress != null) progress.accept(1);
        }
        out.recordBlock(from, to - from, buf);
        return new BatchDecisions(from, tally, kept);
    }

    private static final ThreadLocal<float[]> BUFFER = ThreadLocal.withInitial(() -> new float[0]);

    /**
     * Replication {@code rep} of a run with this seed, as a model ready to start: the same parameter draw and model
     * seed a Monte Carlo run gives it (the story of one replication, the GUI).
     */
    public static TreatyModel replication(Scenario scenario, long seed, int rep, boolean drawParameters, MonthObserver observer) {
        ParameterValues values = drawParameters
                ? ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(seed, rep))
                : ParameterDraw.point(scenario.parameters());
        return new TreatyModel(Seeds.modelSeed(seed, rep), scenario, values, observer);
    }

    /** Runs replication {@code rep}, recording its months into {@code buf} from {@code offset} as [variable][month]. */
    private static void runOne(Scenario scenario, Config cfg, Trajectories out, int rep, float[] buf, int offset,
                               List<DecisionRecord> records) {
        ParameterValues values = cfg.drawParameters()
                ? ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(cfg.seed(), rep))
                : ParameterDraw.point(scenario.parameters());
        long modelSeed = Seeds.modelSeed(cfg.seed(), rep);
        final Var[] metrics = Trajectories.METRICS;
        final int months = out.months();
        TreatyModel m = new TreatyModel(modelSeed, scenario, values, (month, v) -> {
            for (int k = 0; k < metrics.length; k++) buf[offset + k * months + month] = (float) v[metrics[k].ordinal()];
        });
        m.setDecisionObserver((month, actor, rule, option, value, cause) -> records.add(new DecisionRecord(month, actor, rule, option, value, cause)));
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
        java.util.Set<String> needed = new java.util.LinkedHashSet<>(ModelParams.requiredNames());
        needed.addAll(org.treatysim.model.decision.Decisions.parameters());
        needed.addAll(org.treatysim.model.negotiation.Protocol.PARAMETERS);
        needed.addAll(org.treatysim.model.negotiation.BargainingTheories.parameters(s.bargaining()));
        needed.addAll(org.treatysim.model.negotiation.DomesticLevel.PARAMETERS);
        for (String n : needed) if (!s.parameters().contains(n)) missing.add(n);
        return missing;
    }
}
