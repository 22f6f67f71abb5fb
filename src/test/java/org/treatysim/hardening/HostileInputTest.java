package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Cli;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile scenario and parameter files and command lines: each is refused with one clear error that says where
 * (file, line:column), nothing is written, and nothing named in a file is ever instantiated.
 */
class HostileInputTest {
    @TempDir Path dir;

    @BeforeEach void copyInputs() throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.copy(Path.of("scenarios/parameters.yaml"), dir.resolve("parameters.yaml"));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Loads as `run` does; must fail with a ScenarioException, quickly (a guard against hangs, not a benchmark). */
    private ScenarioException refused(Path f) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(ScenarioException.class, () -> Scenarios.load(f)));
    }

    private static void at(ScenarioException e, Path f, int line, int col) {
        assertEquals(f.toString(), e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(col, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":" + line + ":" + col + ": error: "), e.getMessage());
        assertTrue(e.hint() != null && !e.hint().isBlank(), "a hint says what to do: " + e.getMessage());
    }

    // ---------------------------------------------------------------- nesting, aliases, tags

    @Test void deepFlowNestingIsRefusedWithLocation() throws IOException {
        Path f = file("deep.yaml", "name: x\nevents: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        ScenarioException e = refused(f);
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("nesting"), e.getMessage());
    }

    @Test void deepBlockNestingIsRefused() throws IOException {
        StringBuilder sb = new StringBuilder("name: x\n");
        for (int i = 0; i < 200; i++) sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        sb.append("  ".repeat(200)).append("v\n");
        ScenarioException e = refused(file("deep-block.yaml", sb.toString()));
        assertTrue(e.line() > 2, e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("nesting"), e.getMessage());
    }

    @Test void billionLaughsIsRefusedAtTheFirstAlias() throws IOException {
        Path f = file("lol.yaml", """
                name: lol
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """);
        ScenarioException e = refused(f);
        at(e, f, 3, 8);
        assertTrue(e.problem().contains("alias '*a'"), e.getMessage());
    }

    @Test void aMergeKeyAliasIsRefusedRatherThanReadAsText() throws IOException {
        Path f = file("merge.yaml", "name: m\nbase: &b {x: 1}\nother:\n  <<: *b\n");
        ScenarioException e = refused(f);
        at(e, f, 4, 7);
    }

    @Test void javaClassTagsAreRefusedAndNeverInstantiated() throws IOException {
        String[] hostile = {
                "name: !!java.net.URL [\"http://127.0.0.1/\"]\n",
                "name: x\nextends: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n",
                "name: x\nparameters: !!org.treatysim.hardening.Canary {}\n",
                "name: x\nparameters: !<tag:yaml.org,2002:org.treatysim.hardening.Canary> {}\n",
                "name: !local x\n",
                "name: !!str x\n",
        };
        for (int i = 0; i < hostile.length; i++) {
            Path f = file("tag" + i + ".yaml", hostile[i]);
            ScenarioException e = refused(f);
            assertTrue(e.problem().startsWith("YAML tag '"), e.getMessage());
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            assertTrue(e.hint().contains("plain data"), e.getMessage());
        }
        assertNull(System.getProperty("treatysim.canary"), "a class named in a file was initialised");
    }

    @Test void taggedParameterFileIsRefused() throws IOException {
        Path f = file("p.yaml", "schema: treatysim/parameters-1\nparameters:\n  a.b: !!org.treatysim.hardening.Canary {}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterSet.load(f));
        at(e, f, 3, 8);
        assertNull(System.getProperty("treatysim.canary"));
    }

    @Test void jacksonPolymorphicTypeFieldsAreUnknownFields() throws IOException {
        Path f = file("poly.json", """
                {"schema": "treatysim/scenario-1", "name": "poly",
                 "@class": "org.treatysim.hardening.Canary",
                 "span": {"start": "1956-01", "end": "1957-01"}, "parameters_file": "parameters.yaml", "events": []}
                """);
        ScenarioException e = refused(f);
        at(e, f, 2, 2);
        assertTrue(e.problem().contains("unknown field '@class'"), e.getMessage());
        Path g = file("poly2.yaml", "name: poly\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\n"
                + "events:\n  - [\"org.treatysim.hardening.Canary\", {}]\n");
        ScenarioException e2 = refused(g);
        assertEquals(5, e2.line(), e2.getMessage());
        assertTrue(e2.problem().contains("must be a mapping"), e2.getMessage());
        assertNull(System.getProperty("treatysim.canary"));
    }

    @Test void structureErrorsNameYamlThingsNotParserClasses() throws IOException {
        Path f = file("key.yaml", "name: tiny\nspan: {start: 1956-01,[ end: 1960-12}\n");
        ScenarioException e = refused(f);
        at(e, f, 2, 24);
        assertTrue(e.problem().contains("a mapping key must be plain text, found a list"), e.getMessage());
        assertFalse(e.getMessage().contains("snakeyaml"), e.getMessage());
    }

    // ---------------------------------------------------------------- sizes

    @Test void aMillionEventsAreRefusedBeforeAnyTreeIsBuilt() throws IOException {
        StringBuilder sb = new StringBuilder("name: big\nspan: {start: 1956-01, end: 2025-12}\nparameters_file: parameters.yaml\nevents:\n");
        for (int i = 0; i < 1_000_000; i++) sb.append("- {}\n");
        Path f = file("million.yaml", sb.toString());
        assertTrue(Files.size(f) < YamlDocument.MAX_BYTES, "the file is under the byte limit, so the value limit must catch it");
        ScenarioException e = refused(f);
        assertTrue(e.problem().contains("more than 500000 YAML values"), e.getMessage());
        assertTrue(e.line() > 4, e.getMessage());
    }

    @Test void moreThanMaxEventsAreRefusedWithTheLimit() throws IOException {
        StringBuilder sb = new StringBuilder("name: many\nspan: {start: 1956-01, end: 2025-12}\nparameters_file: parameters.yaml\nevents:\n");
        for (int i = 0; i <= ScenarioLoader.MAX_EVENTS; i++) sb.append("- {}\n");
        Path f = file("many.yaml", sb.toString());
        ScenarioException e = refused(f);
        at(e, f, 5, 1);
        assertTrue(e.problem().contains("too many events: " + (ScenarioLoader.MAX_EVENTS + 1)), e.getMessage());
    }

    @Test void anOversizedFileIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.yaml");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), YamlDocument.MAX_BYTES + 10); // sparse
        }
        ScenarioException e = refused(f);
        assertTrue(e.problem().contains("at most " + YamlDocument.MAX_BYTES), e.getMessage());
    }

    @Test void devicesAndDirectoriesAreNotReadAsFiles() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Path f = file("zero.yaml", "name: z\nextends: /dev/zero\n");
            ScenarioException e = refused(f);
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
            Path g = file("zero-params.yaml", "name: z\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: /dev/zero\n");
            ScenarioException e2 = refused(g);
            assertTrue(e2.getMessage().contains("not a regular file"), e2.getMessage());
        }
        Path h = file("dir-params.yaml", "name: d\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: .\n");
        ScenarioException e3 = refused(h);
        assertTrue(e3.getMessage().contains("is a directory"), e3.getMessage());
    }

    @Test void hugeNumbersAreRefusedWithLocation() throws IOException {
        Path f = file("num.yaml", "name: n\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\n"
                + "parameters:\n  negotiation.h_max: {value: 1e999, rationale: x}\n");
        ScenarioException e = refused(f);
        at(e, f, 5, 30);
        assertTrue(e.problem().contains("finite"), e.getMessage());
    }

    // ---------------------------------------------------------------- names that could escape a directory

    @Test void scenarioNamesCannotEscapeTheResultsDirectory() throws IOException {
        for (String bad : new String[] {"../../etc", "..", "a/b", "/tmp/x", "a\\\\b", "."}) {
            Path f = file("n.yaml", "name: \"" + bad + "\"\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\n");
            ScenarioException e = refused(f);
            at(e, f, 1, 7);
            assertTrue(e.problem().contains("lower-case letters, digits and dashes"), e.getMessage());
        }
        Path f = file("id.yaml", "name: ok\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\nevents:\n"
                + "  - {id: ../x, date: 1956-05, actors: [JP], title: t, direction: '+', source: s, effects: [{op: channel, open: true}]}\n");
        ScenarioException e = refused(f);
        assertTrue(e.problem().contains("events[0].id"), e.getMessage());
    }

    // ---------------------------------------------------------------- command line

    private record Result(int code, String out, String err) {}

    private static Result cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test void absurdReplicationCountsGetOneClearError() {
        Path out = dir.resolve("out");
        for (String n : new String[] {"1000000000000", "2147483647", "0", "-5"}) {
            Result r = cli("run", "scenarios/baseline.yaml", "-n", n, "--out", out.toString(), "--quiet");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("--replications must be between 1 and 2147483646, got " + n), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test void outPointingAtAnExistingFileIsRefusedAndTheFileKept() throws IOException {
        Path f = file("notes.txt", "my notes\n");
        byte[] before = Files.readAllBytes(f);
        for (boolean force : new boolean[] {false, true}) {
            Result r = force ? cli("run", "scenarios/baseline.yaml", "-n", "2", "--out", f.toString(), "--quiet", "--force")
                    : cli("run", "scenarios/baseline.yaml", "-n", "2", "--out", f.toString(), "--quiet");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("is a file, not a directory"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test void forceNeverReplacesADirectoryThatIsNotTreatySimResults() throws IOException {
        Path home = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(home.resolve("chapter1.tex"), "precious");
        Result r = cli("run", "scenarios/baseline.yaml", "-n", "2", "--out", home.toString(), "--quiet", "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds files TreatySim did not write: chapter1.tex"), r.err());
        assertEquals("precious", Files.readString(home.resolve("chapter1.tex")));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".thesis.")), "no staging left behind");
        }
        Result root = cli("run", "scenarios/baseline.yaml", "-n", "2", "--out", "/", "--quiet", "--force");
        assertEquals(2, root.code(), root.err());
    }

    @Test void scenarioErrorsExitTwoWithTheLocationAndWriteNothing() throws IOException {
        Path f = file("bad.yaml", "name: bad\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\nbogus: 1\n");
        Path out = dir.resolve("never");
        Result r = cli("run", f.toString(), "-n", "2", "--out", out.toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(f + ":4:1: error: unknown field 'bogus'"), r.err());
        assertFalse(Files.exists(out));
    }
}
