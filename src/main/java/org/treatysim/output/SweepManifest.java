package org.treatysim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.treatysim.experiment.SweepMetric;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.experiment.design.Design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep.json}: what a sweep runs (design, seed, parameters and ranges, metrics, inputs' SHA-256, code
 * version) and, for a shard, which slice. It holds nothing that varies between runs of the same sweep (no
 * times, thread counts or paths), so the same sweep always writes the same bytes, a resumed sweep can check
 * that it continues the same work, and merged shards equal an unsharded run.
 */
public final class SweepManifest {
    private SweepManifest() {}

    public static Map<String, Object> build(SweepSpec spec, SweepSpec.Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "treatysim");
        m.put("format", "treatysim/sweep-results-1");
        m.put("version", Manifest.version());
        m.put("git_commit", Manifest.gitCommit(spec.file().toAbsolutePath().getParent()));
        m.put("sweep_file", spec.file().getFileName().toString());
        m.put("sweep_sha256", spec.sha256());
        m.put("title", spec.title());
        m.put("scenario", spec.scenario().name());
        m.put("scenario_sha256", spec.scenario().sha256().values().stream().sorted().toList());
        m.put("bargaining", spec.scenario().bargaining());
        Design d = spec.design();
        Map<String, Object> design = new LinkedHashMap<>(d.settings());
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

    public static Map<String, Object> read(Path dir) {
        Path f = dir.resolve(SweepWriter.MANIFEST);
        if (!Files.isRegularFile(f)) throw new IllegalArgumentException(dir + " holds no sweep (no " + SweepWriter.MANIFEST + "); give a directory written by `treatysim sweep`");
        try {
            return Json.MAPPER.readValue(f.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
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
