package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.treatysim.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bugs are not user errors: the user's problems exit 2 with one clean message; anything unexpected exits 1 with a
 * short message that points to a log holding the stack trace.
 */
class ExitCodesTest {
    /** A command that fails the way a bug or the environment would. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        final RuntimeException toThrow;

        Fail(RuntimeException e) { this.toThrow = e; }

        @Override public Integer call() { throw toThrow; }
    }

    private record Result(int code, String err) {}

    private static Result run(RuntimeException e) {
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand("fail", new Fail(e));
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute("fail"), err.toString());
    }

    @Test void anUnexpectedExceptionExitsOneWithALogOfTheStackTrace() throws IOException {
        for (RuntimeException bug : new RuntimeException[] {new NullPointerException("x is null"), new IllegalArgumentException("index -1"),
                new IllegalStateException("boom")}) {
            Result r = run(bug);
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("internal error (" + bug.getClass().getSimpleName()), r.err());
            assertTrue(r.err().contains("This is a bug in TreatySim, not a problem with your input"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace on the terminal: " + r.err());
            Matcher m = Pattern.compile("The stack trace is in (\\S+\\.log);").matcher(r.err());
            assertTrue(m.find(), r.err());
            Path log = Path.of(m.group(1));
            String text = Files.readString(log);
            Files.delete(log);
            assertTrue(text.contains(bug.getClass().getName()) && text.contains("\tat "), text);
            assertTrue(text.contains("command: fail"), text);
        }
    }

    @Test void theUsersProblemsExitTwoWithoutAStackTrace() {
        Result usage = run(new org.treatysim.io.UsageException("--threads must be between 1 and 1024, got 0"));
        assertEquals(2, usage.code());
        assertEquals("treatysim fail: --threads must be between 1 and 1024, got 0", usage.err().strip());
        Result disk = run(new UncheckedIOException(new FileSystemException("/data/out/runs.csv", null, "No space left on device")));
        assertEquals(2, disk.code(), disk.err());
        assertTrue(disk.err().contains("no space left on device; free some space"), disk.err());
        Result denied = run(new UncheckedIOException(new AccessDeniedException("/data/out")));
        assertEquals(2, denied.code(), denied.err());
        assertTrue(denied.err().contains("permission denied"), denied.err());
        assertFalse(disk.err().contains("\tat ") || denied.err().contains("\tat "));
    }

    @Test void realCommandsSortTheirErrorsTheSameWay() {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(2, cl.execute("run", "-t", "0", "--quiet"), err.toString());
        assertEquals(2, cl.execute("compare", "scenarios/baseline.yaml", "scenarios/baseline.yaml", "-n", "2", "--quiet"), err.toString());
        assertEquals(2, cl.execute("calibrate", "--starts", "0", "--quiet"), err.toString());
        assertEquals(2, cl.execute("sweep", "sweeps/lhs-small.yaml", "--shard", "5/4"), err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
    }

    @Test void limitsOfTheMachineAndOfTheMethodsAreTheUsersToChoose(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        // More replications than the statistics count (2^31 - 1; memory does not grow with them): refused before running,
        // nothing left behind.
        assertEquals(2, cl.execute("run", "-n", "2147483647", "--quiet", "-o", tmp.resolve("big").toString()), err.toString());
        assertTrue(err.toString().contains("--replications must be between 1 and 2147483646"), err.toString());
        assertFalse(Files.exists(tmp.resolve("big")));
        // Sobol indices of a single base sample cannot be computed.
        Path f = Files.writeString(tmp.resolve("one.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\ndesign: {type: sobol, n: 1}\nparameters:\n  negotiation.h_max:\nmetrics: [p_treaty_by:2025-12]\n");
        assertEquals(0, cl.execute("sweep", f.toString(), "--quiet", "-o", tmp.resolve("one").toString()), err.toString());
        assertEquals(2, cl.execute("sensitivity", tmp.resolve("one").toString()), err.toString());
        assertTrue(err.toString().contains("Sobol indices need at least 2"), err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
    }
}
