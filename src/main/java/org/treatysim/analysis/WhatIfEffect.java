package org.treatysim.analysis;

import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where and how a what-if differs from its base, for {@code compare}: the month at which the paired difference in
 * the probability of a treaty is largest (compare's default dates), whether any replication's outcome differs at
 * all, and which state variables differ (to explain a what-if that changes nothing).
 */
public final class WhatIfEffect {
    /** Differences smaller than this are taken as none (paired differences are multiples of 1/replications). */
    static final double EPS = 1e-12;

    private WhatIfEffect() {}

    /**
     * The paired difference in P(treaty by {@code month}), what-if minus base, with its 95% interval; and the largest
     * difference {@code top}, first reached in {@code topMonth}.
     */
    public record At(YearMonth month, double diff, double low, double high, double top, YearMonth topMonth) {}

    /** Share of the largest difference at which a difference counts as having reached it ({@link #largest}). */
    public static final double REACHED = 0.9;

    /**
     * Where the paired difference in P(treaty by that month) is largest, within the base's span: the earliest month
     * whose difference has the sign of the largest absolute difference and is at least {@link #REACHED} of it (a
     * difference that reaches its level in 1958 and creeps up a little for decades is shown in 1958, where it
     * happened). {@code top} is the largest difference itself. Null if no replication's outcome differs in that
     * span.
     */
    public static At largest(PairedComparison.Result r, Scenario base) {
        PairedComparison.Series c = r.cumulative();
        int best = -1;
        for (int m = 0; m < r.months(); m++) {
            if (!inBase(r, m, base)) continue;
            double d = c.mean()[m];
            if (Math.abs(d) > EPS && (best < 0 || Math.abs(d) > Math.abs(c.mean()[best]) + EPS)) best = m;
        }
        if (best < 0) return null;
        double top = c.mean()[best];
        for (int m = 0; m <= best; m++) {
            if (!inBase(r, m, base)) continue;
            double d = c.mean()[m];
            if (Math.signum(d) == Math.signum(top) && Math.abs(d) >= REACHED * Math.abs(top) - EPS) {
                return new At(r.monthAt(m), d, c.low()[m], c.high()[m], top, r.monthAt(best));
            }
        }
        throw new IllegalStateException("unreachable: the largest difference reaches itself");
    }

    private static boolean inBase(PairedComparison.Result r, int m, Scenario base) {
        YearMonth ym = r.monthAt(m);
        PairedComparison.Series c = r.cumulative();
        return !ym.isBefore(base.start()) && !ym.isAfter(base.end()) && c.n()[m] > 0 && !Double.isNaN(c.mean()[m]);
    }

    /** Whether every replication signs (or not) in the same month in the what-if as in the base, in every shared month. */
    public static boolean sameOutcomes(PairedComparison.Result r) {
        PairedComparison.Series c = r.cumulative();
        for (int m = 0; m < r.months(); m++) {
            if (c.n()[m] == 0) continue;
            // All paired differences are zero exactly when their mean is zero and their interval has no width.
            if (Math.abs(c.mean()[m]) > EPS || !(Math.abs(c.high()[m] - c.low()[m]) <= EPS)) return false;
        }
        return true;
    }

    /**
     * compare's default dates: for each what-if, the month its difference is largest ({@link #largest}), then the
     * base's last month; in order, each once.
     */
    public static List<YearMonth> defaultDates(Scenario base, List<PairedComparison.Result> results) {
        TreeSet<YearMonth> out = new TreeSet<>();
        for (PairedComparison.Result r : results) {
            At a = largest(r, base);
            if (a != null) out.add(a.month());
        }
        out.add(base.end());
        return new ArrayList<>(out);
    }

    /**
     * A state variable whose monthly mean differs between what-if and base: its largest absolute difference
     * (what-if minus base), the month of it, and that difference as a share of the range the variable's mean
     * spans in the two scenarios together (by which the list is ordered).
     */
    public record StateDifference(String metric, String unit, YearMonth month, double base, double whatif, double diff, double share) {}

    /**
     * Every metric (other than those starting with {@code treaty.}) whose monthly mean differs anywhere in the months
     * both scenarios share, largest share first (ties in the metrics' order).
     */
    public static List<StateDifference> stateDifferences(Scenario base, Map<String, MetricStats> baseStats,
                                                         Scenario whatif, Map<String, MetricStats> whatifStats) {
        List<StateDifference> out = new ArrayList<>();
        for (Map.Entry<String, MetricStats> e : baseStats.entrySet()) {
            String k = e.getKey();
            MetricStats b = e.getValue(), w = whatifStats.get(k);
            if (Metrics.isTreaty(k) || w == null) continue;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, best = 0;
            int bestM = -1;
            for (int m = 0; m < w.months(); m++) {
                int mb = base.stepOf(whatif.monthAt(m));
                if (mb < 0 || mb >= b.months()) continue;
                double x = b.mean()[mb], y = w.mean()[m];
                if (Double.isNaN(x) || Double.isNaN(y)) continue;
                lo = Math.min(lo, Math.min(x, y));
                hi = Math.max(hi, Math.max(x, y));
                if (Math.abs(y - x) > Math.abs(best) + EPS) { best = y - x; bestM = m; }
            }
            if (bestM < 0) continue;
            int mb = base.stepOf(whatif.monthAt(bestM));
            out.add(new StateDifference(k, b.unit(), whatif.monthAt(bestM), b.mean()[mb], w.mean()[bestM], best,
                    Math.abs(best) / Math.max(hi - lo, EPS)));
        }
        out.sort(Comparator.comparingDouble(StateDifference::share).reversed());
        return out;
    }
}
