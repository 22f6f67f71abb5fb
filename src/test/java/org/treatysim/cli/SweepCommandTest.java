package org.treatysim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.SweepRunner;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.output.OutputDir;
import org.treatysim.output.SweepJournal;
import org.treatysim.output.SweepManifest;
import org.treatysim.output.SweepWriter;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The sweep, merge and sensitivity commands end to end on the real model, with small sweeps. */
class SweepCommandTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    static final String[] FILES = {"sweep.json", "points.csv", "results.csv"};

    @TempDir static Path tmp;
    static Path lhs, reference;

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path sweepFile(String name, String body) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, "scenario: " + BASELINE + "\n" + body);
        return f;
    }

    static final String LHS = """
            design: {type: lhs, n: 14}
            replications: 3
            seed: 5
            parameters:
              negotiation.h_max:
              jp.us_push: {range: [0.5, 1.5]}
            metrics: [p_treaty_by:1960-12, peak_hazard:2016-01..2018-12, p_treaty_by:2025-12, mean:RU.max_offer:1991-01..1993-12]
            """;

    @BeforeAll static void referenceRun() throws IOException {
        lhs = sweepFile("lhs.yaml", LHS);
        reference = tmp.resolve("ref");
        Run r = cli("sweep", lhs.toString(), "-o", reference.toString(), "-t", "1", "--quiet", "--block-points", "3");
        assertEquals(0, r.code(), r.err());
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : FILES) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " of " + b + " differs from " + a);
    }

    @Test void writesTidyFilesInPointReplicationMetricOrder() throws IOException {
        List<String> pts = Files.readAllLines(reference.resolve("points.csv"));
        assertEquals("point,negotiation.h_max,jp.us_push", pts.get(0));
        assertEquals(15, pts.size());
        List<String> res = Files.readAllLines(reference.resolve("results.csv"));
        assertEquals("point,replication,metric,value", res.get(0));
        assertEquals(1 + 14 * 3 * 4, res.size());
        String[] metrics = {"p_treaty_by:1960-12", "peak_hazard:2016-01..2018-12", "p_treaty_by:2025-12", "mean:RU.max_offer:1991-01..1993-12"};
        int i = 1;
        for (int p = 0; p < 14; p++) {
            for (int r = 0; r < 3; r++) {
                for (String m : metrics) {
                    String[] c = res.get(i++).split(",");
                    assertEquals(String.valueOf(p), c[0]);
                    assertEquals(String.valueOf(r), c[1]);
                    assertEquals(m, c[2]);
                    double v = Double.parseDouble(c[3]);
                    if (m.startsWith("p_treaty_by")) assertTrue(v == 0 || v == 1);
                    if (m.startsWith("peak")) assertTrue(v >= 0 && v <= 1);
                    if (m.startsWith("mean:RU")) assertTrue(v >= 0 && v <= 4);
                }
            }
        }
        // Parameter values lie in their sweep ranges; jp.us_push spans its range.
        double lo = 9, hi = -9;
        var hmax = org.treatysim.experiment.Scenarios.load(java.nio.file.Path.of("scenarios/baseline.yaml")).parameters().spec("negotiation.h_max");
        for (String line : pts.subList(1, pts.size())) {
            String[] c = line.split(",");
            double h = Double.parseDouble(c[1]), u = Double.parseDouble(c[2]);
            assertTrue(h >= hmax.low() && h <= hmax.high(), "h_max in its plausible range");
            lo = Math.min(lo, u); hi = Math.max(hi, u);
        }
        assertTrue(lo >= 0.5 && lo < 0.6 && hi > 1.4 && hi <= 1.5, lo + ".." + hi);
        // The journal ends with the sizes and SHA-256 of both files (docs/sweeps.md).
        assertTrue(Files.readString(reference.resolve("sweep.journal")).endsWith("complete 14 " + Files.size(reference.resolve("points.csv"))
                + " " + Files.size(reference.resolve("results.csv")) + " " + org.treatysim.io.Sha256.of(reference.resolve("points.csv"))
                + " " + org.treatysim.io.Sha256.of(reference.resolve("results.csv")) + "\n"));
        assertTrue(Files.readString(reference.resolve("sweep.journal")).startsWith("treatysim-sweep-journal 2 sweep.json "
                + org.treatysim.io.Sha256.of(reference.resolve("sweep.json")) + "\n"));
    }

    @Test void outputDoesNotDependOnThreadsOrBlockSize() throws IOException {
        Path two = tmp.resolve("two-threads");
        Run r = cli("sweep", lhs.toString(), "-o", two.toString(), "-t", "2", "--quiet", "--block-points", "2");
        assertEquals(0, r.code(), r.err());
        assertSameFiles(reference, two);
        Path dflt = tmp.resolve("default-blocks");
        assertEquals(0, cli("sweep", lhs.toString(), "-o", dflt.toString(), "-t", "2", "--quiet").code());
        assertSameFiles(reference, dflt);
    }

    @Test void shardsMergeIntoExactlyTheUnshardedFiles() throws IOException {
        List<String> dirs = new ArrayList<>();
        for (int i = 3; i >= 1; i--) { // any order
            Path d = tmp.resolve("shard-" + i);
            Run r = cli("sweep", lhs.toString(), "-o", d.toString(), "--shard", i + "/3", "-t", "2", "--quiet", "--block-points", "2");
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.readString(d.resolve("sweep.json")).contains("\"shard\""));
            dirs.add(d.toString());
        }
        // Shard 2 holds points 4..8 (floor(i*14/3)).
        assertTrue(Files.readAllLines(tmp.resolve("shard-2/points.csv")).get(1).startsWith("4,"));
        Path merged = tmp.resolve("merged");
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(dirs);
        args.addAll(List.of("-o", merged.toString()));
        Run r = cli(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertSameFiles(reference, merged);
        // A missing shard is refused, and nothing is written.
        Run bad = cli("merge", dirs.get(0), dirs.get(2), "-o", tmp.resolve("merged-bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("shard 2/3 is missing"), bad.err());
        assertFalse(Files.exists(tmp.resolve("merged-bad")));
    }

    @Test void resumeAfterACrashAndATornTailLosesAndRepeatsNothing() throws IOException {
        Path d = tmp.resolve("crashed");
        SweepSpec spec = SweepSpec.load(lhs);
        byte[] manifest = SweepManifest.bytes(SweepManifest.build(spec, SweepSpec.Shard.ALL));
        List<String> metrics = spec.metrics().stream().map(m -> m.id()).toList();
        // Crash after two blocks of three points.
        try (OutputDir o = OutputDir.open(d, false, SweepJournal.OWNER)) {
            SweepWriter.init(o, manifest, spec.parameterNames(), 0);
            o.commit();
        }
        try (SweepWriter w = SweepWriter.open(d, SweepJournal.verify(d, false), metrics)) {
            int[] blocks = {0};
            RuntimeException crash = assertThrows(RuntimeException.class, () -> SweepRunner.run(spec, 0, 14, 2, 3, (first, values, results) -> {
                if (blocks[0]++ == 2) throw new IllegalStateException("simulated crash");
                w.block(first, values, results);
            }, null));
            assertEquals("simulated crash", crash.getMessage());
        }
        // A kill in the middle of the next block's write leaves a torn tail in both files and the journal.
        Files.writeString(d.resolve("points.csv"), "6,0.1", StandardOpenOption.APPEND);
        Files.writeString(d.resolve("results.csv"), "6,0,p_treaty_by:1960-12,0\n6,0,peak_ha", StandardOpenOption.APPEND);
        Files.writeString(d.resolve("sweep.journal"), "block 9 12", StandardOpenOption.APPEND);
        Run r = cli("sweep", lhs.toString(), "-o", d.toString(), "--resume", "-t", "2", "--quiet", "--block-points", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resuming at point 6"), r.out());
        assertSameFiles(reference, d);
        // Resuming a complete sweep does nothing.
        Run again = cli("sweep", lhs.toString(), "-o", d.toString(), "--resume", "--quiet");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("already complete"));
        assertSameFiles(reference, d);
    }

    @Test void resumeAfterARealKillLosesAndRepeatsNothing() throws Exception {
        Path f = sweepFile("kill.yaml", LHS.replace("n: 14", "n: 40"));
        Path full = tmp.resolve("kill-ref"), killed = tmp.resolve("kill-run");
        assertEquals(0, cli("sweep", f.toString(), "-o", full.toString(), "--quiet", "-t", "2").code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sweep", f.toString(), "-o", killed.toString(), "-t", "1", "--quiet", "--block-points", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("kill.log").toFile()).start();
        Path journal = killed.resolve("sweep.journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(journal) && Files.readAllLines(journal).size() >= 4) break;
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the sweep ended before it could be killed: " + Files.readString(tmp.resolve("kill.log")));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.readString(journal).contains("complete"), "killed before the end");
        Run r = cli("sweep", f.toString(), "-o", killed.toString(), "--resume", "--quiet", "-t", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resuming at point"), r.out());
        assertSameFiles(full, killed);
    }

    @Test void existingResultsAreNeverOverwrittenWithoutForce() throws IOException {
        Path d = tmp.resolve("kept");
        assertEquals(0, cli("sweep", lhs.toString(), "-o", d.toString(), "--quiet").code());
        byte[] before = Files.readAllBytes(d.resolve("results.csv"));
        Run r = cli("sweep", lhs.toString(), "-o", d.toString(), "--quiet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--resume") && r.err().contains("--force"), r.err());
        assertArrayEquals(before, Files.readAllBytes(d.resolve("results.csv")));
        // A different sweep cannot be resumed into it.
        Path other = sweepFile("other.yaml", LHS.replace("seed: 5", "seed: 6"));
        Run o = cli("sweep", other.toString(), "-o", d.toString(), "--resume", "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("holds a different sweep") && o.err().contains("seed: 5 then, 6 now"), o.err());
        assertArrayEquals(before, Files.readAllBytes(d.resolve("results.csv")));
    }

    // ---------------------------------------------------------------- sensitivity

    @Test void sensitivityOfASobolSweepWritesIndicesAndCharts() throws IOException {
        Path f = sweepFile("sobol.yaml", """
                design: {type: sobol, n: 8}
                replications: 2
                seed: 3
                parameters:
                  negotiation.h_max:
                  negotiation.position_sd:
                metrics: [peak_hazard:2016-01..2018-12, p_treaty_by:2025-12]
                """);
        Path d = tmp.resolve("sobol");
        assertEquals(0, cli("sweep", f.toString(), "-o", d.toString(), "--quiet").code());
        assertEquals(1 + 8 * 4, Files.readAllLines(d.resolve("points.csv")).size());
        Run r = cli("sensitivity", d.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(d.resolve("sensitivity/sensitivity.csv"));
        assertEquals("method,metric,parameter,index,value,ci_low,ci_high", rows.get(0));
        assertEquals(1 + 2 * 2 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("sobol,peak_hazard:2016-01..2018-12,negotiation.h_max,S1,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("sobol,peak_hazard:2016-01..2018-12,negotiation.h_max,ST,"), rows.get(2));
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            if (c[4].isEmpty()) continue;
            assertTrue(Double.parseDouble(c[5]) <= Double.parseDouble(c[6]), row);
        }
        byte[] png = Files.readAllBytes(d.resolve("sensitivity/sensitivity-peak_hazard_2016-01_to_2018-12.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(d.resolve("sensitivity/sensitivity-p_treaty_by_2025-12.svg")).contains("<svg"));
        // Reproducible: the same sweep gives the same indices and intervals.
        Path again = tmp.resolve("sobol-sens-2");
        assertEquals(0, cli("sensitivity", d.toString(), "-o", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(d.resolve("sensitivity/sensitivity.csv")), Files.readAllBytes(again.resolve("sensitivity.csv")));
    }

    @Test void commonRandomNumbersShareSeedsWithinASaltelliRow() throws IOException {
        // With one parameter, AB_1 = B: with common random numbers its runs repeat B's exactly; without, they do not.
        String body = """
                design: {type: sobol, n: 6}
                replications: 3
                seed: 8
                parameters:
                  negotiation.h_max:
                metrics: [peak_hazard:1956-01..2025-12, mean:JP_RU.affinity:1956-01..2025-12]
                """;
        for (boolean crn : new boolean[] {true, false}) {
            Path f = sweepFile("crn-" + crn + ".yaml", body + "common_random_numbers: " + crn + "\n");
            Path d = tmp.resolve("crn-" + crn);
            assertEquals(0, cli("sweep", f.toString(), "-o", d.toString(), "--quiet").code());
            List<String> rows = Files.readAllLines(d.resolve("results.csv"));
            int perPoint = 3 * 2, same = 0;
            for (int j = 0; j < 6; j++) {
                int b = 1 + (j * 3 + 1) * perPoint, ab = 1 + (j * 3 + 2) * perPoint;
                for (int i = 0; i < perPoint; i++) {
                    String x = rows.get(b + i).substring(rows.get(b + i).indexOf(',')), y = rows.get(ab + i).substring(rows.get(ab + i).indexOf(','));
                    if (x.equals(y)) same++;
                }
            }
            if (crn) assertEquals(6 * perPoint, same, "AB_1 repeats B run for run");
            else assertTrue(same < 6 * perPoint / 2, same + " identical rows without common random numbers");
            assertTrue(Files.readString(d.resolve("sweep.json")).contains("\"common_random_numbers\" : " + crn));
        }
    }

    @Test void sensitivityOfAMorrisSweep() throws IOException {
        Path f = sweepFile("morris.yaml", """
                design: {type: morris, r: 3, levels: 4}
                replications: 1
                parameters:
                  negotiation.h_max:
                  jp.us_push:
                metrics: [peak_hazard:2016-01..2018-12]
                """);
        Path d = tmp.resolve("morris");
        assertEquals(0, cli("sweep", f.toString(), "-o", d.toString(), "--quiet").code());
        assertEquals(0, cli("sensitivity", d.toString()).code());
        List<String> rows = Files.readAllLines(d.resolve("sensitivity/sensitivity.csv"));
        assertEquals(List.of("mu_star", "sigma", "mu_star", "sigma"), rows.subList(1, 5).stream().map(x -> x.split(",")[3]).toList());
        for (String row : rows.subList(1, 5)) assertTrue(Double.parseDouble(row.split(",")[4]) >= 0, row);
    }

    @Test void sensitivityRefusesDesignsWithoutIndices() {
        Run r = cli("sensitivity", reference.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("lhs design"), r.err());
    }

    // ---------------------------------------------------------------- bad input

    static void assertBad(String body, String where, String what) throws IOException {
        Path f = sweepFile("bad.yaml", body);
        Run r = cli("sweep", f.toString(), "-o", tmp.resolve("never").toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(f + ":" + where + ": error: "), "expected " + where + " in: " + r.err());
        assertTrue(r.err().contains(what), "expected '" + what + "' in: " + r.err());
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written");
    }

    @Test void badSweepFilesGivePreciseErrors() throws IOException {
        // Line numbers count the 'scenario:' line that sweepFile() puts first.
        assertBad("""
                design: {type: lhs, n: 4}
                parameters:
                  negotiation.h_max:
                  negotiation.hmax: {range: [0.1, 0.2]}
                metrics: [p_treaty_by:2025-12]
                """, "5:21", "unknown parameter 'negotiation.hmax'");
        assertBad("""
                design: {type: lhs, n: 4}
                parameters:
                  negotiation.h_max: {range: [0.2, 0.2]}
                metrics: [p_treaty_by:2025-12]
                """, "4:30", "range of negotiation.h_max is empty");
        assertBad("""
                design: {type: sobol, n: 0}
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12]
                """, "2:26", "design.n = 0");
        assertBad("""
                design: {type: lhs, n: 4}
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-13]
                """, "5:11", "not a real month");
        assertBad("""
                design: {type: morris, r: 4, levels: 5}
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12]
                """, "2:38", "morris levels must be even");
        assertBad("""
                design: {type: lhs, n: 4}
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2030-12]
                """, "5:11", "outside the scenario's span");
        assertBad("""
                design: {type: latin, n: 4}
                parameters:
                  negotiation.h_max:
                metrics: [p_treaty_by:2025-12]
                """, "2:16", "grid, lhs, sobol or morris");
    }

    @Test void malformedShardSpecsAreRefused() {
        for (String s : new String[] {"0/4", "5/4", "2-4", "x", "1/0"}) {
            Run r = cli("sweep", lhs.toString(), "-o", tmp.resolve("never-shard").toString(), "--shard", s, "--quiet");
            assertEquals(2, r.code(), s);
            assertTrue(r.err().contains("--shard"), r.err());
        }
        assertThrows(IllegalArgumentException.class, () -> SweepSpec.Shard.parse("3/2"));
        assertEquals(new SweepSpec.Shard(4, 4), SweepSpec.Shard.parse("4/4"));
        SweepSpec.Shard s = SweepSpec.Shard.parse("2/3");
        assertEquals(3, s.first(10));
        assertEquals(6, s.end(10));
    }
}
