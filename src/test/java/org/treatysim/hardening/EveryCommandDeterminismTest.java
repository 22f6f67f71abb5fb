package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Cli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same seed, same bytes, in every file of every command that writes results: run, compare, evaluate, calibrate,
 * bargain, sweep (whole and sharded), merge, sensitivity and reproduce. The whole pipeline runs twice, once in this
 * JVM and once in a fresh one (iteration orders such as {@code Map.of}'s differ between JVMs, not within one), into
 * the same paths, and every file is compared byte for byte. In manifest.json only {@code started} and
 * {@code finished} may differ (and with them the manifest's own checksum): they record when the command ran.
 */
class EveryCommandDeterminismTest {
    @TempDir Path tmp;

    /** The commands, in order; WORK stands for the working directory, SCEN for the repository's scenarios. */
    static final List<String[]> PIPELINE = List.of(
            new String[] {"run", "SCEN/baseline.yaml", "-n", "12", "-s", "3", "-t", "2", "--quiet", "-o", "WORK/run"},
            new String[] {"compare", "SCEN/baseline.yaml", "SCEN/whatif-2022-no-sanctions.yaml", "-n", "8", "-s", "3", "-t", "2", "--quiet", "-o", "WORK/compare"},
            new String[] {"evaluate", "SCEN/baseline.yaml", "--theory", "two-level", "--theory", "nash", "-n", "8", "-s", "3", "-t", "2", "--quiet", "-o", "WORK/evaluate"},
            new String[] {"calibrate", "SCEN/baseline.yaml", "-n", "2", "--starts", "1", "--evals", "4", "-s", "3", "-t", "2", "--quiet", "-o", "WORK/calibrate"},
            new String[] {"bargain", "examples/bdm-1994-emissions.csv", "--rounds", "3", "--out", "WORK/bargain"},
            new String[] {"sweep", "WORK/sobol.yaml", "-t", "2", "--quiet", "-o", "WORK/sweep"},
            new String[] {"sensitivity", "WORK/sweep"},
            new String[] {"sweep", "WORK/sobol.yaml", "--shard", "1/2", "-t", "2", "--quiet", "-o", "WORK/shard1"},
            new String[] {"sweep", "WORK/sobol.yaml", "--shard", "2/2", "-t", "2", "--quiet", "-o", "WORK/shard2"},
            new String[] {"merge", "WORK/shard2", "WORK/shard1", "-o", "WORK/merged"},
            new String[] {"reproduce", "WORK/run/manifest.json", "-t", "2", "-o", "WORK/reproduced"});

    /** Runs the pipeline in this JVM, or (as a main class) in a fresh one: args[0] is WORK. */
    public static void main(String[] args) {
        System.exit(pipeline(Path.of(args[0]), new PrintWriter(System.err, true)));
    }

    static int pipeline(Path work, PrintWriter log) {
        String scen = Path.of("scenarios").toAbsolutePath().toString();
        try {
            Files.createDirectories(work);
            Files.writeString(work.resolve("sobol.yaml"), "scenario: " + scen + "/baseline.yaml\n" + """
                    design: {type: sobol, n: 4}
                    replications: 2
                    seed: 3
                    common_random_numbers: true
                    parameters:
                      negotiation.h_max:
                      jp.us_push:
                    metrics: [p_treaty_by:2025-12, peak_hazard:1990-01..2000-12]
                    """);
        } catch (IOException e) {
            e.printStackTrace(log);
            return 3;
        }
        for (String[] cmd : PIPELINE) {
            String[] args = new String[cmd.length];
            for (int i = 0; i < cmd.length; i++) args[i] = cmd[i].replace("WORK", work.toString()).replace("SCEN", scen);
            StringWriter out = new StringWriter(), err = new StringWriter();
            CommandLine cl = Cli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            if (code != 0) {
                log.println(String.join(" ", args) + " exited " + code + ": " + err);
                return code;
            }
        }
        return 0;
    }

    /** Every file under {@code root}, by relative path. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> w = Files.walk(root)) {
            for (Path p : (Iterable<Path>) w.filter(Files::isRegularFile)::iterator) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    /** A manifest with the time of the run (and the checksum that covers it) masked. */
    static String masked(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8)
                .replaceAll("\"(started|finished)\" : \"[^\"]*\"", "\"$1\" : \"*\"")
                .replaceAll("\"manifest_sha256\" : \"[0-9a-f]{64}\"", "\"manifest_sha256\" : \"*\"");
    }

    @Test void everyCommandWritesTheSameBytesTwice() throws Exception {
        Path work = tmp.resolve("work");
        StringWriter log = new StringWriter();
        assertEquals(0, pipeline(work, new PrintWriter(log, true)), log.toString());
        Path first = Files.move(work, tmp.resolve("first"));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), EveryCommandDeterminismTest.class.getName(), work.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("second.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the second pipeline finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("second.log")));

        Map<String, byte[]> a = files(first), b = files(work);
        assertEquals(a.keySet(), b.keySet(), "the same files");
        int manifests = 0;
        for (String f : a.keySet()) {
            if (f.endsWith("manifest.json")) {
                manifests++;
                assertEquals(masked(a.get(f)), masked(b.get(f)), f);
            } else {
                assertTrue(java.util.Arrays.equals(a.get(f), b.get(f)), f + " differs between two runs with the same seed");
            }
        }
        assertEquals(7, manifests, "run, compare, evaluate, calibrate, bargain, sensitivity and reproduce each wrote one: " + a.keySet());
        assertTrue(a.containsKey("merged/results.csv") && a.containsKey("sweep/sensitivity/sensitivity.csv") && a.containsKey("calibrate/calibrated.yaml"), a.keySet().toString());
    }
}
