package org.treatysim.experiment;

import org.treatysim.io.UsageException;
import org.treatysim.model.DecisionObserver;
import org.treatysim.model.ModelParams;
import org.treatysim.model.MonthObserver;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Monte Carlo replications of one scenario, or of several side by side ({@code compare}). Replication {@code i} runs
 * through {@link Replications} with the model seed and parameter draw of (master seed, i) only, so replication i of
 * two scenarios shares its random numbers (common random numbers), and its result does not depend on the thread that
 * ran it. Each worker thread adds its replications to its own {@link RunStatistics} a batch at a time; the workers'
 * statistics are merged at the end, exactly and in any order, so the output is identical for any number of threads
 * and for any cut into shards. Memory does not grow with the number of replications: per worker one batch of
 * trajectories and the statistics, and at most a few batches of decisions waiting for their turn to be written in
 * replication order.
 */
public final class MonteCarlo {
    /**
     * Replications a worker runs before adding them to its statistics, for one scenario; fewer per scenario run side by
     * side. Each statistics cell is visited once a batch, so larger batches cost fewer cache misses per replication;
     * the batch's trajectories take 343 KB a replication and scenario.
     */
    static final int BATCH = 64;

    /** Replications per batch when {@code arms} scenarios run side by side (about 22 MB of trajectories per worker). */
    static int batchSize(int arms) { return Math.max(16, BATCH / arms); }
    /** Batches a run keeps in flight per worker thread (finished ones wait to be written in order). */
    static final int IN_FLIGHT = 4;

    private MonteCarlo() {}

    /**
     * Settings of a Monte Carlo run: {@code replications} in all, and this run computes replications {@code from} to
     * {@code to - 1} of them (all by default; a shard computes a slice). {@code drawParameters=false} runs every
     * replication at the best values.
     */
    public record Config(int replications, long seed, int threads, boolean drawParameters, int from, int to) {
        public Config {
            if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (from < 0 || to > replications || from > to) throw new IllegalArgumentException("slice " + from + ".." + to + " outside 0.." + replications);
        }

        public Config(int replications, long seed, int threads, boolean drawParameters) {
            this(replications, seed, threads, drawParameters, 0, replications);
        }

        /** The same run restricted to replications [from, to). */
        public Config slice(int from, int to) { return new Config(replications, seed, threads, drawParameters, from, to); }

        /** Replications this run computes. */
        public int count() { return to - from; }
    }

    /** One replication's outcome, as runs.csv holds it. */
    public record Outcome(int replication, long modelSeed, int signedStep, double islands) {}

    /** Receives each replication's outcome and decisions, in replication order whatever the thread count. */
    @FunctionalInterface
    public interface Sink {
        void replication(Outcome outcome, List<DecisionRecord> decisions);
    }

    /** Receives the outcome of replication i of every scenario run side by side, in replication order. */
    @FunctionalInterface
    public interface OutcomeSink {
        /** @param arm index of the scenario in the list given to {@link #runPaired} (0: the base) */
        void outcome(int arm, Outcome outcome);
    }

    /** Runs the replications; statistics only. */
    public static RunStatistics run(Scenario scenario, Config cfg, IntConsumer progress) {
        return run(scenario, cfg, progress, List.of(), null);
    }

    /**
     * Runs the replications of {@code cfg}'s slice. Every replication's decisions are tallied
     * ({@link RunStatistics#decisions()}) with the given windows of interest; if {@code sink} is not null it receives
     * every replication's outcome and decisions (with their causes) in replication order.
     */
    public static RunStatistics run(Scenario scenario, Config cfg, IntConsumer progress, List<DecisionTally.Window> windows, Sink sink) {
        return engine(List.of(scenario), List.of(windows), cfg, progress, sink, null).arms().get(0);
    }

    /** What {@link #runPaired} returns: each scenario's statistics, and each what-if's paired comparison with the base. */
    public record Paired(List<RunStatistics> arms, List<PairedStatistics> differences) {}

    /**
     * Runs replication i of the base ({@code arms.get(0)}) and of every what-if side by side, on the same random
     * numbers, and accumulates each scenario's statistics and each what-if's paired difference from the base.
     * {@code progress} counts one per scenario and replication.
     */
    public static Paired runPaired(List<Scenario> arms, Config cfg, IntConsumer progress) {
        return runPaired(arms, null, cfg, progress);
    }

    /**
     * As {@link #runPaired(List, Config, IntConsumer)}, each scenario's decisions tallied with its own windows of
     * interest ({@code windows.get(a)} for scenario a; null: none for any).
     */
    public static Paired runPaired(List<Scenario> arms, List<List<DecisionTally.Window>> windows, Config cfg, IntConsumer progress) {
        return runPaired(arms, windows, cfg, progress, null);
    }

    /**
     * As {@link #runPaired(List, List, Config, IntConsumer)}; {@code outcomes}, if not null, receives every scenario's
     * outcome of each replication (when each signed: the web's story picker), in replication order.
     */
    public static Paired runPaired(List<Scenario> arms, List<List<DecisionTally.Window>> windows, Config cfg, IntConsumer progress,
                                   OutcomeSink outcomes) {
        if (arms.isEmpty()) throw new IllegalArgumentException("no scenario to run");
        if (windows != null && windows.size() != arms.size()) throw new IllegalArgumentException("one list of windows per scenario");
        return engine(arms, windows, cfg, progress, null, outcomes);
    }

    /** Replication {@code rep} of a run with this seed, as a model ready to start (the story of one replication, the GUI). */
    public static TreatyModel replication(Scenario scenario, long seed, int rep, boolean drawParameters, MonthObserver observer) {
        return Replications.model(scenario, seed, rep, drawParameters, observer);
    }

    // ---- the engine ----

    /** A finished batch: every scenario's outcomes [scenario][replication] and, for a sink, the first's decisions. */
    private record BatchOut(Outcome[][] outcomes, List<List<DecisionRecord>> records) {}

    private static Paired engine(List<Scenario> arms, List<List<DecisionTally.Window>> windows, Config cfg, IntConsumer progress, Sink sink,
                                 OutcomeSink outcomes) {
        checkLimits(cfg);
        List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Worker> mine = ThreadLocal.withInitial(() -> {
            Worker w = new Worker(arms, cfg, windows, sink != null);
            workers.add(w);
            return w;
        });
        int per = batchSize(arms.size());
        int batches = (cfg.count() + per - 1) / per;
        if (cfg.threads() == 1 || batches == 1) {
            for (int b = 0; b < batches; b++) deliver(mine.get().batch(b, progress), sink, outcomes);
        } else {
            ExecutorService pool = Workers.pool(cfg.threads(), "treatysim-worker");
            try {
                Deque<Future<BatchOut>> inflight = new ArrayDeque<>();
                int next = 0;
                while (next < batches || !inflight.isEmpty()) {
                    while (inflight.size() < cfg.threads() * IN_FLIGHT && next < batches) {
                        final int b = next++;
                        inflight.add(pool.submit(() -> mine.get().batch(b, progress)));
                    }
                    deliver(Workers.await(inflight.poll()), sink, outcomes);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (workers.isEmpty()) mine.get(); // an empty slice: statistics of nothing
        Worker into = workers.get(0);
        for (int i = 1; i < workers.size(); i++) into.mergeFrom(workers.get(i));
        return new Paired(into.stats, into.paired);
    }

    private static void deliver(BatchOut b, Sink sink, OutcomeSink outcomes) {
        if (sink != null) for (int i = 0; i < b.outcomes()[0].length; i++) sink.replication(b.outcomes()[0][i], b.records().get(i));
        if (outcomes != null) {
            for (int i = 0; i < b.outcomes()[0].length; i++) {
                for (int a = 0; a < b.outcomes().length; a++) outcomes.outcome(a, b.outcomes()[a][i]);
            }
        }
    }

    /** One worker thread's buffers and statistics. */
    private static final class Worker {
        private final List<Scenario> arms;
        private final Config cfg;
        private final boolean keepRecords;
        final List<RunStatistics> stats = new ArrayList<>();
        final List<PairedStatistics> paired = new ArrayList<>();
        private final double[][] buf;

        Worker(List<Scenario> arms, Config cfg, List<List<DecisionTally.Window>> windows, boolean keepRecords) {
            this.arms = arms;
            this.cfg = cfg;
            this.keepRecords = keepRecords;
            this.buf = new double[arms.size()][];
            for (int a = 0; a < arms.size(); a++) {
                Scenario s = arms.get(a);
                stats.add(new RunStatistics(s, cfg.seed(), windows == null ? List.of() : windows.get(a)));
                if (a > 0) paired.add(new PairedStatistics(arms.get(0), s));
                buf[a] = new double[batchSize(arms.size()) * s.months() * RunStatistics.K];
            }
        }

        BatchOut batch(int b, IntConsumer progress) {
            int per = batchSize(arms.size());
            int from = cfg.from() + b * per, to = Math.min(cfg.to(), from + per);
            Outcome[][] outcomes = new Outcome[arms.size()][to - from];
            List<List<DecisionRecord>> kept = keepRecords ? new ArrayList<>(to - from) : null;
            for (int rep = from; rep < to; rep++) {
                for (int a = 0; a < arms.size(); a++) {
                    Scenario s = arms.get(a);
                    Recorder rec = new Recorder(buf[a], (rep - from) * s.months() * RunStatistics.K, a == 0 && keepRecords);
                    TreatyModel m = Replications.model(s, cfg.seed(), rep, cfg.drawParameters(), rec);
                    m.setDecisionObserver(rec);
                    Replications.runHeadless(m);
                    RunStatistics st = stats.get(a);
                    st.addOutcome(m.signedStep(), m.signedIslands());
                    st.decisions().add(rec.decisions);
                    outcomes[a][rep - from] = new Outcome(rep, Seeds.modelSeed(cfg.seed(), rep), m.signedStep(), m.signedIslands());
                    if (a == 0 && kept != null) kept.add(rec.decisions);
                }
                if (progress != null) progress.accept(arms.size());
            }
            for (int a = 0; a < arms.size(); a++) stats.get(a).addBatch(buf[a], to - from);
            for (int a = 1; a < arms.size(); a++) {
                for (int r = 0; r < to - from; r++) paired.get(a - 1).add(buf[a], buf[0], r);
            }
            return new BatchOut(outcomes, kept);
        }

        void mergeFrom(Worker o) {
            for (int a = 0; a < stats.size(); a++) stats.get(a).merge(o.stats.get(a));
            for (int a = 0; a < paired.size(); a++) paired.get(a).merge(o.paired.get(a));
        }
    }

    /** Records one replication's months into a batch buffer, and its decisions. */
    private static final class Recorder implements MonthObserver, DecisionObserver {
        private static final int[] ORDINALS = new int[RunStatistics.K];
        static {
            for (int k = 0; k < ORDINALS.length; k++) ORDINALS[k] = RunStatistics.METRICS[k].ordinal();
        }
        private final double[] buf;
        private final int offset;
        private final boolean causes;
        final List<DecisionRecord> decisions;

        Recorder(double[] buf, int offset, boolean causes) {
            this.buf = buf;
            this.offset = offset;
            this.causes = causes;
            this.decisions = new ArrayList<>();
        }

        @Override public void endOfMonth(int month, double[] values) {
            int o = offset + month * ORDINALS.length;
            for (int k = 0; k < ORDINALS.length; k++) buf[o + k] = values[ORDINALS[k]];
        }

        @Override public void decided(int month, Country actor, String rule, String option, double value, String cause) {
            decisions.add(new DecisionRecord(month, actor, rule, option, value, cause));
        }

        @Override public boolean wantsCauses() { return causes; }
    }

    /** Most replications of one run: the statistics count them in 31 bits (memory does not grow with them). */
    public static final int MAX_REPLICATIONS = Integer.MAX_VALUE - 1;

    /** Refuses what the statistics cannot count (more than 2^31 - 1 replications of a cell). */
    static void checkLimits(Config cfg) {
        if (cfg.replications() > MAX_REPLICATIONS) {
            throw new UsageException("at most " + MAX_REPLICATIONS + " replications in one run; split larger studies into several seeds");
        }
    }

    /** Names of parameters the model reads that the scenario's parameter file lacks (empty if complete). */
    public static List<String> missingParameters(Scenario s) {
        List<String> missing = new ArrayList<>();
        for (String n : ModelParams.read(s.bargaining())) if (!s.parameters().contains(n)) missing.add(n);
        return missing;
    }
}
