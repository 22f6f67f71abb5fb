package org.treatysim.analysis;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sobol sensitivity indices from Saltelli's sampling (matrices A, B and AB_i = A with column i from B):
 * <ul>
 *   <li>first order, Saltelli et al. 2010: S1_i = mean_j[ f(B)_j (f(AB_i)_j - f(A)_j) ] / V;</li>
 *   <li>total order, Jansen 1999: ST_i = mean_j[ (f(A)_j - f(AB_i)_j)^2 ] / (2 V);</li>
 * </ul>
 * with V the variance of f(A) and f(B) pooled. Confidence intervals are bootstrap percentiles over base rows
 * j resampled with replacement, with a fixed seed so that they are reproducible.
 */
public final class SobolIndices {
    private SobolIndices() {}

    /** An index with its bootstrap confidence interval. */
    public record Estimate(double value, double low, double high) {}

    /** S1 and ST per parameter. */
    public record Result(Estimate[] s1, Estimate[] st) {}

    /**
     * @param fA  f(A)_j, j = 0..n-1
     * @param fB  f(B)_j
     * @param fAB fAB[i][j] = f(AB_i)_j
     */
    public static Result compute(double[] fA, double[] fB, double[][] fAB, int resamples, double confidence, long seed) {
        int n = fA.length, k = fAB.length;
        if (n < 2) throw new IllegalArgumentException("Sobol indices need at least 2 base samples, got " + n);
        double[] s1 = new double[k], st = new double[k];
        estimate(fA, fB, fAB, identity(n), s1, st);
        double[][] bs1 = new double[k][resamples], bst = new double[k][resamples];
        RandomGenerator rng = new Well19937c(seed);
        int[] idx = new int[n];
        double[] t1 = new double[k], tt = new double[k];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) idx[j] = rng.nextInt(n);
            estimate(fA, fB, fAB, idx, t1, tt);
            for (int i = 0; i < k; i++) { bs1[i][b] = t1[i]; bst[i][b] = tt[i]; }
        }
        Estimate[] e1 = new Estimate[k], et = new Estimate[k];
        for (int i = 0; i < k; i++) {
            e1[i] = withInterval(s1[i], bs1[i], confidence);
            et[i] = withInterval(st[i], bst[i], confidence);
        }
        return new Result(e1, et);
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** Estimates over the rows {@code idx}; indices are NaN when the output does not vary. */
    static void estimate(double[] fA, double[] fB, double[][] fAB, int[] idx, double[] s1, double[] st) {
        int n = idx.length;
        double[] pooled = new double[2 * n];
        for (int j = 0; j < n; j++) { pooled[j] = fA[idx[j]]; pooled[n + j] = fB[idx[j]]; }
        double v = new Variance(false).evaluate(pooled);
        for (int i = 0; i < fAB.length; i++) {
            double a = 0, b = 0;
            for (int j : idx) {
                double ab = fAB[i][j];
                a += fB[j] * (ab - fA[j]);
                b += (fA[j] - ab) * (fA[j] - ab);
            }
            s1[i] = v > 0 ? a / n / v : Double.NaN;
            st[i] = v > 0 ? b / (2.0 * n) / v : Double.NaN;
        }
    }

    /** The point estimate with the bootstrap percentile interval at the given confidence (e.g. 0.95). */
    public static Estimate withInterval(double value, double[] boot, double confidence) {
        double[] finite = java.util.Arrays.stream(boot).filter(Double::isFinite).toArray();
        if (finite.length == 0 || !Double.isFinite(value)) return new Estimate(value, Double.NaN, Double.NaN);
        double tail = (1 - confidence) / 2 * 100;
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(finite);
        return new Estimate(value, p.evaluate(tail), p.evaluate(100 - tail));
    }
}
