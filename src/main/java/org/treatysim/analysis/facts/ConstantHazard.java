package org.treatysim.analysis.facts;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.treatysim.analysis.MetricStats;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constant-hazard null model: the same annual chance of a treaty in every month, fitted to the same facts and
 * period as the model it is set beside. It knows nothing of history; a model that cannot beat it on the hold-out has
 * learnt nothing the facts can see. It is scored only on facts about the treaty's hazard and cumulative probability.
 */
public final class ConstantHazard {
    /** Smallest and largest annual hazard searched (log10). */
    static final double LOG_MIN = -6, LOG_MAX = Math.log10(0.5);

    private ConstantHazard() {}

    /** Mean trajectories of a constant annual hazard: the hazard every month, the cumulative 1 - (1 - h)^t. */
    public static Map<String, MetricStats> stats(Scenario s, double annual) {
        int n = s.months();
        double monthly = 1.0 - Math.pow(1.0 - annual, 1.0 / 12.0);
        double[] h = new double[n], c = new double[n];
        for (int m = 0; m < n; m++) {
            h[m] = annual;
            c[m] = 1.0 - Math.pow(1.0 - monthly, m + 1);
        }
        Map<String, MetricStats> out = new LinkedHashMap<>();
        out.put(Metrics.HAZARD, new MetricStats(Metrics.HAZARD, "probability/yr", h, h, h, h, h, h));
        out.put(Metrics.CUMULATIVE, new MetricStats(Metrics.CUMULATIVE, "probability", c, c, c, c, c, c));
        return out;
    }

    /** The annual hazard that minimises the weighted loss of {@code facts} (treaty facts only; others are skipped). */
    public static double fit(List<Fact> facts, Scenario s, double floor) {
        List<Fact> treaty = facts.stream().filter(f -> f.test().treatyOnly()).toList();
        if (treaty.isEmpty()) return 0.01;
        UnivariateObjectiveFunction f = new UnivariateObjectiveFunction(lg ->
                Evaluation.loss(Evaluation.evaluate(treaty, s, stats(s, Math.pow(10, lg)), null, floor)));
        // A coarse grid first (the loss is piecewise flat where facts switch between hit and miss), then Brent.
        double best = LOG_MIN, bestLoss = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 120; i++) {
            double lg = LOG_MIN + i * (LOG_MAX - LOG_MIN) / 120;
            double l = f.getObjectiveFunction().value(lg);
            if (l < bestLoss) { bestLoss = l; best = lg; }
        }
        double step = (LOG_MAX - LOG_MIN) / 120;
        double lo = Math.max(LOG_MIN, best - step), hi = Math.min(LOG_MAX, best + step);
        double refined = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(200), f, GoalType.MINIMIZE,
                new SearchInterval(lo, hi, best)).getPoint();
        return Math.pow(10, f.getObjectiveFunction().value(refined) <= bestLoss ? refined : best);
    }
}
