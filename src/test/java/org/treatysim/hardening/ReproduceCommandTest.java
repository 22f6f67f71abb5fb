package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Cli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `treatysim reproduce manifest.json`: MATCH for an untouched run, MISMATCH for edited results, refusal for edited inputs. */
class ReproduceCommandTest {
    @TempDir Path dir;
    Path scenario, params, results;

    private record Result(int code, String out, String err) {}

    private static Result cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    /** One real `run` per test, on its own copy of the inputs (the manifest records their absolute paths, and is sealed). */
    @BeforeEach void run() throws IOException {
        scenario = Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        params = Files.copy(Path.of("scenarios/parameters.yaml"), dir.resolve("parameters.yaml"));
        results = dir.resolve("results");
        Result r = cli("run", scenario.toString(), "-n", "24", "-s", "11", "-t", "2", "--out", results.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
    }

    @Test void anUntouchedRunReproducesByteForByte() throws IOException {
        Path kept = dir.resolve("again");
        Result r = cli("reproduce", results.resolve("manifest.json").toString(), "-t", "1", "-o", kept.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        for (String f : new String[] {"trajectory.csv", "runs.csv", "decisions.csv", "summary.json"}) assertTrue(r.out().contains("MATCH  " + f), r.out());
        assertFalse(r.out().contains("MISMATCH"), r.out());
        assertEquals(Files.readString(results.resolve("runs.csv")), Files.readString(kept.resolve("runs.csv")));
        assertTrue(Files.readString(kept.resolve("manifest.json")).contains("\"reproduces\""));
    }

    @Test void theOriginalResultsCannotBeTheOutput() throws IOException {
        byte[] before = Files.readAllBytes(results.resolve("runs.csv"));
        Result r = cli("reproduce", results.resolve("manifest.json").toString(), "-o", results.toString(), "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is the directory of the results being checked"), r.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(results.resolve("runs.csv")));
    }

    @Test void editedResultsAreReportedAsMismatch() throws IOException {
        Path runs = results.resolve("runs.csv");
        String text = Files.readString(runs);
        Files.writeString(runs, text.replaceFirst("\n0,", "\n9,"));
        Result r = cli("reproduce", results.resolve("manifest.json").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("MISMATCH (first difference at line 2"), r.out());
        assertTrue(r.out().contains("and the original was changed after the run wrote it  runs.csv"), r.out());
        assertTrue(r.out().contains("MATCH  trajectory.csv"), r.out());
        assertTrue(r.out().contains("NOT reproduced"), r.out());
    }

    @Test void changedInputsAreRefusedBeforeRunning() throws IOException {
        Files.writeString(params, "# edited\n", StandardOpenOption.APPEND);
        Result r = cli("reproduce", results.resolve("manifest.json").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("input file " + params + " has changed since the run"), r.err());
        assertFalse(r.out().contains("MATCH"), r.out());
    }

    @Test void aBrokenManifestGetsALocatedError() throws IOException {
        Path m = results.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"command\" : \"run\"", "\"command\" : \"sweep\""));
        Result r = cli("reproduce", m.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*manifest\\.json:\\d+:\\d+: error: reproduce re-runs results of `run`.*"), r.err());
    }

    @Test void anEditedSeedOrParameterIsRefusedBeforeRunning() throws IOException {
        Path m = results.resolve("manifest.json");
        String text = Files.readString(m);
        Files.writeString(m, text.replace("\"seed\" : 11", "\"seed\" : 12"));
        Result seed = cli("reproduce", m.toString());
        assertEquals(2, seed.code(), seed.out() + seed.err());
        assertTrue(seed.err().contains("the manifest was changed after the run wrote it"), seed.err());
        assertFalse(seed.out().contains("MATCH"), seed.out());
        // A parameter's value: located at the parameter's entry in the manifest.
        String edited = text.replaceFirst("(\"name\" : \"negotiation.h_max\",\n\\s*\"value\" : )[0-9.]+", "$10.5");
        assertFalse(edited.equals(text), "the edit applies");
        Files.writeString(m, edited);
        Result param = cli("reproduce", m.toString());
        assertEquals(2, param.code(), param.err());
        assertTrue(param.err().matches("(?s).*manifest\\.json:\\d+:\\d+: error: the manifest records negotiation\\.h_max = 0\\.5.*"), param.err());
    }

    @Test void aManifestWithoutChecksumsStillReproducesWithANote() throws IOException {
        Path m = results.resolve("manifest.json");
        String text = Files.readString(m);
        // As an earlier version wrote it: no "files", no "manifest_sha256".
        Files.writeString(m, text.substring(0, text.indexOf(",\n  \"files\"")) + "\n}");
        Result r = cli("reproduce", m.toString(), "-t", "1");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("carries no checksums"), r.err());
        assertTrue(r.out().contains("reproduced: all 4 files are byte-identical"), r.out());
    }
}
