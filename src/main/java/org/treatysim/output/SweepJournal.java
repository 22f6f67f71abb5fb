package org.treatysim.output;

import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sweep.journal}: the record that makes a sweep directory verifiable. Its first line names the format and the
 * SHA-256 of {@code sweep.json}; every later line records, after a block was flushed to disk, the next point to run,
 * the lengths of {@code points.csv} and {@code results.csv} and the SHA-256 of each up to that length:
 * <pre>
 * treatysim-sweep-journal 2 sweep.json SHA
 * block NEXT POINTS_BYTES RESULTS_BYTES POINTS_SHA RESULTS_SHA
 * ...
 * complete END POINTS_BYTES RESULTS_BYTES POINTS_SHA RESULTS_SHA
 * </pre>
 * {@link #verify} checks every line, and the files against every line (checksums, and row counts against the design),
 * before a sweep is resumed, merged or analysed: a journal or file that does not match is refused, and nothing is
 * changed. A last line without its newline was cut by a kill and is ignored.
 */
public final class SweepJournal {
    static final String MAGIC = "treatysim-sweep-journal";
    static final int VERSION = 2;
    private static final Pattern HEADER = Pattern.compile(Pattern.quote(MAGIC) + " (\\d{1,3}) sweep\\.json ([0-9a-f]{64})");
    private static final Pattern LINE = Pattern.compile("(block|complete) (\\d{1,10}) (\\d{1,19}) (\\d{1,19}) ([0-9a-f]{64}) ([0-9a-f]{64})");
    private static final Pattern LEGACY = Pattern.compile("(block|complete) \\d+ \\d+ \\d+");
    /** The longest line the format can produce (a longer one is damage, not a journal line). */
    private static final int MAX_LINE = 256;
    static final Set<String> FILES = Set.of(SweepWriter.MANIFEST, SweepWriter.POINTS, SweepWriter.RESULTS, SweepWriter.JOURNAL);
    private static final String HINT = "a sweep's files must stay exactly as the sweep wrote them, and nothing was changed; "
            + "restore them from a copy, or run the sweep again into a new directory (--out)";

    private SweepJournal() {}

    /** One journal line: the state of the files after a block. {@code line} is its 1-based line number. */
    public record Entry(int line, boolean complete, int next, long pointsBytes, long resultsBytes, String pointsSha, String resultsSha) {}

    /** A verified sweep directory: its manifest, its last journal entry, and the running checksums at that entry. */
    public record State(SweepManifest.Info info, Entry last, long journalBytes, MessageDigest points, MessageDigest results) {}

    /** Recognises a directory that {@code sweep} (or {@code merge}) wrote, from its content. */
    public static final OutputDir.Owner OWNER = new OutputDir.Owner() {
        @Override public String command() { return "sweep"; }

        @Override public String problem(Path dir) {
            List<String> names = OutputDir.entries(dir);
            List<String> foreign = new ArrayList<>();
            for (String n : names) if (!FILES.contains(n) || !Files.isRegularFile(dir.resolve(n), LinkOption.NOFOLLOW_LINKS)) foreign.add(n);
            if (!names.contains(SweepWriter.MANIFEST)) {
                Path m = dir.resolve(Seal.MANIFEST);
                if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Seal.Read r = Seal.read(m);
                        if (r.text("tool").equals("treatysim") && !r.text("command").isEmpty()) return "holds the results of `" + r.text("command") + "`, not a sweep";
                    } catch (ScenarioException e) {
                        // not ours: reported below
                    }
                }
                return "holds files TreatySim did not write: " + OutputDir.some(foreign.isEmpty() ? names : foreign);
            }
            if (!foreign.isEmpty()) return "holds files `sweep` did not write: " + OutputDir.some(foreign);
            try {
                verify(dir, false);
                return null;
            } catch (ScenarioException e) {
                return "holds a sweep that TreatySim cannot verify (" + e.getMessage().lines().findFirst().orElse("") + ")";
            }
        }
    };

    static String header(byte[] manifest) {
        return MAGIC + " " + VERSION + " sweep.json " + Sha256.hex(manifest) + "\n";
    }

    static String line(boolean complete, int next, long pointsBytes, long resultsBytes, String pointsSha, String resultsSha) {
        return (complete ? "complete " : "block ") + next + " " + pointsBytes + " " + resultsBytes + " " + pointsSha + " " + resultsSha + "\n";
    }

    /** The journal's lines, checked one by one; {@code bytes} is the length up to the last complete line. */
    record Parsed(String manifestSha, List<Entry> entries, long bytes) {}

    static Parsed parse(Path journal) {
        List<Entry> entries = new ArrayList<>();
        String sha = null;
        long bytes = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(journal), 1 << 16)) {
            byte[] buf = new byte[MAX_LINE + 1];
            int lineNo = 0;
            while (true) {
                int n = 0, c;
                while ((c = in.read()) != -1 && c != '\n') {
                    if (n == buf.length) throw err(journal, lineNo + 1, "line is longer than any journal line (" + MAX_LINE + " bytes)");
                    buf[n++] = (byte) c;
                }
                if (c == -1) break; // end of file; a last line without '\n' was cut by a kill and does not count
                lineNo++;
                String line = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                if (lineNo == 1) {
                    Matcher h = HEADER.matcher(line);
                    if (h.matches() && Integer.parseInt(h.group(1)) == VERSION) sha = h.group(2);
                    else if (LEGACY.matcher(line).matches()) {
                        throw err(journal, 1, "this sweep was written by an earlier TreatySim version, whose journal records no checksums, so it cannot be verified",
                                "run the sweep again into a new directory (--out) to get verifiable results");
                    } else throw err(journal, 1, "not a TreatySim sweep journal (the first line must be '" + MAGIC + " " + VERSION + " sweep.json SHA-256')");
                } else {
                    Matcher m = LINE.matcher(line);
                    if (!m.matches()) throw err(journal, lineNo, "malformed line '" + printable(line) + "' (expected: block|complete NEXT POINTS_BYTES RESULTS_BYTES SHA SHA)");
                    long next = Long.parseLong(m.group(2));
                    if (next > Integer.MAX_VALUE) throw err(journal, lineNo, "point " + next + " is beyond any design");
                    entries.add(new Entry(lineNo, m.group(1).equals("complete"), (int) next, Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), m.group(5), m.group(6)));
                }
                bytes += n + 1;
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(journal, "the sweep has no journal", HINT);
        } catch (NumberFormatException e) {
            throw err(journal, entries.size() + 2, "a number is out of range");
        } catch (IOException e) {
            throw new ScenarioException(journal, "cannot read: " + e.getMessage(), "check the file and its permissions");
        }
        if (sha == null) throw err(journal, 1, "the journal is empty");
        if (entries.isEmpty()) throw err(journal, 2, "the journal records no block");
        return new Parsed(sha, entries, bytes);
    }

    private static String printable(String s) {
        String t = s.replaceAll("[^\\x20-\\x7e]", "?");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private static ScenarioException err(Path f, int line, String problem) {
        return err(f, line, problem, HINT);
    }

    private static ScenarioException err(Path f, int line, String problem, String hint) {
        return new ScenarioException(f, line, 1, problem, hint);
    }

    /**
     * Verifies a sweep directory: its manifest, every journal line, and both CSV files against every line (SHA-256 and
     * row counts). With {@code complete}, the sweep must be finished and the files must end exactly where the journal
     * says; otherwise the files may run on past the last line (a block cut by a kill), which resuming drops.
     *
     * @throws ScenarioException at the first mismatch, naming the file and line
     */
    public static State verify(Path dir, boolean complete) {
        SweepManifest.Info info = SweepManifest.read(dir);
        Path journal = dir.resolve(SweepWriter.JOURNAL);
        Parsed p = parse(journal);
        if (!p.manifestSha().equals(Sha256.hex(info.bytes()))) {
            throw err(journal, 1, "sweep.json was changed after the sweep wrote it (its SHA-256 is not the one the journal records)");
        }
        int first = info.first(), end = info.end();
        Entry prev = null;
        for (Entry e : p.entries()) {
            if (e.next() < first || e.next() > end) {
                throw err(journal, e.line(), "point " + e.next() + " lies outside " + info.slice() + " (points " + first + " to " + end + ")");
            }
            if (prev == null && (e.complete() || e.next() != first)) throw err(journal, e.line(), "the first entry must be 'block " + first + "'");
            if (prev != null) {
                if (prev.complete()) throw err(journal, e.line(), "a line follows the 'complete' line");
                if (e.next() < prev.next() || e.pointsBytes() < prev.pointsBytes() || e.resultsBytes() < prev.resultsBytes()) {
                    throw err(journal, e.line(), "goes backwards from line " + prev.line());
                }
            }
            if (e.complete() && e.next() != end) throw err(journal, e.line(), "marks the sweep complete at point " + e.next() + ", but " + info.slice() + " ends at " + end);
            prev = e;
        }
        Entry last = p.entries().get(p.entries().size() - 1);
        if (complete && !last.complete()) {
            throw new ScenarioException(journal, last.line(), 1, "the sweep is unfinished: it stopped at point " + last.next() + " of " + first + ".." + end,
                    "finish it with `treatysim sweep SWEEP --resume --out " + dir + "`");
        }
        try {
            if (complete && Files.size(journal) != p.bytes()) throw err(journal, last.line() + 1, "text follows the 'complete' line");
        } catch (IOException e) {
            throw new ScenarioException(journal, "cannot read: " + e.getMessage(), "check the file and its permissions");
        }
        long perPoint = (long) info.replications() * info.metrics().size();
        MessageDigest pd = check(dir.resolve(SweepWriter.POINTS), p.entries(), true, first, 1, complete, journal);
        MessageDigest rd = check(dir.resolve(SweepWriter.RESULTS), p.entries(), false, first, perPoint, complete, journal);
        return new State(info, last, p.bytes(), pd, rd);
    }

    /**
     * Streams a CSV file, checking at each entry's length its SHA-256 and that it holds the header plus
     * {@code rowsPerPoint} rows per finished point. Returns the running digest at the last entry.
     */
    private static MessageDigest check(Path file, List<Entry> entries, boolean points, int first, long rowsPerPoint, boolean exact, Path journal) {
        String name = file.getFileName().toString();
        Entry last = entries.get(entries.size() - 1);
        long want = points ? last.pointsBytes() : last.resultsBytes();
        MessageDigest md = Sha256.digest();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new ScenarioException(file, "the sweep's " + name + " is missing", HINT);
            long size = Files.size(file);
            if (size < want) {
                throw new ScenarioException(file, name + " holds " + size + " bytes, fewer than the " + want + " that " + journal.getFileName()
                        + " line " + last.line() + " records; it was cut or changed", HINT);
            }
            if (exact && size != want) {
                throw new ScenarioException(file, name + " holds " + size + " bytes, more than the " + want + " that " + journal.getFileName()
                        + " line " + last.line() + " records; rows were added", HINT);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                long pos = 0, newlines = 0;
                int lastByte = -1;
                for (Entry e : entries) {
                    long at = points ? e.pointsBytes() : e.resultsBytes();
                    while (pos < at) {
                        int n = in.read(buf, 0, (int) Math.min(buf.length, at - pos));
                        if (n <= 0) throw new ScenarioException(file, name + " ended early", HINT);
                        md.update(buf, 0, n);
                        for (int i = 0; i < n; i++) if (buf[i] == '\n') newlines++;
                        lastByte = buf[n - 1];
                        pos += n;
                    }
                    String sha = points ? e.pointsSha() : e.resultsSha();
                    long rows = 1 + (e.next() - first) * rowsPerPoint;
                    if (newlines != rows || lastByte != '\n' || !Sha256.hexSoFar(md).equals(sha)) {
                        throw new ScenarioException(file, name + " does not match " + journal.getFileName() + " line " + e.line() + " ("
                                + (newlines != rows ? newlines + " lines where " + rows + " were written for points " + first + ".." + (e.next() - 1)
                                : "its first " + at + " bytes differ from what the sweep wrote") + ")", HINT);
                    }
                }
            }
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot read: " + e.getMessage(), "check the file and its permissions");
        }
        return md;
    }
}
