package org.treatysim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `run --shard i/N` and `merge`: the merged shards give the files of one local run byte for byte, whatever the number
 * of shards and threads, and merge refuses what is not the whole of one intact run, writing nothing.
 */
class RunShardTest {
    /** Every file of a run but the provenance (manifest.json, and report.html, which quotes the command). */
    static final List<String> SAME = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "treaty-likelihood.png",
            "treaty-likelihood.svg", "blocking.png", "blocking.svg");
    static final String REPS = "45"; // not a multiple of the batch or of the shard counts

    @TempDir static Path tmp;
    static Path local;

    @BeforeAll static void runLocally() {
        local = tmp.resolve("local");
        CliRunner r = CliRunner.run("run", "-n", REPS, "-s", "5", "-t", "2", "-o", local.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
    }

    static Path shard(String name, int i, int n, String threads, String seed) {
        Path d = tmp.resolve(name + "-" + i + "-of-" + n);
        CliRunner r = CliRunner.run("run", "-n", REPS, "-s", seed, "-t", threads, "--shard", i + "/" + n, "-o", d.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("shard " + i + "/" + n), r.out());
        return d;
    }

    static void assertSameAsLocal(Path merged) throws IOException {
        for (String f : SAME) assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(merged.resolve(f)), f + " differs from the local run's");
    }

    @Test void threeShardsMergeIntoTheLocalRunsFiles() throws IOException {
        Path a = shard("s", 1, 3, "1", "5"), b = shard("s", 2, 3, "2", "5"), c = shard("s", 3, 3, "1", "5");
        assertTrue(Files.isRegularFile(a.resolve("run-state.bin")));
        assertFalse(Files.exists(a.resolve("trajectory.csv")), "a shard writes its state, not the statistics");
        assertEquals(1 + 15, Files.readAllLines(b.resolve("runs.csv")).size(), "shard 2/3 holds replications 15..29");
        assertTrue(Files.readAllLines(b.resolve("runs.csv")).get(1).startsWith("15,"));
        Path merged = tmp.resolve("merged3");
        CliRunner r = CliRunner.run("merge", c.toString(), a.toString(), b.toString(), "-o", merged.toString()); // any order
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 shard(s) of a run, 45 replications"), r.out());
        assertSameAsLocal(merged);
        String manifest = Files.readString(merged.resolve("manifest.json"));
        assertTrue(manifest.contains("\"merged_from\"") && manifest.contains("\"command\" : \"run\""), manifest.substring(0, 300));
        // the merged directory is a run's results: a second merge into it needs --force, and then replaces it
        assertEquals(2, CliRunner.run("merge", a.toString(), b.toString(), c.toString(), "-o", merged.toString()).code());
        assertEquals(0, CliRunner.run("merge", a.toString(), b.toString(), c.toString(), "-o", merged.toString(), "--force").code());
        assertSameAsLocal(merged);
    }

    @Test void oneShardAndManyShardsGiveTheSameFilesToo() throws IOException {
        Path one = shard("one", 1, 1, "2", "5");
        Path m1 = tmp.resolve("merged1");
        assertEquals(0, CliRunner.run("merge", one.toString(), "-o", m1.toString()).code());
        assertSameAsLocal(m1);
        // more shards than some have replications for: empty shards are fine
        Path[] many = new Path[50];
        String[] args = new String[50 + 3];
        args[0] = "merge";
        for (int i = 1; i <= 50; i++) {
            many[i - 1] = shard("many", i, 50, "1", "5");
            args[i] = many[i - 1].toString();
        }
        Path m50 = tmp.resolve("merged50");
        args[51] = "-o";
        args[52] = m50.toString();
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.code(), r.err());
        assertSameAsLocal(m50);
    }

    @Test void mergeRefusesWhatIsNotTheWholeOfOneIntactRun() throws IOException {
        Path a = shard("r", 1, 2, "1", "5"), b = shard("r", 2, 2, "1", "5");
        Path other = shard("seed6", 2, 2, "1", "6");
        Path out = tmp.resolve("refused");
        CliRunner missing = CliRunner.run("merge", a.toString(), "-o", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("shard 2/2 is missing"), missing.err());
        CliRunner twice = CliRunner.run("merge", a.toString(), a.toString(), "-o", out.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("given twice"), twice.err());
        CliRunner mixed = CliRunner.run("merge", a.toString(), other.toString(), "-o", out.toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("not a shard of the same run") && mixed.err().contains("seed"), mixed.err());
        CliRunner whole = CliRunner.run("merge", local.toString(), "-o", out.toString());
        assertEquals(2, whole.code());
        // a damaged shard: its state no longer matches the checksum its manifest records
        Path copy = tmp.resolve("r-2-damaged");
        Files.createDirectories(copy);
        for (String f : List.of("manifest.json", "runs.csv", "decisions.csv", "run-state.bin")) Files.copy(b.resolve(f), copy.resolve(f));
        byte[] state = Files.readAllBytes(copy.resolve("run-state.bin"));
        state[state.length / 2] ^= 1;
        Files.write(copy.resolve("run-state.bin"), state);
        CliRunner damaged = CliRunner.run("merge", a.toString(), copy.toString(), "-o", out.toString());
        assertEquals(2, damaged.code());
        assertTrue(damaged.err().contains("run-state.bin"), damaged.err());
        assertFalse(Files.exists(out), "nothing is written when merge refuses");
    }
}
