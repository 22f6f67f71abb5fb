package org.treatysim.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.treatysim.output.OutputDir;
import org.treatysim.output.SweepJournal;
import org.treatysim.output.SweepManifest;
import org.treatysim.output.SweepWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What verifying a sweep costs before `--resume`, `merge` and `sensitivity` trust it: {@link SweepJournal#verify}
 * of a complete sweep written by the real writer, {@code points} points x 10 replications x 3 metrics (100,000
 * points: a 125 MB results.csv). The score is seconds per verification; divide the files' size by it for the rate.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main SweepVerifyBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepVerifyBench {
    static final int REPS = 10, BLOCK = 26;
    static final List<String> METRICS = List.of("p_treaty_by:2025-12", "peak_hazard:1990-01..2000-12", "mean:RU.max_offer:1991-01..1993-12");

    @Param({"100000"}) int points;

    Path tmp, dir;

    @Setup(Level.Trial) public void write() throws IOException {
        tmp = Files.createTempDirectory("treatysim-verify-bench-");
        dir = tmp.resolve("sweep");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "treatysim");
        m.put("format", SweepManifest.FORMAT);
        m.put("design", new LinkedHashMap<>(Map.of("type", "lhs", "n", points, "points", points)));
        m.put("seed", 1);
        m.put("replications", REPS);
        m.put("parameters", List.of(new LinkedHashMap<>(Map.of("name", "negotiation.h_max", "low", 0.04, "high", 0.16))));
        m.put("metrics", METRICS);
        byte[] manifest = SweepManifest.bytes(m);
        try (OutputDir o = OutputDir.open(dir, false, SweepJournal.OWNER)) {
            SweepWriter.init(o, manifest, List.of("negotiation.h_max"), 0);
            o.commit();
        }
        try (SweepWriter w = SweepWriter.open(dir, SweepJournal.verify(dir, false), METRICS)) {
            for (int first = 0; first < points; first += BLOCK) {
                int n = Math.min(BLOCK, points - first);
                double[][] values = new double[n][1];
                double[][][] results = new double[n][REPS][METRICS.size()];
                for (int i = 0; i < n; i++) {
                    values[i][0] = 0.04 + 0.12 * ((first + i) * 7919L % points) / points;
                    for (int r = 0; r < REPS; r++) for (int k = 0; k < METRICS.size(); k++) results[i][r][k] = ((first + i) * 31 + r * 17 + k) % 1000 / 1000.0;
                }
                w.block(first, values, results);
            }
            w.finish();
        }
        System.out.printf("%nsweep of %d points: results.csv %d bytes%n", points, Files.size(dir.resolve(SweepWriter.RESULTS)));
        Files.writeString(tmp.resolve("size"), String.valueOf(Files.size(dir.resolve(SweepWriter.RESULTS))), StandardCharsets.US_ASCII);
    }

    @Benchmark public Object verifyComplete() {
        return SweepJournal.verify(dir, true);
    }

    @TearDown(Level.Trial) public void remove() throws IOException {
        try (Stream<Path> w = Files.walk(tmp)) {
            for (Path p : (Iterable<Path>) w.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
