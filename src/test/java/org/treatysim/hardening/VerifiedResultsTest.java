package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.TestSupport.CliResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, must-fix 4: shards, sweeps and run manifests carry checksums of what they hold and of the inputs that
 * made them; {@code merge}, {@code sensitivity} and {@code reproduce} verify them and refuse, clearly (exit code 2),
 * on any mismatch, writing nothing.
 */
class VerifiedResultsTest {
    @TempDir static Path shared;
    static Path shard1, shard2, sobol, run;

    @TempDir Path dir;

    @BeforeAll static void results() throws IOException {
        String scen = "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n";
        Path lhs = Files.writeString(shared.resolve("lhs.yaml"), scen + """
                design: {type: lhs, n: 6}
                replications: 2
                seed: 3
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12, peak_hazard:1990-01..2000-12]
                """);
        shard1 = shared.resolve("shard1");
        shard2 = shared.resolve("shard2");
        assertEquals(0, TestSupport.cli("sweep", lhs.toString(), "--shard", "1/2", "--quiet", "-t", "1", "--out", shard1.toString()).exit());
        assertEquals(0, TestSupport.cli("sweep", lhs.toString(), "--shard", "2/2", "--quiet", "-t", "1", "--out", shard2.toString()).exit());
        Path sob = Files.writeString(shared.resolve("sobol.yaml"), scen + """
                design: {type: sobol, n: 6}
                replications: 2
                seed: 3
                common_random_numbers: true
                parameters:
                  negotiation.h_max:
                  jp.us_push:
                metrics: [peak_hazard:1990-01..2000-12]
                """);
        sobol = shared.resolve("sobol");
        assertEquals(0, TestSupport.cli("sweep", sob.toString(), "--quiet", "-t", "1", "--out", sobol.toString()).exit());
        run = shared.resolve("run");
        Files.createDirectories(run);
        Files.copy(Path.of("scenarios/baseline.yaml"), run.resolve("baseline.yaml"));
        Files.copy(Path.of("scenarios/parameters.yaml"), run.resolve("parameters.yaml"));
        CliResult r = TestSupport.cli("run", run.resolve("baseline.yaml").toString(), "-n", "12", "-s", "5", "-t", "1", "--quiet",
                "--out", run.resolve("results").toString());
        assertEquals(0, r.exit(), r.err());
    }

    private Path copy(Path from, String name, String file, UnaryOperator<String> edit) throws IOException {
        Path d = dir.resolve(name);
        SweepJournalResumeTest.copyTree(from, d);
        Path f = d.resolve(file);
        Files.writeString(f, edit.apply(Files.readString(f)));
        return d;
    }

    private void mergeRefused(Path s1, Path s2, String why) {
        Path out = dir.resolve("merged-" + why.replace(' ', '-'));
        CliResult r = TestSupport.cli("merge", s1.toString(), s2.toString(), "-o", out.toString());
        assertEquals(2, r.exit(), why + ": " + r.out() + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), why + ": nothing is written");
    }

    @Test void mergeRefusesAShardWithADeletedRow() throws IOException {
        mergeRefused(shard1, copy(shard2, "s2-deleted", "results.csv", t -> t.replaceFirst("\n4,1,[^\n]*\n", "\n")), "deleted row");
        mergeRefused(copy(shard1, "s1-last", "results.csv", t -> t.substring(0, t.lastIndexOf('\n', t.length() - 2) + 1)), shard2, "last row cut");
    }

    @Test void mergeRefusesAShardWithANaN() throws IOException {
        mergeRefused(copy(shard1, "s1-nan", "results.csv", t -> t.replaceFirst("\n(1,0,peak_hazard:1990-01..2000-12,)[^\n]*\n", "\n$1NaN\n")), shard2, "NaN value");
    }

    @Test void mergeRefusesShardsWhoseManifestsWereEdited() throws IOException {
        UnaryOperator<String> edit = t -> t.replace("\"seed\" : 3", "\"seed\" : 4");
        mergeRefused(copy(shard1, "s1-seed", "sweep.json", edit), copy(shard2, "s2-seed", "sweep.json", edit), "both manifests edited");
    }

    @Test void sensitivityRefusesAChangedSweep() throws IOException {
        for (String[] c : new String[][] {
                {"nan", "results.csv", "\n(2,1,peak_hazard:1990-01..2000-12,)[^\n]*\n", "\n$1NaN\n"},
                {"deleted", "results.csv", "\n3,1,[^\n]*\n", "\n"},
                {"value", "results.csv", "\n(5,0,peak_hazard:1990-01..2000-12,)[^\n]*\n", "\n$10.5\n"},
                {"manifest", "sweep.json", "\"seed\" : 3", "\"seed\" : 9"}}) {
            Path d = copy(sobol, "sobol-" + c[0], c[1], t -> t.replaceFirst(c[2], c[3]));
            CliResult r = TestSupport.cli("sensitivity", d.toString());
            assertEquals(2, r.exit(), c[0] + ": " + r.out() + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(d.resolve("sensitivity")), c[0] + ": nothing is written");
        }
        assertEquals(0, TestSupport.cli("sensitivity", sobol.toString(), "-o", dir.resolve("ok").toString()).exit(), "the untouched sweep is fine");
    }

    @Test void reproduceRefusesAManifestWhoseSpanOrTheoryWasEdited() throws IOException {
        for (String[] c : new String[][] {
                {"span", "\"end\" : \"2025-12\"", "\"end\" : \"2000-12\""},
                {"theory", "\"bargaining\" : \"two-level\"", "\"bargaining\" : \"nash\""}}) {
            Path results = dir.resolve("results-" + c[0]);
            SweepJournalResumeTest.copyTree(run.resolve("results"), results);
            Path m = results.resolve("manifest.json");
            String text = Files.readString(m);
            assertTrue(text.contains(c[1]), text);
            Files.writeString(m, text.replace(c[1], c[2]));
            CliResult r = TestSupport.cli("reproduce", m.toString(), "-t", "1");
            assertEquals(2, r.exit(), c[0] + ": " + r.out() + r.err());
            assertFalse(r.out().contains("MATCH"), c[0] + ": " + r.out());
            assertTrue(r.err().contains("manifest.json"), r.err());
        }
    }
}
