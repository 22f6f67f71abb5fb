package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.io.Json;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the shards of one run ({@code run --shard i/N}) into the results directory the unsharded run writes:
 * trajectory.csv, runs.csv, decisions.csv, summary.json, the charts and report.html, sealed with a manifest. The
 * statistics merge exactly ({@link RunStatistics}), and runs.csv and decisions.csv are the shards' rows in shard order,
 * so every file but the provenance (manifest.json, and report.html, which quotes it) is byte-identical to a local run's.
 * Before anything is written every shard is verified: intact (its files match its manifest's checksums), a shard of
 * the same run (scenario files, seed, replications, parameters, version, number of shards), and all N there once.
 */
public final class RunMerge {
    /** Manifest entries that must agree between the shards of one run. */
    static final List<String> IDENTITY = List.of("tool", "version", "scenario", "scenario_path", "sha256", "bargaining", "span", "seed",
            "replications", "parameters", "parameter_overrides");

    private RunMerge() {}

    public record Result(Path dir, int shards, int replications) {}

    /** A shard's entry in its manifest, written and read back: shard {@code index} of {@code count}, replications [from, to). */
    public record ShardEntry(int index, int count, int from, int to) {}

    /**
     * What the merge reads of a shard's manifest, typed (the identity of the run is compared entry by entry on the
     * manifest itself, see {@link #IDENTITY}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShardManifest(@JsonProperty("scenario_path") String scenarioPath, Map<String, String> sha256, long seed, int replications,
                         Integer threads, List<String> arguments, @JsonProperty(Seal.SELF) String manifestSha256, ShardEntry shard) {}

    /** What a shard's manifest adds to {@link Manifest#build}: {@code shard: {index, count, from, to}}. */
    public static Map<String, Object> shardEntry(SweepSpec.Shard sh, MonteCarlo.Config slice) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("shard", new ShardEntry(sh.index(), sh.count(), slice.from(), slice.to()));
        return extra;
    }

    /** Whether {@code dir} looks like results of `run`, a shard or whole (its manifest names `run`); not verified. */
    public static boolean looksLikeRun(Path dir) {
        Path m = dir.resolve(Seal.MANIFEST);
        if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) || Files.exists(dir.resolve(SweepWriter.MANIFEST))) return false;
        try {
            Seal.Read r = Seal.read(m);
            return r.text("command").equals("run");
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** A verified shard: where, its manifest, and its slice. */
    private record Shard(Path dir, ObjectNode manifest, ShardManifest read) {
        int index() { return read.shard().index(); }
        int count() { return read.shard().count(); }
        int from() { return read.shard().from(); }
        int to() { return read.shard().to(); }
    }

    /**
     * Merges the shards in {@code dirs} (any order) into {@code out} under the output policy of {@link OutputDir}.
     *
     * @param args the merge command's arguments, recorded in the manifest
     */
    public static Result merge(List<Path> dirs, Path out, boolean force, List<String> args) {
        if (dirs.isEmpty()) throw new UsageException("give the shard directories to merge");
        try (OutputDir o = OutputDir.open(out, force, RunReport.OWNER)) {
            Instant started = Instant.now();
            List<Shard> shards = new ArrayList<>();
            for (Path d : dirs) shards.add(verify(d, o.target()));
            Shard first = shards.get(0);
            for (Shard sh : shards) {
                for (String f : IDENTITY) {
                    JsonNode a = first.manifest().get(f), b = sh.manifest().get(f);
                    if (a == null ? b != null : !a.equals(b)) {
                        throw new UsageException(sh.dir() + " is not a shard of the same run as " + first.dir() + " (their manifests differ in '" + f
                                + "'); merge only the shards of one run, run with one TreatySim version");
                    }
                }
                if (sh.count() != first.count()) {
                    throw new UsageException(sh.dir() + " is shard " + sh.index() + "/" + sh.count() + " but " + first.dir() + " is one of " + first.count() + " shards");
                }
            }
            shards.sort(Comparator.comparingInt(Shard::index));
            int count = first.count();
            for (int k = 0; k < shards.size(); k++) {
                int idx = shards.get(k).index();
                if (idx != k + 1) {
                    throw new UsageException(idx > k + 1 ? "shard " + (k + 1) + "/" + count + " is missing; give all " + count + " shard directories"
                            : "shard " + idx + "/" + count + " is given twice (" + shards.get(k - 1).dir() + " and " + shards.get(k).dir() + ")");
                }
            }
            if (shards.size() != count) throw new UsageException("shard " + (shards.size() + 1) + "/" + count + " is missing; give all " + count + " shard directories");
            int reps = first.read().replications();
            long seed = first.read().seed();
            int expectedFrom = 0;
            for (Shard sh : shards) {
                SweepSpec.Shard cut = new SweepSpec.Shard(sh.index(), count);
                if (sh.from() != expectedFrom || sh.from() != cut.first(reps) || sh.to() != cut.end(reps)) {
                    throw new UsageException(sh.dir() + ": its manifest says replications " + sh.from() + " to " + sh.to()
                            + ", not the slice of shard " + cut + "; restore the shard as `run --shard` wrote it");
                }
                expectedFrom = sh.to();
            }

            Scenario s = scenario(first);
            RunStatistics t = null;
            for (Shard sh : shards) {
                Path state = sh.dir().resolve(RunReport.STATE);
                try (InputStream in = Files.newInputStream(state)) {
                    RunStatistics part = RunStatistics.read(in, s, seed, List.of());
                    if (part.replications() != sh.to() - sh.from()) throw new IOException("it holds " + part.replications() + " replications, not " + (sh.to() - sh.from()));
                    if (t == null) t = part;
                    else t.merge(part);
                } catch (IOException e) {
                    throw new ScenarioException(state, "not a state this TreatySim can merge: " + e.getMessage(),
                            "run the shard again with the same command (run --shard), with this TreatySim version");
                }
            }
            List<Path> order = shards.stream().map(Shard::dir).toList();
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) idx.add(i);
            try {
                SweepMerge.concat(order, idx, RunReport.RUNS, o.file(RunReport.RUNS), Sha256.digest());
                SweepMerge.concat(order, idx, RunReport.DECISIONS, o.file(RunReport.DECISIONS), Sha256.digest());
            } catch (IOException e) {
                throw OutputException.writing(o.target(), e);
            }
            Map<String, MetricStats> stats = TrajectoryStats.compute(t);
            Summary sum = Summary.of(t, stats);
            Path dir = RunReport.write(o, t, stats, sum, manifest(first, s, reps, seed, shards, args, started));
            return new Result(dir, count, reps);
        }
    }

    /** Checks one shard directory: intact results of `run`, with a shard entry and the files a shard writes. */
    private static Shard verify(Path d, Path target) {
        Path abs = d.toAbsolutePath().normalize();
        if (abs.equals(target)) throw new UsageException("the output " + target + " is one of the shards; choose another --out");
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) throw new UsageException(d + " is not a directory; give the directories `run --shard` wrote");
        String problem = RunReport.OWNER.problem(abs);
        if (problem != null) throw new UsageException(d + " " + problem + "; merge only intact shards written by `run --shard`");
        Seal.Read r = Seal.read(abs.resolve(Seal.MANIFEST));
        JsonNode sh = r.root().get("shard");
        if (sh == null || !sh.isObject()) throw new UsageException(d + " holds a whole run, not a shard; merge the directories `run --shard i/N` wrote");
        for (String f : List.of(RunReport.STATE, RunReport.RUNS, RunReport.DECISIONS)) {
            if (!Files.isRegularFile(abs.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(d + " lacks " + f + "; run the shard again (run --shard) into a new directory");
            }
        }
        ShardManifest read;
        try {
            read = Json.READER.treeToValue(r.root(), ShardManifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ScenarioException(abs.resolve(Seal.MANIFEST), "not a shard manifest this TreatySim can read: " + e.getMessage().lines().findFirst().orElse(""),
                    "restore the shard as `run --shard` wrote it, or run it again");
        }
        return new Shard(abs, r.root(), read);
    }

    /** The scenario the shards ran, loaded again and checked against the checksums their manifest records. */
    private static Scenario scenario(Shard first) {
        Path file = Path.of(first.read().scenarioPath());
        Scenario s = Scenarios.load(file);
        Map<String, String> now = s.sha256(), then = first.read().sha256();
        if (!now.equals(then)) {
            throw new UsageException("the scenario files changed since the shards ran (" + file + " and the files it reads, recorded in "
                    + first.dir().resolve(Seal.MANIFEST) + "); restore them to merge, or run the shards again");
        }
        return s;
    }

    /**
     * The merged run's manifest: the run as one command would have written it (its arguments without --shard, --out
     * and --force), plus where it was merged from.
     */
    private static Map<String, Object> manifest(Shard first, Scenario s, int reps, long seed, List<Shard> shards, List<String> args, Instant started) {
        List<String> runArgs = new ArrayList<>();
        List<String> a = first.read().arguments() == null ? List.of() : first.read().arguments();
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            if (x.equals("--shard") || x.equals("-o") || x.equals("--out")) { i++; continue; }
            if (x.startsWith("--shard=") || x.startsWith("--out=") || (x.startsWith("-o") && x.length() > 2) || x.equals("--force")) continue;
            runArgs.add(x);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        List<Object> from = new ArrayList<>();
        for (Shard sh : shards) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("dir", sh.dir().toString());
            x.put("manifest_sha256", sh.read().manifestSha256() == null ? "" : sh.read().manifestSha256());
            x.put("replications", List.of(sh.from(), sh.to()));
            from.add(x);
        }
        extra.put("merged_from", from);
        extra.put("merge_arguments", List.copyOf(args));
        return Manifest.build("run", runArgs, s, reps, seed, first.read().threads() == null ? 1 : first.read().threads(), started, Instant.now(), extra);
    }
}
