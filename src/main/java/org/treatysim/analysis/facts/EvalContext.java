package org.treatysim.analysis.facts;

import org.treatysim.analysis.MetricStats;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The mean trajectories of one replay (and, for the agent model, the tally of its decisions), with window helpers
 * that ignore undefined (NaN) months, and the floor below which a hazard may not serve as a ratio's reference.
 */
public final class EvalContext {
    /** The default floor: a reference below 0.1% a year is no reference (a ratio to ~0 tells nothing). */
    public static final double DEFAULT_FLOOR = 0.001;
    private final Scenario scenario;
    private final YearMonth start;
    private final int months;
    private final Map<String, MetricStats> stats;
    private final DecisionTally decisions;
    private final double floor;

    public EvalContext(Scenario scenario, Map<String, MetricStats> stats, DecisionTally decisions, double floor) {
        this(scenario, scenario.start(), scenario.months(), stats, decisions, floor);
    }

    /** Mean trajectories with no scenario behind them (hand-made series): decision facts cannot be measured. */
    public EvalContext(YearMonth start, int months, Map<String, MetricStats> stats) {
        this(null, start, months, stats, null, DEFAULT_FLOOR);
    }

    private EvalContext(Scenario scenario, YearMonth start, int months, Map<String, MetricStats> stats, DecisionTally decisions, double floor) {
        this.scenario = scenario;
        this.start = start;
        this.months = months;
        this.stats = stats;
        this.decisions = decisions;
        this.floor = floor;
    }

    public Scenario scenario() { return scenario; }
    public YearMonth start() { return start; }
    public YearMonth end() { return start.plusMonths(months - 1); }
    public double floor() { return floor; }

    /** The replay's decision tally, or null for a model without decisions. */
    public DecisionTally decisions() { return decisions; }

    /** Mean trajectory of a metric; throws if the replay has no such metric. */
    public double[] mean(String metric) {
        MetricStats m = stats.get(metric);
        if (m == null) throw new IllegalArgumentException("no metric " + metric + " in the replay; known: " + stats.keySet());
        return m.mean();
    }

    public double[] hazard() { return mean(Metrics.HAZARD); }
    public double[] cumulative() { return mean(Metrics.CUMULATIVE); }

    /** Index of a month, or -1 outside the span. */
    public int index(YearMonth ym) {
        long i = ChronoUnit.MONTHS.between(start, ym);
        return i < 0 || i >= months ? -1 : (int) i;
    }


    private int[] clip(Window w) {
        long a = Math.max(0, ChronoUnit.MONTHS.between(start, w.from()));
        long b = Math.min(months - 1, ChronoUnit.MONTHS.between(start, w.to()));
        return new int[] {(int) a, (int) b};
    }

    /** Largest finite value in the window, NaN if none. */
    public double peak(double[] xs, Window w) {
        int[] r = clip(w);
        double best = Double.NaN;
        for (int i = r[0]; i <= r[1]; i++) if (!Double.isNaN(xs[i]) && (Double.isNaN(best) || xs[i] > best)) best = xs[i];
        return best;
    }

    /** Mean of the finite values in the window, NaN if none. */
    public double average(double[] xs, Window w) {
        int[] r = clip(w);
        double sum = 0;
        int n = 0;
        for (int i = r[0]; i <= r[1]; i++) if (!Double.isNaN(xs[i])) { sum += xs[i]; n++; }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The outcome of a ratio fact whose reference (denominator) lies below the floor: a miss, whatever the numerator,
     * with a loss that grows as the reference falls (squared log of floor / reference, capped).
     */
    FactTest.Outcome belowFloor(String what, double reference) {
        return new FactTest.Outcome(Double.NaN, what + " " + FactNumbers.pct(reference) + "/yr is below the " + FactNumbers.pct(floor) + "/yr floor: no ratio",
                "reference >= " + FactNumbers.pct(floor) + "/yr", false, FactNumbers.logBelow(reference, floor));
    }
}
