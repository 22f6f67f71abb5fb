package org.treatysim.analysis.facts;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The mean trajectories of one replay, with window helpers that ignore undefined (NaN) months. */
public final class EvalContext {
    public static final String HAZARD = "treaty.hazard_annual";
    private final YearMonth start;
    private final int months;
    private final Map<String, MetricStats> stats;

    public EvalContext(YearMonth start, int months, Map<String, MetricStats> stats) {
        this.start = start;
        this.months = months;
        this.stats = stats;
    }

    public YearMonth start() { return start; }
    public YearMonth end() { return start.plusMonths(months - 1); }

    /** Mean trajectory of a metric; throws if the replay has no such metric. */
    public double[] mean(String metric) {
        MetricStats m = stats.get(metric);
        if (m == null) throw new IllegalArgumentException("no metric " + metric + " in the replay; known: " + stats.keySet());
        return m.mean();
    }

    public double[] hazard() { return mean(HAZARD); }
    public double[] cumulative() { return mean(TrajectoryStats.CUMULATIVE); }

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
}
