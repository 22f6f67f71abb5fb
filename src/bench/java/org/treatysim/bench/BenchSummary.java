package org.treatysim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints the summary of a JMH JSON result file (bench/run-bench.sh): replications per second and the ratios. */
public final class BenchSummary {
    private BenchSummary() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, double[]> score = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replaceAll(".*\\.", "");
            JsonNode params = r.get("params");
            if (params != null && params.has("threads")) name += "@" + params.get("threads").asText();
            JsonNode m = r.get("primaryMetric");
            score.put(name, new double[] {m.get("score").asDouble(), m.get("scoreError").asDouble()});
        }
        System.out.println();
        System.out.println("TreatySim benchmark summary (replications per second, full 840-month baseline; +- is JMH's 99.9% error)");
        line(score, "modelScheduled", "model on MASON's schedule, no-op observer, 1 thread");
        line(score, "modelPlainLoop", "same phases as a plain Java loop (the floor)");
        if (score.containsKey("modelScheduled") && score.containsKey("modelPlainLoop")) {
            System.out.printf(Locale.ROOT, "  %-62s %10.2f x   (target: at most 2)%n", "plain loop / scheduled",
                    score.get("modelPlainLoop")[0] / score.get("modelScheduled")[0]);
        }
        line(score, "replicationRun", "the run path: draw + model + statistics, 1 thread");
        if (score.containsKey("replicationRun")) {
            double v = score.get("replicationRun")[0];
            if (score.containsKey("modelPlainLoop")) {
                System.out.printf(Locale.ROOT, "  %-62s %10.2f x%n", "run path / plain-loop floor", v / score.get("modelPlainLoop")[0]);
            }
            System.out.printf(Locale.ROOT, "  %-62s %10s     %s%n", "target: 5,000 replications/s per core", "", v >= 5000 ? "MET" : "MISSED");
        }
        line(score, "parameterDraw", "parameter draw alone (draws/s)");
        line(score, "monteCarlo@1", "Monte Carlo, 1024 replications, 1 thread");
        line(score, "monteCarlo@2", "Monte Carlo, 1024 replications, 2 threads");
        if (score.containsKey("monteCarlo@1") && score.containsKey("monteCarlo@2")) {
            System.out.printf(Locale.ROOT, "  %-62s %10.2f x   (target: 1.8 or better; 2 cores: at most 2)%n", "scaling 1 -> 2 threads",
                    score.get("monteCarlo@2")[0] / score.get("monteCarlo@1")[0]);
        }
    }

    private static void line(Map<String, double[]> score, String key, String label) {
        double[] s = score.get(key);
        if (s == null) return;
        System.out.printf(Locale.ROOT, "  %-62s %10.0f +- %.0f%n", label, s[0], s[1]);
    }
}
