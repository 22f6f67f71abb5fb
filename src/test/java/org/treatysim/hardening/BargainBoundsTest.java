package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.TestSupport.CliResult;
import org.treatysim.analysis.bargain.Bargain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every unit of work has a bound: the stand-alone bargaining model refuses tables and round counts it could not
 * finish in reasonable time (a round takes time growing with actors^3), reads at most a bounded file, and shows its
 * progress on long runs.
 */
class BargainBoundsTest {
    @TempDir Path dir;

    private Path actors(int n) throws IOException {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder("actor,capability,position,salience\n");
        for (int i = 0; i < n; i++) sb.append(String.format(Locale.ROOT, "a%d,%.3f,%.3f,%.3f%n", i, r.nextDouble(), 10 * r.nextDouble(), r.nextDouble()));
        return Files.writeString(dir.resolve("actors-" + n + ".csv"), sb.toString());
    }

    @Test void tooManyActorsAreRefusedAtTheRowThatCrossesTheLimit() throws IOException {
        Path f = actors(Bargain.MAX_ACTORS + 1);
        CliResult r = TestSupport.cli("bargain", f.toString(), "--rounds", "1");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(f + ":" + (Bargain.MAX_ACTORS + 2) + ":1: error: more than " + Bargain.MAX_ACTORS + " actors"), r.err());
    }

    @Test void runsThatCouldNotFinishAreRefusedBeforeTheyStart() throws IOException {
        Path f = actors(500);
        long t0 = System.nanoTime();
        CliResult r = TestSupport.cli("bargain", f.toString(), "--rounds", "1000", "--out", dir.resolve("never").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("1000 rounds with 500 actors would take hours") && r.err().contains("run at most 800 rounds"), r.err());
        assertFalse(Files.exists(dir.resolve("never")));
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "refused before any round (a round of 500 actors takes about a second)");
    }

    @Test void aFileLargerThanAnyActorsTableIsNotRead() throws IOException {
        Path f = dir.resolve("huge.csv");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("actor,capability,position,salience\n".getBytes()), 0);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), 1L << 32); // sparse: 4 GiB
        }
        CliResult r = TestSupport.cli("bargain", f.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("larger than"), r.err());
        if (Files.exists(Path.of("/dev/zero"))) {
            CliResult z = TestSupport.cli("bargain", "/dev/zero");
            assertEquals(2, z.exit(), z.err());
            assertTrue(z.err().contains("not a regular file"), z.err());
        }
    }

    @Test void longRunsShowTheirProgressUnlessQuiet() throws IOException {
        Path f = actors(150); // 90 rounds x 150^3 = 3.0e8: a few seconds
        assertTrue(Bargain.work(150, 90) >= Bargain.LONG_WORK);
        CliResult r = TestSupport.cli("bargain", f.toString(), "--rounds", "90");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("bargain") && r.err().contains("90/90"), "a progress bar on stderr: " + r.err());
        CliResult quiet = TestSupport.cli("bargain", f.toString(), "--rounds", "90", "--quiet");
        assertEquals("", quiet.err());
        assertEquals(r.out(), quiet.out(), "the same rounds either way");
        CliResult shortRun = TestSupport.cli("bargain", "examples/bdm-1994-emissions.csv", "--rounds", "3");
        assertFalse(shortRun.err().contains("3/3"), "short runs print no bar: " + shortRun.err());
    }
}
