package org.treatysim.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GuiCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test void listedInTheRootHelp() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("gui"), r.out());
    }

    @Test void aMissingScenarioExitsTwoWithOneMessage() {
        Result r = run("gui", "scenarios/no-such-file.yaml");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no-such-file.yaml"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test void withoutADisplayItSaysHowToGetOne() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        Result r = run("gui");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no display") && r.err().contains("Xvfb"), r.err());
        assertTrue(r.err().lines().count() == 1, "one line: " + r.err());
    }
}
