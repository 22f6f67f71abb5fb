package org.treatysim.analysis;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Var;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-month statistics over replications, from a run's {@link RunStatistics}.
 * <ul>
 *   <li>{@code treaty.hazard_annual}: over the replications with no treaty yet (a signed replication has none);</li>
 *   <li>{@code treaty.cumulative}: the share of replications signed by that month; its p-columns are the 90%
 *       (p05/p95) and 50% (p25/p75) Wilson confidence intervals of that share, p50 the share itself;</li>
 *   <li>every other variable: over all replications.</li>
 * </ul>
 * Means are exact (fixed-point sums). Percentiles use the R-7 estimator (linear interpolation, as R's and NumPy's
 * defaults) on each month's {@link org.treatysim.experiment.QuantileSketch}: exact for a variable with few distinct
 * values that month, else within 0.5% of the value (docs/performance.md).
 */
public final class TrajectoryStats {
    private static final double[] PS = {0.05, 0.25, 0.50, 0.75, 0.95};

    private TrajectoryStats() {}

    public static Map<String, MetricStats> compute(RunStatistics t) {
        Map<String, MetricStats> out = new LinkedHashMap<>();
        Var[] metrics = t.metrics();
        int months = t.months();
        long reps = t.replications();
        for (int k = 0; k < metrics.length; k++) {
            Var v = metrics[k];
            double[] mean = new double[months], p05 = new double[months], p25 = new double[months],
                    p50 = new double[months], p75 = new double[months], p95 = new double[months];
            for (int m = 0; m < months; m++) {
                if (v == Var.TREATY_SIGNED) {
                    long signed = t.signedBy(m);
                    double share = (double) signed / reps;
                    mean[m] = share;
                    p50[m] = share;
                    double[] ci90 = wilson(reps, signed, 0.90), ci50 = wilson(reps, signed, 0.50);
                    p05[m] = ci90[0]; p95[m] = ci90[1]; p25[m] = ci50[0]; p75[m] = ci50[1];
                    continue;
                }
                mean[m] = t.mean(k, m);
                double[] q = t.quantiles(k, m, PS);
                p05[m] = q[0]; p25[m] = q[1]; p50[m] = q[2]; p75[m] = q[3]; p95[m] = q[4];
            }
            String name = v == Var.TREATY_SIGNED ? Metrics.CUMULATIVE : v.id;
            String unit = v == Var.TREATY_SIGNED ? "probability" : v.unit;
            out.put(name, new MetricStats(name, unit, mean, p05, p25, p50, p75, p95));
        }
        return out;
    }

    static double[] wilson(long n, long successes, double level) {
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many replications for an interval: " + n);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) n, (int) successes, level);
        return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
    }
}
