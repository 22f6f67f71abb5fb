package org.treatysim.analysis;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.treatysim.experiment.Trajectories;
import org.treatysim.scenario.Var;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-month statistics over replications.
 * <ul>
 *   <li>{@code treaty.hazard_annual}: over the replications with no treaty yet (a signed replication has none);</li>
 *   <li>{@code treaty.cumulative}: the share of replications signed by that month; its p-columns are the 90%
 *       (p05/p95) and 50% (p25/p75) Wilson confidence intervals of that share, p50 the share itself;</li>
 *   <li>every other variable: over all replications.</li>
 * </ul>
 * Percentiles use Commons Math's R-7 estimator (linear interpolation, as R's and NumPy's defaults).
 */
public final class TrajectoryStats {
    public static final String CUMULATIVE = "treaty.cumulative";

    private TrajectoryStats() {}

    public static Map<String, MetricStats> compute(Trajectories t) {
        Map<String, MetricStats> out = new LinkedHashMap<>();
        Var[] metrics = t.metrics();
        int months = t.months(), reps = t.replications();
        double[] buf = new double[reps];
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int k = 0; k < metrics.length; k++) {
            Var v = metrics[k];
            double[] mean = new double[months], p05 = new double[months], p25 = new double[months],
                    p50 = new double[months], p75 = new double[months], p95 = new double[months];
            for (int m = 0; m < months; m++) {
                t.values(k, m, buf);
                if (v == Var.TREATY_SIGNED) {
                    int signed = 0;
                    for (double x : buf) if (x > 0.5) signed++;
                    double share = (double) signed / reps;
                    mean[m] = share;
                    p50[m] = share;
                    double[] ci90 = wilson(reps, signed, 0.90), ci50 = wilson(reps, signed, 0.50);
                    p05[m] = ci90[0]; p95[m] = ci90[1]; p25[m] = ci50[0]; p75[m] = ci50[1];
                    continue;
                }
                double[] xs = finite(buf);
                if (xs.length == 0) {
                    mean[m] = p05[m] = p25[m] = p50[m] = p75[m] = p95[m] = Double.NaN;
                    continue;
                }
                double sum = 0;
                for (double x : xs) sum += x;
                mean[m] = sum / xs.length;
                pct.setData(xs);
                p05[m] = pct.evaluate(5); p25[m] = pct.evaluate(25); p50[m] = pct.evaluate(50);
                p75[m] = pct.evaluate(75); p95[m] = pct.evaluate(95);
            }
            String name = v == Var.TREATY_SIGNED ? CUMULATIVE : v.id;
            String unit = v == Var.TREATY_SIGNED ? "probability" : v.unit;
            out.put(name, new MetricStats(name, unit, mean, p05, p25, p50, p75, p95));
        }
        return out;
    }

    private static double[] finite(double[] buf) {
        int n = 0;
        for (double x : buf) if (!Double.isNaN(x)) n++;
        if (n == buf.length) return buf.clone();
        double[] out = new double[n];
        int i = 0;
        for (double x : buf) if (!Double.isNaN(x)) out[i++] = x;
        return out;
    }

    static double[] wilson(int n, int successes, double level) {
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, successes, level);
        return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
    }
}
