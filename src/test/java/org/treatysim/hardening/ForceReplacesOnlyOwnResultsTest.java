package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.TestSupport.CliResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, must-fix 1 and 2: {@code --force} replaces only a directory that the same command wrote, recognised by
 * content it can verify (its manifest names the command and the checksum of every file, and the directory holds no
 * other file). Anything else is refused, with exit code 2, and left exactly as it was, byte for byte.
 */
class ForceReplacesOnlyOwnResultsTest {
    @TempDir static Path shared;
    static Path sweepFile;

    @TempDir Path dir;

    @BeforeAll static void sweepFile() throws IOException {
        sweepFile = Files.writeString(shared.resolve("tiny.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n" + """
                design: {type: lhs, n: 3}
                replications: 1
                seed: 2
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12]
                """);
    }

    /** Every file under {@code d} with its bytes, for before/after comparisons. */
    static Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> w = Files.walk(d)) {
            for (Path p : (Iterable<Path>) w::iterator) {
                String rel = d.relativize(p).toString();
                out.put(rel, Files.isRegularFile(p) ? new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1) : "<dir>");
            }
        }
        return out;
    }

    private Path thesis() throws IOException {
        Path t = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(t.resolve("chapter1.tex"), "\\chapter{Kurils}\nmonths of work\n");
        Files.createDirectories(t.resolve("figures"));
        Files.writeString(t.resolve("figures/fig1.csv"), "a,b\n1,2\n");
        return t;
    }

    private static void refusedAndKept(CliResult r, Path target, Map<String, String> before) throws IOException {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(before, snapshot(target), "every byte of " + target + " is kept");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")),
                    "no staging or aside directories are left beside " + target);
        }
    }

    @Test void sweepForceRefusesADirectoryItDidNotWrite() throws IOException {
        Path t = thesis();
        Map<String, String> before = snapshot(t);
        CliResult r = TestSupport.cli("sweep", sweepFile.toString(), "--force", "--quiet", "-t", "1", "--out", t.toString());
        refusedAndKept(r, t, before);
        assertTrue(r.err().contains("TreatySim did not write"), r.err());
        assertTrue(r.err().contains("chapter1.tex"), "the message names a foreign file: " + r.err());
    }

    @Test void runForceRefusesAForeignManifestJson() throws IOException {
        // A browser extension's folder: it holds a manifest.json, but not a TreatySim manifest.
        Path ext = Files.createDirectories(dir.resolve("extension"));
        Files.writeString(ext.resolve("manifest.json"), "{\n  \"manifest_version\": 3,\n  \"name\": \"Tab Saver\",\n  \"version\": \"1.0\"\n}\n");
        Files.writeString(ext.resolve("background.js"), "chrome.runtime.onInstalled.addListener(() => {});\n");
        Map<String, String> before = snapshot(ext);
        CliResult r = TestSupport.cli("run", "-n", "2", "--quiet", "--force", "--out", ext.toString());
        refusedAndKept(r, ext, before);
        // A lone manifest.json that is not ours is refused too.
        Path lone = Files.createDirectories(dir.resolve("lone"));
        Files.writeString(lone.resolve("manifest.json"), "{\"name\": \"not treatysim\"}");
        Map<String, String> lb = snapshot(lone);
        refusedAndKept(TestSupport.cli("run", "-n", "2", "--quiet", "--force", "--out", lone.toString()), lone, lb);
    }

    /** Writes results of `run`, changes them with {@code change}, and checks that `run --force` refuses them, naming {@code named}. */
    private void ownResultsChangedAreRefused(String name, IOConsumer change, String named) throws IOException {
        Path out = dir.resolve(name);
        assertEquals(0, TestSupport.cli("run", "-n", "3", "-s", "1", "--quiet", "--out", out.toString()).exit());
        change.accept(out);
        Map<String, String> before = snapshot(out);
        CliResult r = TestSupport.cli("run", "-n", "3", "-s", "2", "--quiet", "--force", "--out", out.toString());
        refusedAndKept(r, out, before);
        assertTrue(r.err().contains(named), r.err());
    }

    private interface IOConsumer {
        void accept(Path p) throws IOException;
    }

    @Test void runForceRefusesItsOwnResultsWithAFileAdded() throws IOException {
        ownResultsChangedAreRefused("added", out -> Files.writeString(out.resolve("my-notes.txt"), "what I concluded from this run\n"), "my-notes.txt");
    }

    @Test void runForceRefusesItsOwnResultsEditedAfterwards() throws IOException {
        ownResultsChangedAreRefused("edited", out -> Files.writeString(out.resolve("summary.json"),
                Files.readString(out.resolve("summary.json")).replace("\"baseline\"", "\"my edit\"")), "summary.json");
    }

    @Test void forceReplacesOnlyResultsOfTheSameCommand() throws IOException {
        Path out = dir.resolve("eu");
        assertEquals(0, TestSupport.cli("bargain", "examples/bdm-1994-emissions.csv", "--rounds", "2", "--out", out.toString()).exit());
        Map<String, String> before = snapshot(out);
        CliResult r = TestSupport.cli("run", "-n", "2", "--quiet", "--force", "--out", out.toString());
        refusedAndKept(r, out, before);
        assertTrue(r.err().contains("bargain"), "the message says which command wrote it: " + r.err());
    }

    @Test void forceReplacesItsOwnUntouchedResults() throws IOException {
        Path out = dir.resolve("results");
        assertEquals(0, TestSupport.cli("run", "-n", "3", "-s", "1", "--quiet", "--out", out.toString()).exit());
        String runs1 = Files.readString(out.resolve("runs.csv"));
        CliResult r = TestSupport.cli("run", "-n", "3", "-s", "2", "--quiet", "--force", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertNotEquals(runs1, Files.readString(out.resolve("runs.csv")), "replaced by the new run");
        // And a sweep replaces its own sweep.
        Path sw = dir.resolve("sweep");
        assertEquals(0, TestSupport.cli("sweep", sweepFile.toString(), "--quiet", "-t", "1", "--out", sw.toString()).exit());
        CliResult again = TestSupport.cli("sweep", sweepFile.toString(), "--force", "--quiet", "-t", "1", "--out", sw.toString());
        assertEquals(0, again.exit(), again.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(java.util.List.of("results", "sweep"), s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left aside");
        }
    }

    @Test void theRepositoryRootAndTheWorkingDirectoryAreNeverResults() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("README.md"), "# my project\n");
        Map<String, String> before = snapshot(repo);
        for (String cmd : new String[] {"run", "sweep"}) {
            CliResult r = cmd.equals("run") ? TestSupport.cli("run", "-n", "2", "--quiet", "--force", "--out", repo.toString())
                    : TestSupport.cli("sweep", sweepFile.toString(), "--force", "--quiet", "--out", repo.toString());
            refusedAndKept(r, repo, before);
            assertTrue(r.err().contains("repository"), r.err());
        }
        CliResult cwd = TestSupport.cli("run", "-n", "2", "--quiet", "--force", "--out", ".");
        assertEquals(2, cwd.exit(), cwd.err());
        assertTrue(Files.isRegularFile(Path.of("pom.xml")), "the project is still there");
    }

    @Test void aRefusalWithoutForceOnlySuggestsForceWhenForceWouldWork() throws IOException {
        Path t = thesis();
        CliResult r = TestSupport.cli("run", "-n", "2", "--quiet", "--out", t.toString());
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("--force to replace"), "--force would be refused here, so it is not suggested: " + r.err());
        Path out = dir.resolve("results");
        assertEquals(0, TestSupport.cli("run", "-n", "2", "--quiet", "--out", out.toString()).exit());
        CliResult own = TestSupport.cli("run", "-n", "2", "--quiet", "--out", out.toString());
        assertEquals(2, own.exit());
        assertTrue(own.err().contains("--force"), own.err());
    }
}
