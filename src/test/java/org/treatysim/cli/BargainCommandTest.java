package org.treatysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class BargainCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test void writesRoundsAndPositionsForTheWorkedExample(@TempDir Path d) throws Exception {
        Path out = d.resolve("eu");
        Run r = run("bargain", "--theory", "expected-utility", "examples/bdm-1994-emissions.csv", "--rounds", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read as 0-100 and divided by 100"), "the 0-100 salience column is noted: " + r.err());
        assertEquals("round,median,mean\n0,7,7.38996\n1,8.42722,7.46185\n2,9.61988,7.55303\n3,9.96426,7.59042\n",
                Files.readString(out.resolve("rounds.csv")));
        String pos = Files.readString(out.resolve("positions.csv"));
        assertTrue(pos.startsWith("round,actor,position\n0,Netherlands,4\n0,Belgium,7\n"), pos);
        assertTrue(pos.contains("\n1,Belgium,8.42722\n"), pos);
        assertEquals(1 + 4 * 10, pos.split("\n").length);
        assertTrue(r.out().contains("round") && r.out().contains("8.4272"), r.out());
        Run again = run("bargain", "examples/bdm-1994-emissions.csv", "--out", out.toString());
        assertEquals(2, again.code(), "never overwrites results without --force");
    }

    @Test void saliencesAsSharesNeedNoNote(@TempDir Path d) throws Exception {
        Path f = d.resolve("a.csv");
        Files.writeString(f, "actor,capability,position,salience\nA,1,0,0.5\nB,1,10,1\n");
        Run r = run("bargain", f.toString(), "--rounds", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test void badTablesExitTwoWithWhereAndWhat(@TempDir Path d) throws Exception {
        Path f = d.resolve("bad.csv");
        Files.writeString(f, "actor,capability,position,salience\nA,1,0,0.5\nB,one,10,1\n");
        Run r = run("bargain", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.csv:3") && r.err().contains("capability 'one' is not a number"), r.err());
        Files.writeString(f, "actor,capability,position\nA,1,0\nB,1,10\n");
        Run h = run("bargain", f.toString());
        assertEquals(2, h.code());
        assertTrue(h.err().contains("missing column 'salience'"), h.err());
        Run t = run("bargain", "--theory", "nash", "examples/bdm-1994-emissions.csv");
        assertEquals(2, t.code());
        Run missing = run("bargain", d.resolve("nope.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("file not found"), missing.err());
    }
}
