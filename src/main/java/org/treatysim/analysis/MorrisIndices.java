package org.treatysim.analysis;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Morris screening from elementary effects: mu* (the mean absolute elementary effect, Campolongo et al. 2007)
 * and sigma (their standard deviation, Morris 1991), per parameter. An elementary effect is the change of the
 * output over the change of one parameter, measured as a fraction of its sweep range. Confidence intervals are
 * bootstrap percentiles over trajectories resampled with replacement, with a fixed seed.
 */
public final class MorrisIndices {
    private MorrisIndices() {}

    public record Result(SobolIndices.Estimate[] muStar, SobolIndices.Estimate[] sigma) {}

    /** @param ee ee[t][i]: the elementary effect of parameter i in trajectory t */
    public static Result compute(double[][] ee, int resamples, double confidence, long seed) {
        int r = ee.length;
        if (r < 2) throw new IllegalArgumentException("Morris indices need at least 2 trajectories, got " + r);
        int k = ee[0].length;
        double[] mu = new double[k], sd = new double[k];
        estimate(ee, SobolIndices.identity(r), mu, sd);
        double[][] bmu = new double[k][resamples], bsd = new double[k][resamples];
        RandomGenerator rng = new Well19937c(seed);
        int[] idx = new int[r];
        double[] tm = new double[k], ts = new double[k];
        for (int b = 0; b < resamples; b++) {
            for (int t = 0; t < r; t++) idx[t] = rng.nextInt(r);
            estimate(ee, idx, tm, ts);
            for (int i = 0; i < k; i++) { bmu[i][b] = tm[i]; bsd[i][b] = ts[i]; }
        }
        SobolIndices.Estimate[] em = new SobolIndices.Estimate[k], es = new SobolIndices.Estimate[k];
        for (int i = 0; i < k; i++) {
            em[i] = SobolIndices.withInterval(mu[i], bmu[i], confidence);
            es[i] = SobolIndices.withInterval(sd[i], bsd[i], confidence);
        }
        return new Result(em, es);
    }

    static void estimate(double[][] ee, int[] idx, double[] mu, double[] sd) {
        int k = mu.length;
        double[] col = new double[idx.length];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int t = 0; t < idx.length; t++) {
                col[t] = ee[idx[t]][i];
                s += Math.abs(col[t]);
            }
            mu[i] = s / idx.length;
            sd[i] = new StandardDeviation(true).evaluate(col);
        }
    }
}
