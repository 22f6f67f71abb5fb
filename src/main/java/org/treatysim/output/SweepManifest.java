package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /**
     * The contents of {@code sweep.json}, in the order written.
     *
     * @param design the design's settings ({@link Design.Settings#entries()}) and its number of points
     * @param shard  for one shard of a sweep: which, and its points [first_point, end_point); absent for a whole sweep
     */
    public record Contents(String tool, String format, String version, @JsonProperty("git_commit") String gitCommit,
                           @JsonProperty("sweep_file") String sweepFile, @JsonProperty("sweep_sha256") String sweepSha256, String title,
                           String scenario, @JsonProperty("scenario_sha256") List<String> scenarioSha256, String bargaining,
                           Map<String, Object> design, long seed, @JsonProperty("common_random_numbers") boolean commonRandomNumbers,
                           int replications, long runs, List<Param> parameters, List<String> metrics,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ShardEntry shard) {}

    /** A swept parameter: its name, sweep range and unit. */
    public record Param(String name, double low, double high, String unit) {}

    /** Shard {@code index} of {@code count}, running points [firstPoint, endPoint). */
    public record ShardEntry(int index, int count, @JsonProperty("first_point") int firstPoint, @JsonProperty("end_point") int endPoint) {}

    public static Contents build(SweepSpec spec, SweepSpec.Shard shard) {
        Design d = spec.design();
        Map<String, Object> design = new LinkedHashMap<>(d.settings().entries());
        design.put("points", d.points());
        List<Param> params = new ArrayList<>();
        for (SweepSpec.Param p : spec.parameters()) params.add(new Param(p.name(), p.low(), p.high(), p.unit()));
        return new Contents("treatysim", FORMAT, Manifest.version(), Manifest.gitCommit(spec.file().toAbsolutePath().getParent()),
                spec.file().getFileName().toString(), spec.sha256(), spec.title(), spec.scenario().name(),
                spec.scenario().sha256().values().stream().sorted().toList(), spec.scenario().bargaining(), design, spec.seed(),
                spec.commonRandomNumbers(), spec.replications(), (long) d.points() * spec.replications(), List.copyOf(params),
                spec.metrics().stream().map(SweepMetric::id).toList(),
                shard.whole() ? null : new ShardEntry(shard.index(), shard.count(), shard.first(d.points()), shard.end(d.points())));
    }

    /** The manifest's bytes as written: {@link Contents}, or the entries of one read back (a merge rewrites them). */
    public static byte[] bytes(Object manifest) {
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
