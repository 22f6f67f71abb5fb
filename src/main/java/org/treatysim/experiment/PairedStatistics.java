package org.treatysim.experiment;

import org.treatysim.scenario.Scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The paired comparison of a what-if with its base, accumulated while replication i of both runs side by side on the
 * same random numbers (common random numbers), in memory that does not grow with the replications. For every month of
 * the what-if's span that the base also has, and for each of
 * <ul>
 *   <li>{@link #CUMULATIVE}: a = 1{what-if signed by then}, b = 1{base signed by then}, over all replications;</li>
 *   <li>{@link #HAZARD}: a and b the annualised hazards, over the replications unsigned in both;</li>
 * </ul>
 * it keeps the number of pairs and the exact sums of a, b, d = a - b and of their squares (integers; hazards in
 * 2^-40 fixed point), so means and variances come out exactly, in any order of merging.
 */
public final class PairedStatistics {
    public static final int CUMULATIVE = 0, HAZARD = 1;
    /** Series within a pair: the what-if, the base, their difference. */
    public static final int A = 0, B = 1, D = 2;
    private static final double FIXED = 0x1p40;
    private static final MathContext MC = new MathContext(34);

    private final Scenario base, whatif;
    private final int months;
    private final int[] baseMonth;
    /** [series][month]: pairs counted. */
    private final long[][] n = new long[2][];
    /** [series][A,B,D][month]: sums (hi, lo) and sums of squares (hi, lo), 128-bit. */
    private final long[][][] sumHi = new long[2][3][], sumLo = new long[2][3][], sqHi = new long[2][3][], sqLo = new long[2][3][];

    public PairedStatistics(Scenario base, Scenario whatif) {
        this.base = base;
        this.whatif = whatif;
        this.months = whatif.months();
        this.baseMonth = new int[months];
        for (int m = 0; m < months; m++) {
            int mb = base.stepOf(whatif.monthAt(m));
            baseMonth[m] = mb >= 0 && mb < base.months() ? mb : -1;
        }
        for (int s = 0; s < 2; s++) {
            n[s] = new long[months];
            for (int x = 0; x < 3; x++) {
                sumHi[s][x] = new long[months];
                sumLo[s][x] = new long[months];
                sqHi[s][x] = new long[months];
                sqLo[s][x] = new long[months];
            }
        }
    }

    public Scenario base() { return base; }
    public Scenario whatif() { return whatif; }
    public int months() { return months; }

    /**
     * Adds replication r of a batch: both runs recorded as [replication][month][metric] with {@link RunStatistics#METRICS}
     * (hazard at index 0, signed at index 1).
     */
    void add(double[] whatifBuf, double[] baseBuf, int r) {
        int k = RunStatistics.K;
        int offW = r * months * k, offB = r * base.months() * k;
        for (int m = 0; m < months; m++) {
            int mb = baseMonth[m];
            if (mb < 0) continue;
            double sw = whatifBuf[offW + m * k + 1] > 0.5 ? 1 : 0, sb = baseBuf[offB + mb * k + 1] > 0.5 ? 1 : 0;
            accumulate(CUMULATIVE, m, (long) sw, (long) sb);
            double hw = whatifBuf[offW + m * k], hb = baseBuf[offB + mb * k];
            if (Double.isNaN(hw) || Double.isNaN(hb)) continue;
            accumulate(HAZARD, m, (long) (hw * FIXED), (long) (hb * FIXED));
        }
    }

    private void accumulate(int s, int m, long a, long b) {
        n[s][m]++;
        add(s, A, m, a);
        add(s, B, m, b);
        add(s, D, m, a - b);
    }

    private void add(int s, int x, int m, long q) {
        long lo = sumLo[s][x][m], nl = lo + q;
        sumHi[s][x][m] += (q >> 63) + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
        sumLo[s][x][m] = nl;
        long pl = q * q, ph = Math.multiplyHigh(q, q);
        lo = sqLo[s][x][m];
        nl = lo + pl;
        sqHi[s][x][m] += ph + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
        sqLo[s][x][m] = nl;
    }

    /** Adds the pairs of another accumulator of the same comparison (disjoint replications). */
    void merge(PairedStatistics o) {
        for (int s = 0; s < 2; s++) {
            for (int m = 0; m < months; m++) {
                n[s][m] += o.n[s][m];
                for (int x = 0; x < 3; x++) {
                    long lo = sumLo[s][x][m], nl = lo + o.sumLo[s][x][m];
                    sumHi[s][x][m] += o.sumHi[s][x][m] + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
                    sumLo[s][x][m] = nl;
                    lo = sqLo[s][x][m];
                    nl = lo + o.sqLo[s][x][m];
                    sqHi[s][x][m] += o.sqHi[s][x][m] + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
                    sqLo[s][x][m] = nl;
                }
            }
        }
    }

    /** Whether month {@code m} of the what-if lies in the base's span too. */
    public boolean shared(int m) { return baseMonth[m] >= 0; }

    /** Pairs counted in month {@code m} of {@code series}. */
    public long n(int series, int m) { return n[series][m]; }

    /** Mean of {@code x} (A, B or D) over the pairs of month {@code m}; NaN without pairs. */
    public double mean(int series, int x, int m) {
        long k = n[series][m];
        if (k == 0) return Double.NaN;
        return new BigDecimal(big(sumHi[series][x][m], sumLo[series][x][m])).divide(BigDecimal.valueOf(k).multiply(unit(series)), MC).doubleValue();
    }

    /** Sample variance (n - 1 denominator) of {@code x} in month {@code m}, computed exactly; NaN with fewer than 2 pairs. */
    public double variance(int series, int x, int m) {
        long k = n[series][m];
        if (k < 2) return Double.NaN;
        BigInteger s = big(sumHi[series][x][m], sumLo[series][x][m]), sq = big(sqHi[series][x][m], sqLo[series][x][m]);
        BigInteger num = BigInteger.valueOf(k).multiply(sq).subtract(s.multiply(s));
        BigDecimal den = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(k - 1)).multiply(unit(series).pow(2));
        return new BigDecimal(num).divide(den, MC).doubleValue();
    }

    private static BigDecimal unit(int series) { return series == CUMULATIVE ? BigDecimal.ONE : new BigDecimal(FIXED); }

    static BigInteger big(long hi, long lo) {
        return BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    }
}
