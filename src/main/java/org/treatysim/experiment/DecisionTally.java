package org.treatysim.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the agents decided over many replications, in memory that does not grow with the replication count: for each
 * decision ({@code rule=option}) the number of replications in which it fired, a histogram of the month it first
 * fired, and a histogram of every firing; plus, for each registered window, the number of replications in which it
 * fired inside the window. Tallies of disjoint replications merge by addition, so the result does not depend on the
 * order of merging (threads, shards).
 */
public final class DecisionTally {
    /** A window of interest: decision {@code key} firing in months {@code from..to} (step indices, inclusive). */
    public record Window(String key, int from, int to) {}

    private final int months;
    private final List<Window> windows;
    private final long[] windowHits;
    private final Map<String, Entry> entries = new TreeMap<>();
    private long replications;

    /** Counts for one decision. */
    public static final class Entry {
        long replications;
        final long[] first, all;

        Entry(int months) {
            first = new long[months];
            all = new long[months];
        }

        public long replications() { return replications; }

        /** Replications whose first firing was in month m. */
        public long first(int m) { return first[m]; }

        /** Firings in month m over all replications. */
        public long all(int m) { return all[m]; }
    }

    public DecisionTally(int months, List<Window> windows) {
        this.months = months;
        this.windows = List.copyOf(windows);
        this.windowHits = new long[windows.size()];
    }

    public int months() { return months; }
    public long replications() { return replications; }
    public List<Window> windows() { return windows; }

    /** Adds one replication's decisions (in month order). */
    public void add(List<DecisionRecord> records) {
        replications++;
        Map<String, Integer> firstSeen = new TreeMap<>();
        boolean[] hit = new boolean[windows.size()];
        for (DecisionRecord r : records) {
            String k = r.key();
            Entry e = entries.computeIfAbsent(k, x -> new Entry(months));
            e.all[r.month()]++;
            if (!firstSeen.containsKey(k)) {
                firstSeen.put(k, r.month());
                e.replications++;
                e.first[r.month()]++;
            }
            for (int i = 0; i < hit.length; i++) {
                Window w = windows.get(i);
                if (!hit[i] && w.key().equals(k) && r.month() >= w.from() && r.month() <= w.to()) hit[i] = true;
            }
        }
        for (int i = 0; i < hit.length; i++) if (hit[i]) windowHits[i]++;
    }

    /** Adds another tally of other replications (same months and windows). */
    public void merge(DecisionTally o) {
        if (o.months != months || !o.windows.equals(windows)) throw new IllegalArgumentException("tallies of different shapes");
        replications += o.replications;
        for (int i = 0; i < windowHits.length; i++) windowHits[i] += o.windowHits[i];
        for (Map.Entry<String, Entry> en : o.entries.entrySet()) {
            Entry e = entries.computeIfAbsent(en.getKey(), x -> new Entry(months));
            e.replications += en.getValue().replications;
            for (int m = 0; m < months; m++) {
                e.first[m] += en.getValue().first[m];
                e.all[m] += en.getValue().all[m];
            }
        }
    }

    /** Decisions that fired at least once, by key in sorted order. */
    public Map<String, Entry> entries() { return Collections.unmodifiableMap(entries); }

    /** Share of replications in which window {@code i} saw its decision fire. */
    public double windowShare(int i) { return replications == 0 ? Double.NaN : windowHits[i] / (double) replications; }

    /** Share of replications in which decision {@code key} fired at all. */
    public double share(String key) {
        Entry e = entries.get(key);
        return e == null || replications == 0 ? 0.0 : e.replications / (double) replications;
    }

    /** Median month of the first firing among the replications where it fired, -1 if it never fired. */
    public int medianFirstMonth(String key) { return quantileFirstMonth(key, 0.5); }

    /** Quantile q of the month of first firing among replications where it fired (lower of the two middle), -1 if none. */
    public int quantileFirstMonth(String key, double q) {
        Entry e = entries.get(key);
        if (e == null || e.replications == 0) return -1;
        long target = (long) Math.ceil(q * e.replications);
        if (target < 1) target = 1;
        long acc = 0;
        for (int m = 0; m < months; m++) {
            acc += e.first[m];
            if (acc >= target) return m;
        }
        return months - 1;
    }

    /** Writes the tally (part of a run's state file; canonical: keys in sorted order, months as sparse lists). */
    void write(DataOutput out) throws IOException {
        out.writeInt(months);
        out.writeInt(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            out.writeUTF(w.key());
            out.writeInt(w.from());
            out.writeInt(w.to());
            out.writeLong(windowHits[i]);
        }
        out.writeLong(replications);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> en : entries.entrySet()) {
            out.writeUTF(en.getKey());
            out.writeLong(en.getValue().replications);
            writeSparse(out, en.getValue().first);
            writeSparse(out, en.getValue().all);
        }
    }

    private static void writeSparse(DataOutput out, long[] a) throws IOException {
        int nz = 0;
        for (long x : a) if (x != 0) nz++;
        out.writeInt(nz);
        for (int m = 0; m < a.length; m++) {
            if (a[m] != 0) { out.writeInt(m); out.writeLong(a[m]); }
        }
    }

    /** Reads a tally written by {@link #write} into this empty one (same months and windows). */
    void readFrom(DataInput in) throws IOException {
        if (in.readInt() != months) throw new IOException("the decision tally covers another span of months");
        int nw = in.readInt();
        if (nw != windows.size()) throw new IOException("the decision tally has other windows");
        for (int i = 0; i < nw; i++) {
            Window w = new Window(in.readUTF(), in.readInt(), in.readInt());
            if (!w.equals(windows.get(i))) throw new IOException("the decision tally has other windows");
            windowHits[i] = in.readLong();
        }
        replications = in.readLong();
        int n = in.readInt();
        if (n < 0) throw new IOException("damaged decision tally");
        for (int i = 0; i < n; i++) {
            Entry e = new Entry(months);
            entries.put(in.readUTF(), e);
            e.replications = in.readLong();
            readSparse(in, e.first);
            readSparse(in, e.all);
        }
    }

    private static void readSparse(DataInput in, long[] a) throws IOException {
        int nz = in.readInt();
        if (nz < 0 || nz > a.length) throw new IOException("damaged decision tally");
        for (int i = 0; i < nz; i++) {
            int m = in.readInt();
            if (m < 0 || m >= a.length) throw new IOException("damaged decision tally");
            a[m] = in.readLong();
        }
    }

    /** Keys in sorted order. */
    public List<String> keys() { return new ArrayList<>(entries.keySet()); }
}
