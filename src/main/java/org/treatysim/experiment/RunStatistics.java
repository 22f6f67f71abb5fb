package org.treatysim.experiment;

import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a Monte Carlo run keeps of its replications, in memory that does not grow with their number, mergeable in any
 * order (threads, shards) with byte-identical results:
 * <ul>
 *   <li>for every recorded variable and month: the number of finite values, their sum in exact 128-bit fixed point
 *       (so the mean does not depend on the order of addition), and a {@link QuantileSketch};</li>
 *   <li>per month, the number of replications signed by then ({@code treaty.cumulative});</li>
 *   <li>the outcomes: replications, signed, the islands of the signed (exact fixed-point sum);</li>
 *   <li>the agents' decisions ({@link DecisionTally}).</li>
 * </ul>
 * Everything is integer counts and sums, or a function of the multiset of values, so merging is exact.
 * {@link #write}/{@link #read} keep it in a file ({@code run-state.bin} of a shard, format in docs/cluster.md).
 */
public final class RunStatistics {
    /** Variables recorded, in output order: the treaty metrics first, then the agents' state. */
    public static final Var[] METRICS = order();
    /** Index of {@code treaty.signed} in {@link #METRICS}: counted per month, not sketched. */
    static final int SIGNED = 1;
    static final int K = METRICS.length;
    /** 2^S per metric: |value| x 2^S stays below 2^62, so that a value becomes an exact long. */
    private static final double[] FIXED = new double[K];
    private static final double[] FLOOR = new double[K];
    /** Fixed point of the islands of a signed treaty (0-4). */
    private static final double ISLANDS_FIXED = 0x1p60;
    static {
        for (int k = 0; k < K; k++) {
            double scale = Math.max(Math.abs(METRICS[k].min), Math.abs(METRICS[k].max));
            if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalStateException(METRICS[k].id + " needs a finite range");
            FIXED[k] = Math.scalb(1.0, 61 - Math.getExponent(scale));
            FLOOR[k] = scale * QuantileSketch.FLOOR_SHARE;
        }
    }

    static final String MAGIC = "treatysim-run-state";
    static final int VERSION = 1;

    private final Scenario scenario;
    private final long seed;
    private final int months;
    private final int[] count;
    private final long[] sumHi, sumLo;
    private final QuantileSketch[] sketch;
    private final long[] signedBy;
    private long replications, signed, islandsHi, islandsLo;
    private final DecisionTally decisions;

    public RunStatistics(Scenario scenario, long seed, List<DecisionTally.Window> windows) {
        this.scenario = scenario;
        this.seed = seed;
        this.months = scenario.months();
        int cells = months * K;
        count = new int[cells];
        sumHi = new long[cells];
        sumLo = new long[cells];
        sketch = new QuantileSketch[cells];
        for (int m = 0; m < months; m++) {
            for (int k = 0; k < K; k++) if (k != SIGNED) sketch[m * K + k] = new QuantileSketch(FLOOR[k]);
        }
        signedBy = new long[months];
        decisions = new DecisionTally(months, windows);
    }

    private static Var[] order() {
        List<Var> out = new ArrayList<>();
        out.add(Var.TREATY_HAZARD_ANNUAL);
        out.add(Var.TREATY_SIGNED);
        for (Var v : Var.values()) if (v != Var.TREATY_HAZARD_ANNUAL && v != Var.TREATY_SIGNED) out.add(v);
        return out.toArray(new Var[0]);
    }

    public Scenario scenario() { return scenario; }
    public long seed() { return seed; }
    public int months() { return months; }
    public Var[] metrics() { return METRICS.clone(); }
    /** Replications added so far (at most 2^31 - 2 in one run). */
    public int replications() { return Math.toIntExact(replications); }
    /** Replications that signed a treaty. */
    public long signed() { return signed; }
    /** The agents' decisions over these replications (empty for the scripted model). */
    public DecisionTally decisions() { return decisions; }

    /** Replications signed in or before month {@code m}. */
    public long signedBy(int m) { return signedBy[m]; }

    /** Finite values of metric {@code k} (index into {@link #metrics()}) in month {@code m}. */
    public int count(int k, int m) { return count[m * K + k]; }

    /** Mean of the finite values of metric {@code k} in month {@code m}, NaN if none. */
    public double mean(int k, int m) {
        int c = m * K + k;
        if (count[c] == 0) return Double.NaN;
        return toDouble(sumHi[c], sumLo[c]) / FIXED[k] / count[c];
    }

    /** R-7 quantiles of metric {@code k} in month {@code m} for probabilities {@code ps} (see {@link QuantileSketch}). */
    public double[] quantiles(int k, int m, double... ps) {
        if (k == SIGNED) throw new IllegalArgumentException(Metrics.SIGNED + " is counted, not sketched");
        return sketch[m * K + k].quantiles(ps);
    }

    /** The sketch of metric {@code k} in month {@code m} (tests). */
    QuantileSketch sketch(int k, int m) { return sketch[m * K + k]; }

    /** Mean islands transferred among the replications that signed, NaN if none did. */
    public double meanIslandsIfSigned() {
        return signed == 0 ? Double.NaN : toDouble(islandsHi, islandsLo) / ISLANDS_FIXED / signed;
    }

    // ---- adding replications (MonteCarlo) ----

    /**
     * Adds {@code reps} replications recorded in {@code buf} as [replication][month][metric] (metrics in
     * {@link #METRICS} order), cell by cell: a cell's state stays in cache while its values from every replication of
     * the batch go in.
     */
    void addBatch(double[] buf, int reps) {
        int per = months * K;
        double[] xs = new double[reps];
        for (int m = 0; m < months; m++) {
            int cell0 = m * K;
            for (int r = 0; r < reps; r++) if (buf[r * per + cell0 + SIGNED] > 0.5) signedBy[m]++;
            for (int k = 0; k < K; k++) {
                if (k == SIGNED) continue;
                int c = cell0 + k, n = 0;
                double f = FIXED[k];
                long lo = sumLo[c], hi = sumHi[c];
                for (int r = 0; r < reps; r++) {
                    double x = buf[r * per + c];
                    if (!Double.isFinite(x)) continue;
                    xs[n++] = x;
                    long q = (long) (x * f), nl = lo + q;
                    hi += (q >> 63) + (Long.compareUnsigned(nl, lo) < 0 ? 1 : 0);
                    lo = nl;
                }
                sumLo[c] = lo;
                sumHi[c] = hi;
                count[c] += n;
                sketch[c].addAll(xs, n);
            }
        }
    }

    /** Adds one replication's outcome: the step it signed at (-1: never) and the islands transferred. */
    void addOutcome(int signedStep, double islands) {
        replications++;
        if (signedStep < 0) return;
        signed++;
        long q = (long) (islands * ISLANDS_FIXED), nl = islandsLo + q;
        islandsHi += (q >> 63) + (Long.compareUnsigned(nl, islandsLo) < 0 ? 1 : 0);
        islandsLo = nl;
    }

    /** Adds the replications of another run of the same scenario and seed (disjoint replications). */
    public void merge(RunStatistics o) {
        if (o.months != months) throw new IllegalArgumentException("statistics of different spans");
        replications += o.replications;
        signed += o.signed;
        long nl = islandsLo + o.islandsLo;
        islandsHi += o.islandsHi + (Long.compareUnsigned(nl, islandsLo) < 0 ? 1 : 0);
        islandsLo = nl;
        for (int m = 0; m < months; m++) signedBy[m] += o.signedBy[m];
        for (int c = 0; c < count.length; c++) {
            if (o.count[c] == 0) continue;
            count[c] = Math.addExact(count[c], o.count[c]);
            long lo = sumLo[c], s = lo + o.sumLo[c];
            sumHi[c] += o.sumHi[c] + (Long.compareUnsigned(s, lo) < 0 ? 1 : 0);
            sumLo[c] = s;
            sketch[c].merge(o.sketch[c]);
        }
        decisions.merge(o.decisions);
    }

    /** A 128-bit two's-complement integer (hi, lo) as the nearest double (deterministic). */
    static double toDouble(long hi, long lo) {
        return hi * 0x1p64 + ((lo >>> 11) * 0x1p11 + (lo & 0x7FF));
    }

    // ---- the state file ----

    /**
     * Writes the state (gzip-compressed, canonical: the same replications give the same bytes whatever the threads).
     * Format in docs/cluster.md.
     */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); }
        };
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(scenario.name());
        out.writeInt(months);
        out.writeInt(K);
        for (Var v : METRICS) out.writeUTF(v.id);
        out.writeDouble(QuantileSketch.RELATIVE_ACCURACY);
        out.writeDouble(QuantileSketch.FLOOR_SHARE);
        out.writeInt(QuantileSketch.EXACT);
        out.writeLong(seed);
        out.writeLong(replications);
        out.writeLong(signed);
        out.writeLong(islandsHi);
        out.writeLong(islandsLo);
        for (long x : signedBy) out.writeLong(x);
        for (int c = 0; c < count.length; c++) {
            out.writeInt(count[c]);
            out.writeLong(sumHi[c]);
            out.writeLong(sumLo[c]);
            if (sketch[c] != null) sketch[c].write(out);
        }
        decisions.write(out);
        out.flush();
        gz.finish();
    }

    /**
     * Reads a state written by {@link #write} for {@code scenario} and {@code seed}; throws IOException naming what
     * does not fit (another scenario, span or format version, a damaged file).
     */
    public static RunStatistics read(InputStream is, Scenario scenario, long seed, List<DecisionTally.Window> windows) throws IOException {
        try {
            return readChecked(is, scenario, seed, windows);
        } catch (RuntimeException e) { // garbage read from a damaged file before its checksum is reached
            throw new IOException("damaged state (" + e + ")", e);
        }
    }

    private static RunStatistics readChecked(InputStream is, Scenario scenario, long seed, List<DecisionTally.Window> windows) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) throw new IOException("not a TreatySim run state");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("run state version " + version + "; this TreatySim reads version " + VERSION);
        String name = in.readUTF();
        if (!name.equals(scenario.name())) throw new IOException("the state is of scenario '" + name + "', not '" + scenario.name() + "'");
        RunStatistics s = new RunStatistics(scenario, seed, windows);
        if (in.readInt() != s.months) throw new IOException("the state covers another span of months");
        if (in.readInt() != K) throw new IOException("the state records other variables");
        for (Var v : METRICS) if (!v.id.equals(in.readUTF())) throw new IOException("the state records other variables");
        if (in.readDouble() != QuantileSketch.RELATIVE_ACCURACY || in.readDouble() != QuantileSketch.FLOOR_SHARE
                || in.readInt() != QuantileSketch.EXACT) {
            throw new IOException("the state's sketches have another accuracy");
        }
        if (in.readLong() != seed) throw new IOException("the state is of another seed");
        s.replications = in.readLong();
        s.signed = in.readLong();
        s.islandsHi = in.readLong();
        s.islandsLo = in.readLong();
        for (int m = 0; m < s.months; m++) s.signedBy[m] = in.readLong();
        for (int c = 0; c < s.count.length; c++) {
            s.count[c] = in.readInt();
            s.sumHi[c] = in.readLong();
            s.sumLo[c] = in.readLong();
            if (s.sketch[c] != null) {
                s.sketch[c] = QuantileSketch.read(in, FLOOR[c % K]);
                if (s.sketch[c].count() != s.count[c]) throw new IOException("damaged state: counts disagree");
            }
        }
        s.decisions.readFrom(in);
        if (in.read() != -1) throw new IOException("damaged state: text follows its end");
        return s;
    }
}
