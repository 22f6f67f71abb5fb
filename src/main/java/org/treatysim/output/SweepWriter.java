package org.treatysim.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.treatysim.experiment.SweepRunner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a sweep's results into a directory: {@code sweep.json} (the manifest), {@code points.csv}
 * ({@code point,<parameters...>}), {@code results.csv} ({@code point,replication,metric,value}) and
 * {@code sweep.journal}. Blocks are appended in point order; after each block both CSV files are forced to disk
 * and only then a journal line records the next point and both files' lengths. A sweep killed at any moment
 * therefore resumes from the last journalled block: the CSV files are cut back to the journalled lengths
 * (dropping a partly written block) and the run goes on from the journalled point, so no row is lost or repeated.
 */
public final class SweepWriter implements SweepRunner.Sink, AutoCloseable {
    public static final String MANIFEST = "sweep.json", POINTS = "points.csv", RESULTS = "results.csv", JOURNAL = "sweep.journal";
    private static final CsvMapper CSV = CsvMapper.builder().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");

    private final Path dir;
    private final List<String> metrics;
    private final FileChannel points, results, journal;
    private int next;

    private SweepWriter(Path dir, List<String> metrics, int next) throws IOException {
        this.dir = dir;
        this.metrics = metrics;
        this.next = next;
        this.points = FileChannel.open(dir.resolve(POINTS), StandardOpenOption.WRITE);
        this.results = FileChannel.open(dir.resolve(RESULTS), StandardOpenOption.WRITE);
        this.journal = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.WRITE);
        points.position(points.size());
        results.position(results.size());
        journal.position(journal.size());
    }

    /** The journal's last complete line: the next point to run and the lengths of the CSV files up to it. */
    public record Entry(boolean complete, int next, long pointsBytes, long resultsBytes, long journalBytes) {}

    /** What a directory holds: nothing, or a sweep with its manifest and last journal entry (null if none yet). */
    public record State(boolean exists, byte[] manifest, Entry last) {}

    public static State state(Path dir) {
        Path man = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(man)) return new State(false, null, null);
        try {
            return new State(true, Files.readAllBytes(man), lastEntry(dir.resolve(JOURNAL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + man + ": " + e.getMessage(), e);
        }
    }

    static Entry lastEntry(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) return null;
        byte[] b = Files.readAllBytes(journal);
        Entry last = null;
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] != '\n') continue;
            String line = new String(b, start, i - start, StandardCharsets.US_ASCII);
            String[] f = line.split(" ");
            if (f.length == 4 && (f[0].equals("block") || f[0].equals("complete"))) {
                last = new Entry(f[0].equals("complete"), Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), i + 1);
            } else {
                throw new IllegalArgumentException(journal + " is damaged at byte " + start + "; start the sweep again with --force");
            }
            start = i + 1;
        }
        return last; // a last line without '\n' was cut by a kill and is ignored
    }

    /** Starts a new sweep in {@code dir} (which must be absent or empty), writing the manifest and the CSV headers. */
    public static SweepWriter create(Path dir, byte[] manifest, List<String> parameters, List<String> metrics, int first) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(MANIFEST), manifest);
            List<String> ph = new ArrayList<>();
            ph.add("point");
            ph.addAll(parameters);
            byte[] p = csv(List.<String[]>of(ph.toArray(new String[0])));
            byte[] r = csv(List.<String[]>of(new String[] {"point", "replication", "metric", "value"}));
            Files.write(dir.resolve(POINTS), p);
            Files.write(dir.resolve(RESULTS), r);
            Files.write(dir.resolve(JOURNAL), new byte[0]);
            SweepWriter w = new SweepWriter(dir, metrics, first);
            w.points.force(true);
            w.results.force(true);
            w.appendJournal("block", first);
            fsyncDir(dir);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Continues a sweep at its last journalled block, cutting off anything written after it. */
    public static SweepWriter resume(Path dir, Entry last, List<String> metrics) {
        try {
            truncate(dir.resolve(POINTS), last.pointsBytes());
            truncate(dir.resolve(RESULTS), last.resultsBytes());
            truncate(dir.resolve(JOURNAL), last.journalBytes());
            return new SweepWriter(dir, metrics, last.next());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume the sweep in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void truncate(Path f, long size) throws IOException {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
            if (c.size() < size) throw new IllegalArgumentException(f + " is shorter (" + c.size() + " bytes) than its journal records (" + size + "); it was changed by hand; start again with --force");
            c.truncate(size);
            c.force(true);
        }
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
            for (int d = 0; d < values[i].length; d++) row[d + 1] = Num.fmt(values[i][d]);
            prow.add(row);
            for (int rep = 0; rep < res[i].length; rep++) {
                String r = Integer.toString(rep);
                for (int m = 0; m < metrics.size(); m++) rrow.add(new String[] {id, r, metrics.get(m), Num.fmt(res[i][rep][m])});
            }
        }
        try {
            write(points, csv(prow));
            write(results, csv(rrow));
            points.force(false);
            results.force(false);
            next = firstPoint + values.length;
            appendJournal("block", next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep results in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Marks the sweep complete. */
    public void finish() {
        try {
            appendJournal("complete", next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void appendJournal(String kind, int nextPoint) throws IOException {
        String line = kind + " " + nextPoint + " " + points.size() + " " + results.size() + "\n";
        write(journal, line.getBytes(StandardCharsets.US_ASCII));
        journal.force(false);
    }

    private static void write(FileChannel c, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) c.write(b);
    }

    static byte[] csv(List<String[]> rows) {
        StringWriter sw = new StringWriter();
        try (SequenceWriter w = CSV.writerFor(String[].class).with(SCHEMA).writeValues(sw)) {
            for (String[] r : rows) w.write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void fsyncDir(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not every file system lets a directory be opened for syncing
        }
    }

    @Override public void close() {
        for (FileChannel c : new FileChannel[] {points, results, journal}) {
            try { c.close(); } catch (IOException ignored) { /* closing after a forced write */ }
        }
    }
}
