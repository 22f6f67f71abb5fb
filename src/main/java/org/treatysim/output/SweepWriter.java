package org.treatysim.output;

import org.treatysim.experiment.SweepRunner;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a sweep's results into a directory: {@code sweep.json} (the manifest), {@code points.csv}
 * ({@code point,<parameters...>}), {@code results.csv} ({@code point,replication,metric,value}) and
 * {@code sweep.journal} ({@link SweepJournal}). Blocks are appended in point order; after each block both CSV files
 * are forced to disk and only then a journal line records the next point, both files' lengths and their SHA-256 up
 * to there. A sweep killed at any moment therefore resumes from the last journalled block, after
 * {@link SweepJournal#verify} has checked the files against the journal: the CSV files are cut back to the journalled
 * lengths (dropping a partly written block) and the run goes on from the journalled point, so no row is lost or
 * repeated. The writer holds an OS lock on the journal, so two processes never append to one sweep.
 */
public final class SweepWriter implements SweepRunner.Sink, AutoCloseable {
    public static final String MANIFEST = "sweep.json", POINTS = "points.csv", RESULTS = "results.csv", JOURNAL = "sweep.journal";

    private final Path dir;
    private final List<String> metrics;
    private final FileChannel points, results, journal;
    private final FileLock lock;
    private final MessageDigest pointsSha, resultsSha;
    private int next;

    private SweepWriter(Path dir, List<String> metrics, SweepJournal.State st, FileChannel points, FileChannel results, FileChannel journal,
                        FileLock lock) throws IOException {
        this.dir = dir;
        this.metrics = metrics;
        this.next = st.last().next();
        this.points = points;
        this.results = results;
        this.journal = journal;
        this.lock = lock;
        this.pointsSha = Sha256.copy(st.points());
        this.resultsSha = Sha256.copy(st.results());
        points.position(points.size());
        results.position(results.size());
        journal.position(journal.size());
    }

    /**
     * Writes the first files of a new sweep into a staging directory: the manifest, both CSV headers, and the
     * journal's header and first line ({@code block first}). Commit the directory, then {@link #open} it.
     */
    public static void init(OutputDir out, byte[] manifest, List<String> parameters, int first) throws IOException {
        List<String> ph = new ArrayList<>();
        ph.add("point");
        ph.addAll(parameters);
        byte[] p = CsvTable.strictBytes(List.<String[]>of(ph.toArray(new String[0])));
        byte[] r = CsvTable.strictBytes(List.<String[]>of(new String[] {"point", "replication", "metric", "value"}));
        Files.write(out.file(MANIFEST), manifest);
        Files.write(out.file(POINTS), p);
        Files.write(out.file(RESULTS), r);
        Files.writeString(out.file(JOURNAL), SweepJournal.header(manifest) + SweepJournal.line(false, first, p.length, r.length, Sha256.hex(p), Sha256.hex(r)),
                StandardCharsets.US_ASCII);
    }

    /**
     * Opens a verified sweep to go on from its last journal entry: takes the lock, then cuts off anything written
     * after that entry (a block cut by a kill). Fails, changing nothing, if a file cannot be written.
     */
    public static SweepWriter open(Path dir, SweepJournal.State st, List<String> metrics) {
        FileChannel p = null, r = null, j = null;
        try {
            p = FileChannel.open(dir.resolve(POINTS), StandardOpenOption.WRITE);
            r = FileChannel.open(dir.resolve(RESULTS), StandardOpenOption.WRITE);
            j = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.WRITE);
            FileLock lock = j.tryLock();
            if (lock == null) throw new UsageException("another `treatysim sweep` is writing " + dir + "; wait for it to finish, or stop it first");
            cut(p, st.last().pointsBytes());
            cut(r, st.last().resultsBytes());
            cut(j, st.journalBytes());
            return new SweepWriter(dir, metrics, st, p, r, j, lock);
        } catch (IOException | OverlappingFileLockException e) {
            for (FileChannel c : new FileChannel[] {p, r, j}) closeQuietly(c);
            if (e instanceof OverlappingFileLockException) throw new UsageException("this process is already writing the sweep in " + dir);
            throw OutputException.writing(dir, e);
        } catch (RuntimeException e) {
            for (FileChannel c : new FileChannel[] {p, r, j}) closeQuietly(c);
            throw e;
        }
    }

    private static void cut(FileChannel c, long size) throws IOException {
        if (c.size() > size) {
            c.truncate(size);
            c.force(true);
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try { c.close(); } catch (IOException ignored) { /* it is being abandoned */ }
    }

    public Path dir() { return dir; }

    /** The next point this writer expects. */
    public int next() { return next; }

    @Override public void block(int firstPoint, double[][] values, double[][][] res) {
        if (firstPoint != next) throw new IllegalStateException("block at point " + firstPoint + ", expected " + next);
        List<String[]> prow = new ArrayList<>(values.length);
        List<String[]> rrow = new ArrayList<>(values.length * Math.max(1, res.length == 0 ? 1 : res[0].length) * metrics.size());
        for (int i = 0; i < values.length; i++) {
            String id = Integer.toString(firstPoint + i);
            String[] row = new String[values[i].length + 1];
            row[0] = id;
            for (int d = 0; d < values[i].length; d++) row[d + 1] = Decimals.format(values[i][d]);
            prow.add(row);
            for (int rep = 0; rep < res[i].length; rep++) {
                String r = Integer.toString(rep);
                for (int m = 0; m < metrics.size(); m++) rrow.add(new String[] {id, r, metrics.get(m), Decimals.format(res[i][rep][m])});
            }
        }
        try {
            byte[] pb = CsvTable.strictBytes(prow), rb = CsvTable.strictBytes(rrow);
            write(points, pb);
            write(results, rb);
            pointsSha.update(pb);
            resultsSha.update(rb);
            points.force(false);
            results.force(false);
            next = firstPoint + values.length;
            appendJournal(false);
        } catch (IOException e) {
            throw stopped(e);
        }
    }

    /** Marks the sweep complete. */
    public void finish() {
        try {
            appendJournal(true);
        } catch (IOException e) {
            throw stopped(e);
        }
    }

    private OutputException stopped(IOException e) {
        return OutputException.writing(dir, e, "The points finished so far are kept: fix the problem, then continue with --resume");
    }

    private void appendJournal(boolean complete) throws IOException {
        String line = SweepJournal.line(complete, next, points.size(), results.size(), Sha256.hexSoFar(pointsSha), Sha256.hexSoFar(resultsSha));
        write(journal, line.getBytes(StandardCharsets.US_ASCII));
        journal.force(false);
    }

    private static void write(FileChannel c, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) c.write(b);
    }

    @Override public void close() {
        try {
            if (lock.isValid()) lock.release();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
        for (FileChannel c : new FileChannel[] {points, results, journal}) {
            try { c.close(); } catch (IOException ignored) { /* closing after a forced write */ }
        }
    }
}
