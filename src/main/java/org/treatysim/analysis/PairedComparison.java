package org.treatysim.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.treatysim.experiment.Trajectories;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.time.YearMonth;

/**
 * Paired differences of a what-if from a base scenario, month by month, over Monte Carlo replications run with
 * common random numbers: replication i of both scenarios used the same model seed and the same parameter draw, so
 * the difference d_i = what-if_i - base_i removes the noise the two runs share. For each month the mean of d_i
 * and its 95% confidence interval (normal approximation, mean +/- z(0.975) x sd(d)/sqrt(n), with Commons Math) are
 * reported, together with the half-width the interval would have had if the two runs were independent
 * (z x sqrt(var(what-if)/n + var(base)/n)), which shows what the pairing gains.
 * <ul>
 *   <li>{@code treaty.cumulative}: d_i = 1{what-if replication i signed by that month} - 1{base replication i signed
 *       by that month}, over all replications.</li>
 *   <li>{@code treaty.hazard_annual}: the hazard is defined only while no treaty is signed, so d_i is taken over the
 *       replications unsigned in <em>both</em> scenarios that month ({@link Series#n()} says how many). This is a
 *       conditional comparison: once many replications have signed in one scenario, the remaining pairs are a
 *       selected subset.</li>
 * </ul>
 * Months are matched by date; a month outside either scenario's span has no difference (NaN, n = 0).
 */
public final class PairedComparison {
    /** z(0.975): the 95% two-sided normal quantile. */
    public static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private PairedComparison() {}

    /**
     * One metric's paired difference per month of the what-if's span.
     *
     * @param unpairedHalfWidth half-width of the 95% interval had the runs been independent
     */
    public record Series(String metric, double[] mean, double[] low, double[] high, int[] n, double[] unpairedHalfWidth) {
        public int months() { return mean.length; }
        /** Half-width of the paired 95% interval in month {@code m}. */
        public double halfWidth(int m) { return (high[m] - low[m]) / 2; }
    }

    /** The comparison of one what-if with the base, on the what-if's months. */
    public record Result(String base, String whatif, YearMonth start, int replications, long seed, Series cumulative, Series hazard) {
        public int months() { return cumulative.months(); }
        public YearMonth monthAt(int m) { return start.plusMonths(m); }
        /** Index of {@code ym} in this result, or -1 when outside. */
        public int indexOf(YearMonth ym) {
            int i = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, ym);
            return i >= 0 && i < months() ? i : -1;
        }
    }

    public static Result compare(Trajectories base, Trajectories whatif) {
        if (base.replications() != whatif.replications() || base.seed() != whatif.seed()) {
            throw new IllegalArgumentException("a paired comparison needs the same replications and master seed: base has "
                    + base.replications() + " (seed " + base.seed() + "), what-if " + whatif.replications() + " (seed " + whatif.seed() + ")");
        }
        Scenario bs = base.scenario(), ws = whatif.scenario();
        int reps = base.replications(), months = whatif.months();
        int kSigned = index(base, Var.TREATY_SIGNED), kHaz = index(base, Var.TREATY_HAZARD_ANNUAL);
        Series cum = empty(TrajectoryStats.CUMULATIVE, months), haz = empty(Var.TREATY_HAZARD_ANNUAL.id, months);
        SummaryStatistics d = new SummaryStatistics(), a = new SummaryStatistics(), b = new SummaryStatistics();
        for (int m = 0; m < months; m++) {
            int mb = bs.stepOf(ws.monthAt(m));
            if (mb < 0 || mb >= base.months()) continue;
            d.clear(); a.clear(); b.clear();
            for (int r = 0; r < reps; r++) {
                double sw = whatif.value(kSigned, m, r) > 0.5 ? 1 : 0, sb = base.value(kSigned, mb, r) > 0.5 ? 1 : 0;
                d.addValue(sw - sb);
                a.addValue(sw);
                b.addValue(sb);
            }
            fill(cum, m, d, a, b);
            d.clear(); a.clear(); b.clear();
            for (int r = 0; r < reps; r++) {
                double hw = whatif.value(kHaz, m, r), hb = base.value(kHaz, mb, r);
                if (Double.isNaN(hw) || Double.isNaN(hb)) continue;
                d.addValue(hw - hb);
                a.addValue(hw);
                b.addValue(hb);
            }
            fill(haz, m, d, a, b);
        }
        return new Result(bs.name(), ws.name(), ws.start(), reps, base.seed(), cum, haz);
    }

    /**
     * The 95% interval of the difference of two means computed as if the samples were independent, for comparing
     * with the paired one: {@code z x sqrt(var(x)/n_x + var(y)/n_y)}.
     */
    public static double unpairedHalfWidth(SummaryStatistics x, SummaryStatistics y) {
        if (x.getN() < 2 || y.getN() < 2) return Double.NaN;
        return Z95 * Math.sqrt(x.getVariance() / x.getN() + y.getVariance() / y.getN());
    }

    private static void fill(Series s, int m, SummaryStatistics d, SummaryStatistics a, SummaryStatistics b) {
        long n = d.getN();
        s.n()[m] = (int) n;
        if (n == 0) return;
        double mean = d.getMean();
        double half = n >= 2 ? Z95 * Math.sqrt(d.getVariance() / n) : Double.NaN;
        s.mean()[m] = mean;
        s.low()[m] = mean - half;
        s.high()[m] = mean + half;
        s.unpairedHalfWidth()[m] = unpairedHalfWidth(a, b);
    }

    private static Series empty(String metric, int months) {
        double[] mean = nan(months), low = nan(months), high = nan(months), un = nan(months);
        return new Series(metric, mean, low, high, new int[months], un);
    }

    private static double[] nan(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, Double.NaN);
        return x;
    }

    private static int index(Trajectories t, Var v) {
        Var[] ms = t.metrics();
        for (int k = 0; k < ms.length; k++) if (ms[k] == v) return k;
        throw new IllegalStateException(v.id + " is not recorded");
    }
}
