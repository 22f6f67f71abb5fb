package org.treatysim.experiment;

import com.datadoghq.sketch.ddsketch.mapping.BitwiseLinearlyInterpolatedMapping;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The distribution of one variable in one month over the replications, in memory that does not grow with their
 * number, and independent of the order the values arrive or sketches merge in (its state is a function of the multiset
 * of values added). Two modes:
 * <ul>
 *   <li><b>exact</b> while at most {@value #EXACT} distinct values have been seen: each value with its count. Decision
 *       levels, 0/1 flags and gates stay here, and their quantiles are exact;</li>
 *   <li><b>sketched</b> beyond: DDSketch's logarithm-like buckets (sketches-java's
 *       {@link BitwiseLinearlyInterpolatedMapping}) for magnitudes at or above a floor, each bucket holding a count, so
 *       that every order statistic is known within a relative error of {@link #accuracy()} (0.78%); values below the
 *       floor in magnitude are counted apart (exact
 *       zeros exactly, other tiny values by count, minimum and maximum), so their error is below the floor.</li>
 * </ul>
 * Quantiles use the R-7 estimator (linear interpolation between order statistics, as R's, NumPy's and Commons Math's
 * default), from the exact values or from the buckets' representatives, clamped to the smallest and largest value
 * seen. For a sketched cell, a reported quantile q with exact value Q satisfies
 * {@code |q - Q| <= accuracy() x max(|x_j|, |x_j+1|) + floor}, x_j and x_j+1 the two order statistics R-7
 * interpolates (tested against exact quantiles of 10^4 replications: QuantileSketchTest, docs/performance.md).
 */
public final class QuantileSketch {
    /** Distinct values kept exactly before the cell is sketched. */
    public static final int EXACT = 16;
    /** Relative accuracy asked of the buckets (the mapping guarantees {@link #accuracy()}, a little better). */
    public static final double RELATIVE_ACCURACY = 0.01;
    /** Magnitudes below this share of a variable's scale are counted apart from the logarithmic buckets. */
    public static final double FLOOR_SHARE = 1e-5;
    /** Buckets of the double's exponent and its top mantissa bits: a shift per value, no logarithm. */
    static final BitwiseLinearlyInterpolatedMapping MAPPING = new BitwiseLinearlyInterpolatedMapping(RELATIVE_ACCURACY);
    private static final int PAD = 8;

    private final double floor;
    private int n;
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    // exact mode (xs != null)
    private double[] xs = new double[2];
    private int[] cs = new int[2];
    private int distinct;
    // sketched mode
    private int zeros, tinyNeg, tinyPos;
    private double tinyNegMin, tinyNegMax, tinyPosMin, tinyPosMax;
    /** Bucket counts of the positive values and of the negative ones, by the index of their magnitude. */
    private Store pos, neg;

    /** @param floor magnitudes below it are kept apart from the logarithmic buckets (a variable's scale x FLOOR_SHARE) */
    public QuantileSketch(double floor) {
        if (!(floor > 0)) throw new IllegalArgumentException("floor must be positive");
        this.floor = floor;
    }

    /** The relative accuracy every sketched order statistic has (0.78%: 64 buckets per power of two). */
    public static double accuracy() { return MAPPING.relativeAccuracy(); }

    public int count() { return n; }
    public boolean exact() { return xs != null; }
    public double min() { return min; }
    public double max() { return max; }

    /** Adds a finite value (NaN and infinities are the caller's to leave out). */
    public void add(double x) {
        add(x + 0.0, 1); // -0.0 becomes 0.0: the state must not depend on which zero came first
    }

    /** Adds {@code c} copies of {@code x} (already without a negative zero). */
    private void add(double x, int c) {
        n += c;
        if (x < min) min = x;
        if (x > max) max = x;
        if (xs != null) {
            for (int i = 0; i < distinct; i++) {
                if (xs[i] == x) { cs[i] += c; return; }
            }
            if (distinct < EXACT) {
                put(x, c);
                return;
            }
            spill();
        }
        bin(x, c);
    }

    /** Adds the first {@code len} values of {@code xs} (all finite). */
    public void addAll(double[] xs, int len) {
        int i = 0;
        while (i < len && this.xs != null) { // exact mode: a run of one value costs one comparison a value
            double x = xs[i] + 0.0;
            int j = i + 1;
            while (j < len && xs[j] + 0.0 == x) j++;
            add(x, j - i);
            i = j;
        }
        if (i == len) return;
        int start = i;
        double lo = min, hi = max;
        for (; i < len; i++) {
            double x = xs[i] + 0.0;
            if (x < lo) lo = x;
            if (x > hi) hi = x;
            bin(x, 1);
        }
        n += len - start;
        min = lo;
        max = hi;
    }

    private void put(double x, int c) {
        if (distinct == xs.length) {
            xs = Arrays.copyOf(xs, 2 * distinct);
            cs = Arrays.copyOf(cs, 2 * distinct);
        }
        xs[distinct] = x;
        cs[distinct++] = c;
    }

    private void spill() {
        double[] x = xs;
        int[] c = cs;
        int d = distinct;
        xs = null;
        cs = null;
        distinct = 0;
        for (int i = 0; i < d; i++) bin(x[i], c[i]);
    }

    private void bin(double x, int c) {
        if (x == 0) {
            zeros += c;
            return;
        }
        double a = Math.abs(x);
        if (a < floor) {
            if (x > 0) {
                if (tinyPos == 0 || x < tinyPosMin) tinyPosMin = x;
                if (tinyPos == 0 || x > tinyPosMax) tinyPosMax = x;
                tinyPos += c;
            } else {
                if (tinyNeg == 0 || x < tinyNegMin) tinyNegMin = x;
                if (tinyNeg == 0 || x > tinyNegMax) tinyNegMax = x;
                tinyNeg += c;
            }
            return;
        }
        int i = MAPPING.index(a);
        if (x > 0) {
            if (pos == null) pos = new Store();
            pos.add(i, c);
        } else {
            if (neg == null) neg = new Store();
            neg.add(i, c);
        }
    }

    /** Counts by bucket index over a range that grows as values arrive; only the counts are state, not the range. */
    private static final class Store {
        int[] counts;
        int lo;

        void add(int i, int c) {
            if (counts == null || i < lo || i >= lo + counts.length) grow(i);
            counts[i - lo] += c;
        }

        /** Covers index i, growing toward it by at least half the length, so a spreading cell is copied O(log) times. */
        private void grow(int i) {
            int nlo, len;
            if (counts == null) {
                nlo = i - PAD;
                len = 2 * PAD + 1;
            } else {
                int hi = lo + counts.length - 1, slack = Math.max(PAD, counts.length / 2);
                nlo = i < lo ? i - slack : lo;
                len = (i > hi ? i + slack : hi) - nlo + 1;
            }
            int[] b = new int[len];
            if (counts != null) System.arraycopy(counts, 0, b, lo - nlo, counts.length);
            counts = b;
            lo = nlo;
        }

        void merge(Store o) {
            for (int k = 0; k < o.counts.length; k++) if (o.counts[k] != 0) add(o.lo + k, o.counts[k]);
        }

        long total() {
            long t = 0;
            for (int c : counts) t += c;
            return t;
        }

        /** Length, first index and the counts from the first to the last non-zero one (canonical); 0 if empty. */
        static void write(DataOutput out, Store s) throws IOException {
            int first = -1, last = -1;
            if (s != null) {
                for (int i = 0; i < s.counts.length; i++) {
                    if (s.counts[i] != 0) { if (first < 0) first = i; last = i; }
                }
            }
            if (first < 0) { out.writeInt(0); return; }
            out.writeInt(last - first + 1);
            out.writeInt(s.lo + first);
            for (int i = first; i <= last; i++) out.writeInt(s.counts[i]);
        }

        static Store read(DataInput in) throws IOException {
            int len = in.readInt();
            if (len < 0 || len > 1 << 20) throw new IOException("bad bucket count");
            if (len == 0) return null;
            Store s = new Store();
            s.lo = in.readInt();
            s.counts = new int[len];
            for (int i = 0; i < len; i++) {
                s.counts[i] = in.readInt();
                if (s.counts[i] < 0) throw new IOException("negative bucket count");
            }
            return s;
        }
    }

    /** Adds the values of another sketch (of the same variable: same floor). */
    public void merge(QuantileSketch o) {
        if (o.floor != floor) throw new IllegalArgumentException("sketches of different variables");
        if (o.n == 0) return;
        if (Math.addExact(n, o.n) < 0) throw new ArithmeticException("count overflow");
        n += o.n;
        if (o.min < min) min = o.min;
        if (o.max > max) max = o.max;
        if (o.xs != null) {
            for (int j = 0; j < o.distinct; j++) {
                double x = o.xs[j];
                int c = o.cs[j];
                if (xs != null) {
                    boolean found = false;
                    for (int i = 0; i < distinct; i++) {
                        if (xs[i] == x) { cs[i] += c; found = true; break; }
                    }
                    if (found) continue;
                    if (distinct < EXACT) { put(x, c); continue; }
                    spill();
                }
                bin(x, c);
            }
            return;
        }
        if (xs != null) spill();
        zeros += o.zeros;
        if (o.tinyPos > 0) {
            if (tinyPos == 0 || o.tinyPosMin < tinyPosMin) tinyPosMin = o.tinyPosMin;
            if (tinyPos == 0 || o.tinyPosMax > tinyPosMax) tinyPosMax = o.tinyPosMax;
            tinyPos += o.tinyPos;
        }
        if (o.tinyNeg > 0) {
            if (tinyNeg == 0 || o.tinyNegMin < tinyNegMin) tinyNegMin = o.tinyNegMin;
            if (tinyNeg == 0 || o.tinyNegMax > tinyNegMax) tinyNegMax = o.tinyNegMax;
            tinyNeg += o.tinyNeg;
        }
        if (o.pos != null) {
            if (pos == null) pos = new Store();
            pos.merge(o.pos);
        }
        if (o.neg != null) {
            if (neg == null) neg = new Store();
            neg.merge(o.neg);
        }
    }

    /** The cell's values as ascending (value, count) segments: exact values, or bucket representatives. */
    private double[][] segments() {
        if (xs != null) {
            Integer[] order = new Integer[distinct];
            for (int i = 0; i < distinct; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
            double[] v = new double[distinct], c = new double[distinct];
            for (int i = 0; i < distinct; i++) { v[i] = xs[order[i]]; c[i] = cs[order[i]]; }
            return new double[][] {v, c};
        }
        int cap = 3 + (pos == null ? 0 : pos.counts.length) + (neg == null ? 0 : neg.counts.length);
        double[] v = new double[cap], c = new double[cap];
        int k = 0;
        if (neg != null) {
            for (int j = neg.counts.length - 1; j >= 0; j--) {
                if (neg.counts[j] == 0) continue;
                v[k] = -MAPPING.value(neg.lo + j);
                c[k++] = neg.counts[j];
            }
        }
        if (tinyNeg > 0) { v[k] = 0.5 * (tinyNegMin + tinyNegMax); c[k++] = tinyNeg; }
        if (zeros > 0) { v[k] = 0.0; c[k++] = zeros; }
        if (tinyPos > 0) { v[k] = 0.5 * (tinyPosMin + tinyPosMax); c[k++] = tinyPos; }
        if (pos != null) {
            for (int j = 0; j < pos.counts.length; j++) {
                if (pos.counts[j] == 0) continue;
                v[k] = MAPPING.value(pos.lo + j);
                c[k++] = pos.counts[j];
            }
        }
        return new double[][] {Arrays.copyOf(v, k), Arrays.copyOf(c, k)};
    }

    /**
     * Quantiles by the R-7 estimator for probabilities {@code ps} (each in [0, 1]), as Commons Math's
     * {@code Percentile} with {@code EstimationType.R_7} computes them from the values themselves; NaN for an empty
     * cell.
     */
    public double[] quantiles(double... ps) {
        double[] out = new double[ps.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[][] seg = segments();
        for (int i = 0; i < ps.length; i++) {
            double p = ps[i];
            double at = Double.compare(p, 0d) == 0 ? 0 : Double.compare(p, 1d) == 0 ? n : 1 + (n - 1) * p;
            double fpos = Math.floor(at), dif = at - fpos;
            double q;
            if (at < 1) q = order(seg, 0);
            else if (at >= n) q = order(seg, n - 1);
            else {
                double lower = order(seg, (long) fpos - 1), upper = order(seg, (long) fpos);
                q = lower + dif * (upper - lower);
            }
            out[i] = Math.max(min, Math.min(max, q));
        }
        return out;
    }

    /** The j-th smallest (0-based) value, as its segment represents it. */
    private static double order(double[][] seg, long j) {
        double[] v = seg[0], c = seg[1];
        long acc = 0;
        for (int k = 0; k < v.length; k++) {
            acc += (long) c[k];
            if (j < acc) return v[k];
        }
        return v[v.length - 1];
    }

    // ---- the state file (see RunStatistics.write): canonical, so the same values give the same bytes ----

    void write(DataOutput out) throws IOException {
        out.writeInt(n);
        if (n == 0) return;
        out.writeDouble(min);
        out.writeDouble(max);
        if (xs != null) {
            double[][] seg = segments();
            out.writeByte(0);
            out.writeByte(seg[0].length);
            for (int i = 0; i < seg[0].length; i++) {
                out.writeDouble(seg[0][i]);
                out.writeInt((int) seg[1][i]);
            }
            return;
        }
        out.writeByte(1);
        out.writeInt(zeros);
        out.writeInt(tinyNeg);
        if (tinyNeg > 0) { out.writeDouble(tinyNegMin); out.writeDouble(tinyNegMax); }
        out.writeInt(tinyPos);
        if (tinyPos > 0) { out.writeDouble(tinyPosMin); out.writeDouble(tinyPosMax); }
        Store.write(out, pos);
        Store.write(out, neg);
    }

    static QuantileSketch read(DataInput in, double floor) throws IOException {
        QuantileSketch s = new QuantileSketch(floor);
        int n = in.readInt();
        if (n < 0) throw new IOException("negative count");
        if (n == 0) return s;
        s.n = n;
        s.min = in.readDouble();
        s.max = in.readDouble();
        int mode = in.readByte();
        long total = 0;
        if (mode == 0) {
            int d = in.readUnsignedByte();
            if (d > EXACT) throw new IOException("more exact values than a sketch keeps");
            s.xs = new double[Math.max(2, d)];
            s.cs = new int[Math.max(2, d)];
            for (int i = 0; i < d; i++) {
                s.xs[i] = in.readDouble();
                s.cs[i] = in.readInt();
                if (s.cs[i] <= 0) throw new IOException("an exact value without a positive count");
                total += s.cs[i];
            }
            s.distinct = d;
        } else if (mode == 1) {
            s.xs = null;
            s.cs = null;
            s.zeros = in.readInt();
            s.tinyNeg = in.readInt();
            if (s.tinyNeg > 0) { s.tinyNegMin = in.readDouble(); s.tinyNegMax = in.readDouble(); }
            s.tinyPos = in.readInt();
            if (s.tinyPos > 0) { s.tinyPosMin = in.readDouble(); s.tinyPosMax = in.readDouble(); }
            total = (long) s.zeros + s.tinyNeg + s.tinyPos;
            if (s.zeros < 0 || s.tinyNeg < 0 || s.tinyPos < 0) throw new IOException("negative count");
            s.pos = Store.read(in);
            s.neg = Store.read(in);
            if (s.pos != null) total += s.pos.total();
            if (s.neg != null) total += s.neg.total();
        } else {
            throw new IOException("unknown sketch mode " + mode);
        }
        if (total != n) throw new IOException("counts do not add up to " + n);
        return s;
    }
}
