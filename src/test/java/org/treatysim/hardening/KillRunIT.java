package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.output.OutputDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety: `treatysim run` processes (java -jar target/treatysim-0.1.0.jar, run by failsafe after `package`)
 * are killed with SIGKILL (destroyForcibly) after seeded random delays spanning their whole life. After each kill
 * the results directory is either absent (when there was none before) or the previous complete result, byte for
 * byte: never partial, never corrupt, never lost. Runs afterwards clean up what killed runs left behind.
 */
class KillRunIT {
    static final Set<String> RESULT_FILES = Set.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "manifest.json",
            "report.html", "treaty-likelihood.png", "treaty-likelihood.svg", "blocking.png", "blocking.svg");
    static final List<String> COMPARED = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "treaty-likelihood.svg", "blocking.svg");
    static final int KILLS_PER_PHASE = 4;

    @TempDir Path tmp;

    private List<String> command(Path out) {
        Path jar = Path.of("target/treatysim-0.1.0.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true"));
        if (Files.isRegularFile(jar)) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else { // run from the test classpath when the jar was not packaged (e.g. an IDE)
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.treatysim.cli.Main"));
        }
        cmd.addAll(List.of("run", "scenarios/baseline.yaml", "-n", "40", "-s", "9", "-t", "1", "--out", out.toString(), "--force", "--quiet"));
        return cmd;
    }

    private Process start(Path out) throws IOException {
        return new ProcessBuilder(command(out)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log-" + System.nanoTime() + ".txt").toFile()).start();
    }

    private long runToCompletion(Path out) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(out);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "run finished");
        assertEquals(0, p.exitValue(), "run succeeded");
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void assertComplete(Path out, Path reference) throws IOException {
        assertEquals(new TreeSet<>(RESULT_FILES), names(out), "exactly the result files, nothing partial or hidden");
        for (String f : COMPARED) assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.trim().endsWith("}") && manifest.contains("\"finished\""), "manifest complete");
    }

    @Test void killedRunsNeverLeavePartialOrCorruptResults() throws Exception {
        // A reference result: same arguments, so every complete result must equal it byte for byte.
        Path reference = tmp.resolve("reference");
        long full = runToCompletion(reference);
        Random rnd = new Random(20261121L);
        int killedDuringWrite = 0, kills = 0;

        // Phase 1: no previous result. After a kill: absent, or (if the run finished first) complete.
        for (int i = 0; i < KILLS_PER_PHASE; i++) {
            Path out = tmp.resolve("fresh" + i);
            killedDuringWrite += killAfter(out, (long) (rnd.nextDouble() * full * 1.1)) ? 1 : 0;
            kills++;
            OutputDir.recover(out); // what the next run does first
            if (Files.exists(out)) assertComplete(out, reference);
        }

        // Phase 2: a previous complete result that each killed run tries to replace (--force).
        Path out = tmp.resolve("results");
        runToCompletion(out);
        assertComplete(out, reference);
        for (int i = 0; i < KILLS_PER_PHASE; i++) {
            killedDuringWrite += killAfter(out, (long) (rnd.nextDouble() * full * 1.1)) ? 1 : 0;
            kills++;
            OutputDir.recover(out);
            assertTrue(Files.isDirectory(out), "the previous result is never lost");
            assertComplete(out, reference);
        }

        // A later run succeeds and removes what killed runs left (staging directories whose writer is dead).
        runToCompletion(out);
        assertComplete(out, reference);
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".results.")).toList();
            assertTrue(left.isEmpty(), "leftovers of killed runs: " + left);
        }
        System.out.printf("KillRunIT: %d kills, %d during the write phase, full run %d ms%n", kills, killedDuringWrite, full);
    }

    /** Starts a run, SIGKILLs it after {@code delayMs}; true if it left a staging directory (killed while writing). */
    private boolean killAfter(Path out, long delayMs) throws Exception {
        Process p = start(out);
        if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        }
        File[] staging = out.toAbsolutePath().getParent().toFile().listFiles((d, n) -> n.startsWith("." + out.getFileName() + ".partial-"));
        assertFalse(Files.exists(out.resolve(".writer.lock")), "no staging artefacts inside the results");
        return staging != null && staging.length > 0;
    }
}
