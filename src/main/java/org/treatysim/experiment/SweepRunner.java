package org.treatysim.experiment;


import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Runs a sweep's points x replications. Run (point p, replication r) uses the model seed
 * {@link SweepSpec#modelSeed(int, int)} (derived from the sweep seed, p, or with common random numbers p's group,
 * and r) and the parameter values of point p (the others at their best value), so its result depends on nothing else. Points are run in blocks; workers compute the runs of up to
 * {@link #IN_FLIGHT} blocks at a time, and finished blocks go to the sink strictly in point order. Memory is
 * bounded by the blocks in flight, whatever the sweep's size.
 */
public final class SweepRunner {
    /** Runs per block (rounded up to whole points). */
    static final int BLOCK_RUNS = 256;
    /** Runs a worker takes at a time. */
    static final int CHUNK = 8;
    static final int IN_FLIGHT = 3;

    /** Receives finished blocks in point order. */
    public interface Sink {
        /**
         * @param firstPoint id of the block's first point
         * @param values     values[i][d]: parameter d at point firstPoint + i
         * @param results    results[i][rep][m]: metric m of replication rep at point firstPoint + i
         */
        void block(int firstPoint, double[][] values, double[][][] results);
    }

    private SweepRunner() {}

    /** Points per block for a sweep with {@code reps} replications per point. */
    public static int pointsPerBlock(int reps) { return Math.max(1, (BLOCK_RUNS + reps - 1) / reps); }

    /** Runs points [from, to) of the sweep. {@code progress} receives runs done. */
    public static void run(SweepSpec spec, int from, int to, int threads, Sink sink, LongConsumer progress) {
        run(spec, from, to, threads, pointsPerBlock(spec.replications()), sink, progress);
    }

    /** As {@link #run(SweepSpec, int, int, int, Sink, LongConsumer)} with {@code per} points per block. */
    public static void run(SweepSpec spec, int from, int to, int threads, int per, Sink sink, LongConsumer progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (per < 1) throw new IllegalArgumentException("points per block must be at least 1");
        ExecutorService pool = Workers.pool(threads, "treatysim-sweep");
        try {
            Deque<Block> inflight = new ArrayDeque<>();
            int next = from;
            while (next < to || !inflight.isEmpty()) {
                while (inflight.size() < IN_FLIGHT && next < to) {
                    int end = Math.min(to, next + per);
                    inflight.add(Block.submit(spec, next, end, pool));
                    next = end;
                }
                Block b = inflight.poll();
                b.await();
                sink.block(b.first, b.values, b.results);
                if (progress != null) progress.accept((long) b.values.length * spec.replications());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The parameter values (in sweep order) of point p. */
    public static double[] values(SweepSpec spec, int p) {
        double[] u = spec.design().unit(p);
        double[] v = new double[u.length];
        for (int d = 0; d < u.length; d++) v[d] = spec.parameters().get(d).value(u[d]);
        return v;
    }

    /** One run: the metrics of replication {@code rep} at point {@code p} with the given parameter values. */
    public static double[] runOne(SweepSpec spec, ParameterDraw values, int p, int rep, SweepMetric.Recorder rec) {
        rec.reset();
        Replications.runHeadless(Replications.model(spec.modelSeed(p, rep), spec.scenario(), values, rec));
        double[] out = new double[spec.metrics().size()];
        rec.results(out);
        return out;
    }

    public static ParameterDraw draw(SweepSpec spec, double[] v) {
        Map<String, Double> m = new HashMap<>();
        for (int d = 0; d < v.length; d++) m.put(spec.parameters().get(d).name(), v[d]);
        return ParameterDraw.of(spec.scenario().parameters(), m);
    }

    public static SweepMetric.Recorder recorder(SweepSpec spec) {
        return new SweepMetric.Recorder(spec.metrics().toArray(new SweepMetric[0]), spec.fromStep(), spec.toStep());
    }

    private static final class Block {
        final int first;
        final double[][] values;
        final double[][][] results;
        final List<Future<?>> futures = new ArrayList<>();

        private Block(int first, int end, int reps) {
            this.first = first;
            this.values = new double[end - first][];
            this.results = new double[end - first][reps][];
        }

        static Block submit(SweepSpec spec, int first, int end, ExecutorService pool) {
            int reps = spec.replications();
            Block b = new Block(first, end, reps);
            ParameterDraw[] draws = new ParameterDraw[end - first];
            for (int i = 0; i < draws.length; i++) {   // the design is not thread-safe: points are made here
                b.values[i] = values(spec, first + i);
                draws[i] = draw(spec, b.values[i]);
            }
            int runs = draws.length * reps;
            for (int c = 0; c < runs; c += CHUNK) {
                final int lo = c, hi = Math.min(runs, c + CHUNK);
                b.futures.add(pool.submit(() -> {
                    SweepMetric.Recorder rec = recorder(spec);
                    for (int run = lo; run < hi; run++) {
                        int i = run / reps, rep = run % reps;
                        b.results[i][rep] = runOne(spec, draws[i], first + i, rep, rec);
                    }
                }));
            }
            return b;
        }

        void await() {
            Workers.awaitAll(futures);
        }
    }
}
