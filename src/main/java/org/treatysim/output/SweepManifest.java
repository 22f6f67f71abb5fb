package org.treatysim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.treatysim.experiment.SweepMetric;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.experiment.design.Design;
import org.treatysim.io.Json;
import org.treatysim.io.Node;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code sweep.json}: what a sweep runs (design, seed, parameters and ranges, metrics, inputs' SHA-256, code
 * version) and, for a shard, which slice. It holds nothing that varies between runs of the same sweep (no
 * times, thread counts or paths), so the same sweep always writes the same bytes, a resumed sweep can check
 * that it continues the same work, and merged shards equal an unsharded run.
 */
public final class SweepManifest {
    public static final String FORMAT = "treatysim/sweep-results-1";

    private SweepManifest() {}

    public static Map<String, Object> build(SweepSpec spec, SweepSpec.Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "treatysim");
        m.put("format", FORMAT);
        m.put("version", Manifest.version());
        m.put("git_commit", Manifest.gitCommit(spec.file().toAbsolutePath().getParent()));
        m.put("sweep_file", spec.file().getFileName().toString());
        m.put("sweep_sha256", spec.sha256());
        m.put("title", spec.title());
        m.put("scenario", spec.scenario().name());
        m.put("scenario_sha256", spec.scenario().sha256().values().stream().sorted().toList());
        m.put("bargaining", spec.scenario().bargaining());
        Design d = spec.design();
        Map<String, Object> design = new LinkedHashMap<>(d.settings().entries());
        design.put("points", d.points());
        m.put("design", design);
        m.put("seed", spec.seed());
        m.put("common_random_numbers", spec.commonRandomNumbers());
        m.put("replications", spec.replications());
        m.put("runs", (long) d.points() * spec.replications());
        List<Object> params = new ArrayList<>();
        for (SweepSpec.Param p : spec.parameters()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", p.name());
            x.put("low", p.low());
            x.put("high", p.high());
            x.put("unit", p.unit());
            params.add(x);
        }
        m.put("parameters", params);
        m.put("metrics", spec.metrics().stream().map(SweepMetric::id).toList());
        if (!shard.whole()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("index", shard.index());
            s.put("count", shard.count());
            s.put("first_point", shard.first(d.points()));
            s.put("end_point", shard.end(d.points()));
            m.put("shard", s);
        }
        return m;
    }

    public static byte[] bytes(Map<String, Object> manifest) {
        try {
            return (Json.MAPPER.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A sweep directory's manifest, read and checked: the exact bytes (the journal records their checksum), the
     * entries in file order (to compare and rewrite shards' manifests byte for byte), and, typed, what the
     * verification of the sweep's files and the sensitivity analysis need.
     */
    public record Info(Path file, byte[] bytes, Map<String, Object> map, String title, String type, int points, Design.Settings design,
                       long seed, int replications, List<String> metrics, List<String> parameters, SweepSpec.Shard shard) {
        /** First point of this directory's slice. */
        public int first() { return shard == null ? 0 : shard.first(points); }

        /** One past the last point of this directory's slice. */
        public int end() { return shard == null ? points : shard.end(points); }

        /** "shard i/N" or "the whole sweep", for messages. */
        public String slice() { return shard == null ? "the whole sweep" : "shard " + shard; }
    }

    private static final String HINT = "sweep.json must stay as `treatysim sweep` wrote it; restore it, or run the sweep again into a new directory";

    /** Reads and checks {@code dir/sweep.json}; every problem is reported at its line:column. */
    public static Info read(Path dir) {
        Path f = dir.resolve(SweepWriter.MANIFEST);
        if (!Files.exists(f)) throw new ScenarioException(f, "there is no sweep here (no " + SweepWriter.MANIFEST + ")", "give a directory written by `treatysim sweep`");
        byte[] bytes = YamlDocument.readBounded(f);
        Node root = YamlDocument.parse(f, bytes).rootNode().requireObject("a sweep manifest");
        String tool = root.required("tool", "\"treatysim\"").asString("\"treatysim\"");
        if (!tool.equals("treatysim")) throw root.field("tool").error("not a TreatySim sweep manifest (tool: " + tool + ")", HINT);
        root.required("format", "\"" + FORMAT + "\"").asString("\"" + FORMAT + "\"", Pattern.compile(Pattern.quote(FORMAT)));
        Node d = root.required("design", "the design").requireObject("the design");
        String type = d.required("type", "grid, lhs, sobol or morris").asString("grid, lhs, sobol or morris", Pattern.compile("grid|lhs|sobol|morris"));
        int points = (int) d.required("points", "the number of points").asLong("the number of points", 1, Design.MAX_POINTS);
        Design.Settings settings = switch (type) {
            case "lhs", "sobol" -> new Design.Settings(type, (int) d.required("n", "the design's n").asLong("the design's n", 1, Design.MAX_POINTS), 0, 0, List.of());
            case "morris" -> new Design.Settings(type, 0,
                    (int) d.required("r", "the number of trajectories").asLong("the number of trajectories", 1, Design.MAX_POINTS),
                    (int) d.required("levels", "the number of levels").asLong("the number of levels", 2, 1000), List.of());
            default -> {
                List<Integer> lv = new ArrayList<>();
                for (Node l : d.required("levels", "the levels per parameter").elements("levels")) lv.add((int) l.asLong("grid levels", 2, 10_000));
                yield new Design.Settings(type, 0, 0, 0, List.copyOf(lv));
            }
        };
        String title = root.has("title") ? root.field("title").asString("the sweep's title") : "";
        long seed = root.required("seed", "the sweep seed").asLong("the sweep seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int reps = (int) root.required("replications", "replications per point").asLong("replications per point", 1, SweepSpec.MAX_REPLICATIONS);
        List<String> metrics = new ArrayList<>();
        for (Node m : root.required("metrics", "the metrics").elements("metrics")) metrics.add(m.asString("a metric"));
        if (metrics.isEmpty()) throw root.field("metrics").error("the manifest lists no metrics", HINT);
        List<String> params = new ArrayList<>();
        for (Node p : root.required("parameters", "the swept parameters").elements("parameters")) {
            p.requireObject("a parameter");
            params.add(p.required("name", "the parameter's name").asString("a parameter name"));
            double lo = p.required("low", "the low end").asDouble("the low end"), hi = p.required("high", "the high end").asDouble("the high end");
            if (!(hi > lo)) throw p.error("empty range [" + lo + ", " + hi + "]", HINT);
        }
        if (params.isEmpty()) throw root.field("parameters").error("the manifest lists no parameters", HINT);
        if (type.equals("grid") && d.field("levels").json().size() != params.size()) throw d.field("levels").error("one level count per parameter expected", HINT);
        SweepSpec.Shard shard = null;
        if (root.has("shard")) {
            Node s = root.field("shard").requireObject("the shard");
            int count = (int) s.required("count", "the number of shards").asLong("the number of shards", 1, Integer.MAX_VALUE);
            int index = (int) s.required("index", "the shard's number").asLong("the shard's number", 1, count);
            shard = new SweepSpec.Shard(index, count);
            long fp = s.required("first_point", "the shard's first point").asLong("the shard's first point", 0, points);
            long ep = s.required("end_point", "the shard's end point").asLong("the shard's end point", 0, points);
            if (fp != shard.first(points) || ep != shard.end(points)) {
                throw s.error("shard " + shard + " of " + points + " points runs " + shard.first(points) + ".." + shard.end(points) + ", not " + fp + ".." + ep, HINT);
            }
        }
        Map<String, Object> map;
        try {
            map = Json.MAPPER.readValue(bytes, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new ScenarioException(f, "cannot read the manifest: " + e.getMessage(), HINT);
        }
        return new Info(f, bytes, map, title, type, points, settings, seed, reps, List.copyOf(metrics), List.copyOf(params), shard);
    }

    /** The top-level entries in which two manifests differ, with both values, for messages. */
    public static String firstDifference(byte[] a, byte[] b) {
        try {
            Map<String, Object> x = Json.MAPPER.readValue(a, new TypeReference<LinkedHashMap<String, Object>>() {});
            Map<String, Object> y = Json.MAPPER.readValue(b, new TypeReference<LinkedHashMap<String, Object>>() {});
            List<String> diffs = new ArrayList<>();
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            for (String k : keys) {
                if (!java.util.Objects.equals(x.get(k), y.get(k))) diffs.add(k + ": " + x.get(k) + " then, " + y.get(k) + " now");
            }
            return diffs.isEmpty() ? "same content, different bytes" : "differs in " + String.join("; ", diffs);
        } catch (IOException e) {
            return "sweep.json is unreadable: " + e.getMessage();
        }
    }
}
