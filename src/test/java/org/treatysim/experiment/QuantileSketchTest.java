package org.treatysim.experiment;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quantile sketch of `run`'s statistics: exact for few distinct values, within its stated error otherwise
 * (checked against exact R-7 quantiles of 10^4 real replications), and independent of the order of values and merges.
 */
class QuantileSketchTest {
    static final double[] PS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** Exact R-7 quantiles, as TrajectoryStats computed them before the sketch (Commons Math). */
    static double[] exact(double[] xs) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(xs);
        double[] out = new double[PS.length];
        for (int i = 0; i < PS.length; i++) out[i] = p.evaluate(100 * PS[i]);
        return out;
    }

    /** The bound every sketched quantile keeps: relative accuracy on the two order statistics R-7 interpolates, plus the floor. */
    static double bound(double[] sorted, double p, double floor) {
        int n = sorted.length;
        double at = 1 + (n - 1) * p;
        int lo = Math.max(0, Math.min(n - 1, (int) Math.floor(at) - 1)), hi = Math.min(n - 1, lo + 1);
        return QuantileSketch.accuracy() * Math.max(Math.abs(sorted[lo]), Math.abs(sorted[hi])) + floor + 1e-12;
    }

    static QuantileSketch sketch(double floor, double[] xs) {
        QuantileSketch s = new QuantileSketch(floor);
        for (double x : xs) s.add(x);
        return s;
    }

    static byte[] bytes(QuantileSketch s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        s.write(new DataOutputStream(b));
        return b.toByteArray();
    }

    @Test void fewDistinctValuesGiveExactQuantiles() {
        double[] xs = new double[1001];
        for (int i = 0; i < xs.length; i++) xs[i] = i % 7 == 0 ? 2.2 : i % 3 == 0 ? 3.2 : i % 5 == 0 ? 0.0 : 4.0;
        QuantileSketch s = sketch(1e-5, xs);
        assertTrue(s.exact());
        assertArrayEquals(exact(xs), s.quantiles(PS), 0.0);
        assertEquals(1001, s.count());
    }

    @Test void manyDistinctValuesStayWithinTheBound() {
        Random r = new Random(3);
        // heavy tails, both signs, exact zeros and values below the floor
        double[] xs = new double[20_000];
        for (int i = 0; i < xs.length; i++) {
            double u = r.nextDouble();
            xs[i] = u < 0.1 ? 0.0 : u < 0.15 ? 1e-9 * r.nextGaussian() : u < 0.5 ? -Math.exp(2 * r.nextGaussian()) : Math.exp(3 * r.nextGaussian());
        }
        double floor = 1e-5;
        QuantileSketch s = sketch(floor, xs);
        assertFalse(s.exact());
        double[] want = exact(xs), got = s.quantiles(PS);
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < PS.length; i++) {
            assertEquals(want[i], got[i], bound(sorted, PS[i], floor), "p" + PS[i]);
        }
        assertEquals(sorted[0], s.quantiles(0.0)[0], 0.0, "the minimum is exact");
        assertEquals(sorted[sorted.length - 1], s.quantiles(1.0)[0], 0.0, "the maximum is exact");
    }

    @Test void theStateDependsOnlyOnTheValuesNotOnTheirOrderOrHowTheyWereMerged() throws IOException {
        Random r = new Random(5);
        double[] xs = new double[3000];
        for (int i = 0; i < xs.length; i++) xs[i] = i % 4 == 0 ? Math.floor(r.nextDouble() * 3) : r.nextGaussian() * 10;
        xs[7] = -0.0;
        xs[8] = 0.0;
        QuantileSketch whole = sketch(1e-4, xs);
        List<Double> shuffled = new ArrayList<>();
        for (double x : xs) shuffled.add(x);
        java.util.Collections.shuffle(shuffled, new Random(9));
        // four parts, added in another order and merged in yet another
        QuantileSketch[] parts = new QuantileSketch[4];
        for (int k = 0; k < 4; k++) parts[k] = new QuantileSketch(1e-4);
        for (int i = 0; i < shuffled.size(); i++) parts[i % 4].add(shuffled.get(i));
        QuantileSketch merged = new QuantileSketch(1e-4);
        for (int k : new int[] {2, 0, 3, 1}) merged.merge(parts[k]);
        assertArrayEquals(bytes(whole), bytes(merged));
        assertArrayEquals(whole.quantiles(PS), merged.quantiles(PS), 0.0);
        // exact sketches merged past the exact limit become the sketch of all their values
        QuantileSketch a = sketch(1e-4, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), b = sketch(1e-4, new double[] {11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        a.merge(b);
        QuantileSketch all = sketch(1e-4, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        assertFalse(all.exact());
        assertArrayEquals(bytes(all), bytes(a));
    }

    @Test void batchesAddTheSameAsSingleValues() throws IOException {
        Random r = new Random(11);
        double[] xs = new double[500];
        for (int i = 0; i < xs.length; i++) xs[i] = i < 300 ? (i / 50) * 0.5 : r.nextDouble();
        QuantileSketch one = sketch(1e-5, xs), batch = new QuantileSketch(1e-5);
        for (int i = 0; i < xs.length; i += 32) batch.addAll(Arrays.copyOfRange(xs, i, Math.min(xs.length, i + 32)), Math.min(32, xs.length - i));
        assertArrayEquals(bytes(one), bytes(batch));
    }

    /**
     * The error stated in docs/performance.md, measured on the model itself: 10^4 replications of the baseline, every
     * variable in six months spread over 1956-2025, each cell's sketched quantiles against the exact R-7 quantiles
     * of its 10^4 values. Prints the largest errors seen.
     */
    @Test void againstExactQuantilesOf10000Replications() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        int n = 10_000, reps = 0;
        int[] months = {11, 150, 430, 500, 700, s.months() - 1};
        int k = RunStatistics.K;
        double[][][] values = new double[months.length][k][n];
        RunStatistics stats = new RunStatistics(s, 1, List.of());
        int batch = 32, per = s.months() * k;
        double[] buf = new double[batch * per];
        while (reps < n) {
            int count = Math.min(batch, n - reps);
            for (int i = 0; i < count; i++) {
                int rep = reps + i, off = i * per;
                TreatyModel m = Replications.model(s, 1, rep, true, (month, v) -> {
                    for (int j = 0; j < k; j++) buf[off + month * k + j] = v[RunStatistics.METRICS[j].ordinal()];
                });
                Replications.runHeadless(m);
                stats.addOutcome(m.signedStep(), m.signedIslands());
                for (int t = 0; t < months.length; t++) {
                    for (int j = 0; j < k; j++) values[t][j][rep] = buf[off + months[t] * k + j];
                }
            }
            stats.addBatch(buf, count);
            reps += count;
        }
        double worstRel = 0, worstAbs = 0;
        String worstWhere = "";
        int sketched = 0, exactCells = 0;
        for (int t = 0; t < months.length; t++) {
            for (int j = 0; j < k; j++) {
                if (j == RunStatistics.SIGNED) continue;
                double[] xs = Arrays.stream(values[t][j]).filter(Double::isFinite).toArray();
                if (xs.length == 0) continue;
                QuantileSketch sk = stats.sketch(j, months[t]);
                if (sk.exact()) exactCells++; else sketched++;
                double[] want = exact(xs), got = stats.quantiles(j, months[t], PS);
                double[] sorted = xs.clone();
                Arrays.sort(sorted);
                double floor = Math.max(Math.abs(RunStatistics.METRICS[j].min), Math.abs(RunStatistics.METRICS[j].max)) * QuantileSketch.FLOOR_SHARE;
                for (int i = 0; i < PS.length; i++) {
                    String where = RunStatistics.METRICS[j].id + " " + s.monthAt(months[t]) + " p" + Math.round(100 * PS[i]);
                    double err = Math.abs(got[i] - want[i]);
                    if (sk.exact()) assertEquals(want[i], got[i], 1e-12 * Math.max(1, Math.abs(want[i])), where + " (exact cell)");
                    else assertTrue(err <= bound(sorted, PS[i], floor), where + ": " + got[i] + " vs exact " + want[i]);
                    double rel = want[i] == 0 ? 0 : err / Math.abs(want[i]);
                    if (Math.abs(want[i]) > floor && rel > worstRel) { worstRel = rel; worstWhere = where; }
                    worstAbs = Math.max(worstAbs, Math.abs(want[i]) <= floor ? err : 0);
                }
                assertEquals(Arrays.stream(xs).sum() / xs.length, stats.mean(j, months[t]), 1e-12 * Math.max(1, Arrays.stream(xs).map(Math::abs).max().orElse(0)),
                        RunStatistics.METRICS[j].id + " mean");
            }
        }
        assertTrue(sketched > 50 && exactCells > 50, "both kinds of cell are checked: " + sketched + " sketched, " + exactCells + " exact");
        System.out.printf(Locale.ROOT, "quantile error on %d replications, %d sketched and %d exact cells: largest relative %.4f%% (%s), "
                + "largest absolute below the floor %.2g%n", n, sketched, exactCells, 100 * worstRel, worstWhere, worstAbs);
    }

    @Test void runStatisticsSurviveTheirStateFile() throws IOException {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        RunStatistics t = MonteCarlo.run(s, new MonteCarlo.Config(40, 3, 2, true), null);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        t.write(b);
        RunStatistics back = RunStatistics.read(new ByteArrayInputStream(b.toByteArray()), s, 3, List.of());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(again);
        assertArrayEquals(b.toByteArray(), again.toByteArray());
        assertEquals(t.signed(), back.signed());
        int k = Arrays.asList(t.metrics()).indexOf(Var.JP_COMMITMENT);
        assertArrayEquals(t.quantiles(k, 400, PS), back.quantiles(k, 400, PS), 0.0);
        assertEquals(Double.doubleToLongBits(t.mean(k, 400)), Double.doubleToLongBits(back.mean(k, 400)));
        byte[] damaged = b.toByteArray().clone();
        damaged[damaged.length / 2] ^= 0x55;
        boolean refused;
        try {
            RunStatistics.read(new ByteArrayInputStream(damaged), s, 3, List.of());
            refused = false;
        } catch (IOException e) {
            refused = true;
        }
        assertTrue(refused, "a damaged state is refused");
        assertThrowsIo(() -> RunStatistics.read(new ByteArrayInputStream(b.toByteArray()), s, 4, List.of()), "another seed");
    }

    interface Io { void run() throws IOException; }

    static void assertThrowsIo(Io r, String what) {
        try {
            r.run();
        } catch (IOException e) {
            return;
        }
        throw new AssertionError("not refused: " + what);
    }
}
