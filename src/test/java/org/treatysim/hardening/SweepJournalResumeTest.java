package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.TestSupport.CliResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, must-fix 3: {@code sweep --resume} validates every journal line and the finished part of the files (row
 * counts, checksums) before it touches anything. A malformed or hostile journal, or files that do not match it, are
 * refused with a clear error (exit code 2), and every byte is kept.
 */
class SweepJournalResumeTest {
    @TempDir static Path shared;
    static Path sweepFile, reference, partial;

    @TempDir Path dir;

    static final String[] FILES = {"sweep.json", "points.csv", "results.csv"};

    @BeforeAll static void sweeps() throws IOException {
        sweepFile = Files.writeString(shared.resolve("six.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n" + """
                design: {type: lhs, n: 6}
                replications: 2
                seed: 4
                parameters:
                  negotiation.h_max:
                  jp.us_push:
                metrics: [p_treaty_by:2025-12, peak_hazard:1990-01..2000-12]
                """);
        reference = shared.resolve("reference");
        CliResult r = TestSupport.cli("sweep", sweepFile.toString(), "--quiet", "-t", "1", "--block-points", "1", "--out", reference.toString());
        assertEquals(0, r.exit(), r.err());
        // A sweep killed after its third block: the journal ends there; the files may hold more (a torn tail).
        partial = shared.resolve("partial");
        copyTree(reference, partial);
        List<String> lines = Files.readAllLines(partial.resolve("sweep.journal"));
        List<String> kept = new ArrayList<>();
        int blocks = 0;
        for (String l : lines) {
            kept.add(l);
            if (l.startsWith("block ") && ++blocks == 3) break;
        }
        Files.writeString(partial.resolve("sweep.journal"), String.join("\n", kept) + "\n");
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : (Iterable<Path>) s::iterator) Files.copy(p, to.resolve(p.getFileName()));
        }
    }

    private Path damaged(String name, UnaryOperator<String> journal, UnaryOperator<String> results) throws IOException {
        Path d = dir.resolve(name);
        copyTree(partial, d);
        Path j = d.resolve("sweep.journal"), r = d.resolve("results.csv");
        Files.writeString(j, journal.apply(Files.readString(j)));
        Files.writeString(r, results.apply(Files.readString(r)));
        return d;
    }

    /** The journal's last line, with field {@code k} (0-based, split at spaces) replaced. */
    private static UnaryOperator<String> lastLineField(int k, String value) {
        return text -> {
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            String[] f = lines.get(lines.size() - 1).split(" ");
            f[k] = value;
            lines.add(String.join(" ", f));
            return String.join("\n", lines) + "\n";
        };
    }

    private static void refusedAndKept(Path d, String why) throws IOException {
        Map<String, String> before = ForceReplacesOnlyOwnResultsTest.snapshot(d);
        CliResult r = TestSupport.cli("sweep", sweepFile.toString(), "--resume", "--quiet", "-t", "1", "--out", d.toString());
        assertEquals(2, r.exit(), why + ": " + r.out() + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.out().contains("resuming"), why + ": " + r.out());
        assertTrue(r.err().contains("sweep.journal") || r.err().contains("results.csv") || r.err().contains("points.csv"),
                why + ": the message names the file: " + r.err());
        assertEquals(before, ForceReplacesOnlyOwnResultsTest.snapshot(d), why + ": every byte is kept");
    }

    @Test void aBlockNumberBeyondTheDesignIsRefused() throws IOException {
        refusedAndKept(damaged("beyond", lastLineField(1, "99999"), UnaryOperator.identity()), "block beyond the design");
    }

    @Test void aNegativeOrGarbledLineIsRefused() throws IOException {
        refusedAndKept(damaged("negative", lastLineField(1, "-3"), UnaryOperator.identity()), "negative block");
        refusedAndKept(damaged("garbled", t -> t + "rm -rf / 1 2\n", UnaryOperator.identity()), "garbage line");
        refusedAndKept(damaged("nonnumeric", lastLineField(2, "12x"), UnaryOperator.identity()), "non-numeric length");
    }

    @Test void lengthsThatDoNotMatchTheRowsAreRefused() throws IOException {
        // Shorter than the finished part: resuming would cut finished rows away.
        refusedAndKept(damaged("short", lastLineField(3, "40"), UnaryOperator.identity()), "results length too short");
        // Longer than the file.
        refusedAndKept(damaged("long", lastLineField(2, "99999999"), UnaryOperator.identity()), "points length beyond the file");
    }

    @Test void aForgedCompleteLineIsRefused() throws IOException {
        Path d = damaged("forged", t -> {
            List<String> lines = new ArrayList<>(List.of(t.split("\n")));
            String[] f = lines.get(lines.size() - 1).split(" ");
            f[0] = "complete";
            f[1] = "6";
            lines.add(String.join(" ", f));
            return String.join("\n", lines) + "\n";
        }, UnaryOperator.identity());
        refusedAndKept(d, "complete marker without the rows");
    }

    @Test void aRowDeletedFromTheFinishedPartIsRefused() throws IOException {
        refusedAndKept(damaged("deleted-row", UnaryOperator.identity(), t -> t.replaceFirst("\n0,1,[^\n]*\n", "\n")), "deleted row");
        refusedAndKept(damaged("nan", UnaryOperator.identity(), t -> t.replaceFirst("\n(1,0,p_treaty_by:2025-12,)[^\n]*\n", "\n$1NaN\n")), "NaN value");
    }

    @Test void theUndamagedPartialSweepResumesToTheReferenceBytes() throws IOException {
        Path d = dir.resolve("ok");
        copyTree(partial, d);
        CliResult r = TestSupport.cli("sweep", sweepFile.toString(), "--resume", "--quiet", "-t", "2", "--out", d.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("resuming at point 2"), r.out());
        for (String f : FILES) assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(d.resolve(f)), f);
        assertTrue(new String(Files.readAllBytes(d.resolve("sweep.journal")), StandardCharsets.US_ASCII).contains("complete 6 "));
    }
}
