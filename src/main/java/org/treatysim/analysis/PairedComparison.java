package org.treatysim.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.treatysim.experiment.PairedStatistics;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;

/**
 * Paired differences of a what-if from a base scenario, month by month, over Monte Carlo replications run with
 * common random numbers: replication i of both scenarios used the same model seed and the same parameter draw, so
 * the difference d_i = what-if_i - base_i removes the noise the two runs share. For each month the mean of d_i
 * and its 95% confidence interval (normal approximation, mean +/- z(0.975) x sd(d)/sqrt(n); means and variances exact
 * from the sums {@link PairedStatistics} keeps while both scenarios run side by side) are
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

    /**
     * The comparison accumulated while both scenarios ran side by side ({@link org.treatysim.experiment.MonteCarlo#runPaired}),
     * for a run of {@code replications} with master seed {@code seed}.
     */
    public static Result of(PairedStatistics p, int replications, long seed) {
        Scenario bs = p.base(), ws = p.whatif();
        int months = p.months();
        Series cum = empty(Metrics.CUMULATIVE, months), haz = empty(Metrics.HAZARD, months);
        for (int m = 0; m < months; m++) {
            if (!p.shared(m)) continue;
            fill(cum, m, p, PairedStatistics.CUMULATIVE);
            fill(haz, m, p, PairedStatistics.HAZARD);
        }
        return new Result(bs.name(), ws.name(), ws.start(), replications, seed, cum, haz);
    }

    private static void fill(Series s, int m, PairedStatistics p, int series) {
        long n = p.n(series, m);
        s.n()[m] = Math.toIntExact(n);
        if (n == 0) return;
        double mean = p.mean(series, PairedStatistics.D, m);
        double half = n >= 2 ? Z95 * Math.sqrt(p.variance(series, PairedStatistics.D, m) / n) : Double.NaN;
        s.mean()[m] = mean;
        s.low()[m] = mean - half;
        s.high()[m] = mean + half;
        s.unpairedHalfWidth()[m] = n < 2 ? Double.NaN
                : Z95 * Math.sqrt(p.variance(series, PairedStatistics.A, m) / n + p.variance(series, PairedStatistics.B, m) / n);
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

}
