package org.treatysim.hardening;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.TestSupport.CliResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, must-fix 5: an output that cannot be written (an immutable directory, a read-only mount, a path whose
 * parent is a file) is found before any computing, and reported as one clean error with exit code 2; nothing is left
 * half-written. Root ignores permission bits, so the tests make directories immutable with {@code chattr +i}, and
 * are skipped, saying so, where the file system does not support it.
 */
class UnwritableOutputTest {
    @TempDir Path dir;

    /** Runs chattr; false if it is missing or the file system does not support the flag. */
    static boolean chattr(String flag, Path p) {
        try {
            Process pr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
            pr.getInputStream().readAllBytes();
            return pr.waitFor(30, TimeUnit.SECONDS) && pr.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes {@code p} immutable for the test, or skips it with the reason. */
    static void immutable(Path p) {
        Assumptions.assumeTrue(chattr("+i", p), "assumption: `chattr +i` works here (root, a file system with the immutable flag); "
                + "without it this environment cannot make a directory unwritable for root, so the test is skipped");
        assertFalse(Files.isWritable(p) && canCreate(p), "the immutable flag takes effect");
    }

    private static boolean canCreate(Path d) {
        try {
            Files.delete(Files.createFile(d.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void clean(CliResult r) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "one clean message, no stack trace: " + r.err());
        assertTrue(r.err().contains("cannot write"), r.err());
    }

    @Test void runIntoAnImmutableDirectoryFailsBeforeComputing() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        immutable(locked);
        try {
            CliResult r = TestSupport.cli("run", "-n", "5", "--quiet", "--out", locked.resolve("results").toString());
            clean(r);
            assertTrue(r.err().contains(locked.resolve("results").toString()), r.err());
            // A million replications would take a quarter of an hour: the output check comes first.
            CliResult big = TestSupport.cli("run", "-n", "1000000", "--quiet", "--out", locked.resolve("results").toString());
            clean(big);
            assertTrue(big.err().contains(locked.resolve("results").toString()), "refused for the output, before the run: " + big.err());
            CliResult sweep = TestSupport.cli("sweep", "sweeps/lhs-small.yaml", "--quiet", "--out", locked.resolve("sweep").toString());
            clean(sweep);
        } finally {
            chattr("-i", locked);
        }
        try (var s = Files.list(locked)) {
            assertEquals(0, s.count(), "nothing was written");
        }
    }

    @Test void resumingASweepWhoseFilesAreImmutableKeepsEveryByte() throws IOException {
        Path sweepFile = Files.writeString(dir.resolve("s.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n" + """
                design: {type: lhs, n: 4}
                replications: 1
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12]
                """);
        Path out = dir.resolve("sweep");
        assertEquals(0, TestSupport.cli("sweep", sweepFile.toString(), "--quiet", "-t", "1", "--block-points", "1", "--out", out.toString()).exit());
        // Pretend it was killed after two blocks.
        Path journal = out.resolve("sweep.journal");
        String[] lines = Files.readString(journal).split("\n");
        StringBuilder kept = new StringBuilder();
        int blocks = 0;
        for (String l : lines) {
            kept.append(l).append('\n');
            if (l.startsWith("block ") && ++blocks == 2) break;
        }
        Files.writeString(journal, kept.toString());
        Map<String, String> before = ForceReplacesOnlyOwnResultsTest.snapshot(out);
        immutable(out.resolve("results.csv"));
        try {
            CliResult r = TestSupport.cli("sweep", sweepFile.toString(), "--resume", "--quiet", "-t", "1", "--out", out.toString());
            clean(r);
        } finally {
            chattr("-i", out.resolve("results.csv"));
        }
        assertEquals(before, ForceReplacesOnlyOwnResultsTest.snapshot(out), "every byte is kept");
    }

    @Test void anOutputWhoseParentIsAFileIsRefusedBeforeComputing() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
        for (String[] args : new String[][] {
                {"run", "-n", "5", "--quiet", "--out", file.resolve("results").toString()},
                {"evaluate", "-n", "5", "--quiet", "--out", file.resolve("eval").toString()},
                {"bargain", "examples/bdm-1994-emissions.csv", "--out", file.resolve("eu").toString()},
                {"sweep", "sweeps/lhs-small.yaml", "--quiet", "--out", file.resolve("sweep").toString()}}) {
            CliResult r = TestSupport.cli(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.err().contains("notes.txt"), r.err());
        }
        assertEquals("mine\n", Files.readString(file));
    }

    /**
     * Runs the CLI in a fresh JVM under {@code ulimit -f KB}: a write past that size fails with "File too large" as a
     * full disk fails with "No space left on device", in the middle of writing. Skips where bash cannot set the limit.
     */
    private CliResult limited(int kb, String... args) throws Exception {
        Path bash = Path.of("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash), "assumption: /bin/bash exists to set a file-size limit (ulimit -f)");
        StringBuilder cmd = new StringBuilder("ulimit -f " + kb + " && exec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:-UsePerfData -Xmx512m -Djava.awt.headless=true -cp '" + System.getProperty("java.class.path") + "' org.treatysim.cli.Main");
        for (String a : args) cmd.append(" '").append(a).append('\'');
        Process p = new ProcessBuilder(bash.toString(), "-c", cmd.toString()).redirectOutput(dir.resolve("limited.out").toFile())
                .redirectError(dir.resolve("limited.err").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        return new CliResult(p.exitValue(), Files.readString(dir.resolve("limited.out")), Files.readString(dir.resolve("limited.err")));
    }

    @Test void aWriteThatFailsHalfWayLeavesThePreviousResultsIntact() throws Exception {
        Path out = dir.resolve("results");
        assertEquals(0, TestSupport.cli("run", "-n", "5", "-s", "1", "--quiet", "--out", out.toString()).exit());
        Map<String, String> before = ForceReplacesOnlyOwnResultsTest.snapshot(out);
        CliResult r = limited(200, "run", "-n", "5", "-s", "2", "--quiet", "--force", "--out", out.toString()); // trajectory.csv is 1.8 MB
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("cannot write the results into " + out + ": file too large"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(before, ForceReplacesOnlyOwnResultsTest.snapshot(out), "the previous results are intact");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".results.")), "no half-written staging directory is left");
        }
    }

    @Test void aSweepStoppedByAFullDiskResumesToTheSameBytes() throws Exception {
        Path sweepFile = Files.writeString(dir.resolve("s.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n" + """
                design: {type: lhs, n: 40}
                replications: 3
                seed: 5
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:1960-12, peak_hazard:2016-01..2018-12, p_treaty_by:2025-12, mean:RU.max_offer:1991-01..1993-12]
                """);
        Path ref = dir.resolve("ref"), cut = dir.resolve("cut");
        assertEquals(0, TestSupport.cli("sweep", sweepFile.toString(), "--quiet", "-t", "2", "--out", ref.toString()).exit());
        CliResult r = limited(8, "sweep", sweepFile.toString(), "--quiet", "-t", "2", "--block-points", "2", "--out", cut.toString()); // results.csv: 17 KB
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("file too large") && r.err().contains("continue with --resume"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        CliResult resumed = TestSupport.cli("sweep", sweepFile.toString(), "--resume", "--quiet", "-t", "1", "--out", cut.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("resuming at point"), resumed.out());
        for (String f : new String[] {"sweep.json", "points.csv", "results.csv"}) {
            assertEquals(Files.readString(ref.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
    }
}
