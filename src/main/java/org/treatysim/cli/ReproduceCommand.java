package org.treatysim.cli;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Trajectories;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RunReport;
import org.treatysim.scenario.Node;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.YamlDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * Re-runs a {@code run} from its manifest.json (scenario file, seed, replications), after checking that the scenario
 * files and the parameter file still have the SHA-256 the manifest recorded, and compares the bytes of
 * trajectory.csv, runs.csv and summary.json with the originals beside the manifest.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Re-runs a run from its manifest.json (same scenario, seed and replications, after checking the input "
                + "files' SHA-256) and checks that trajectory.csv, runs.csv and summary.json come out byte-identical to the "
                + "files beside the manifest. Prints MATCH or MISMATCH per file.",
                "Exit code: 0 if every file matches, 1 on a mismatch, 2 if an input changed or the manifest is bad."})
public final class ReproduceCommand implements Callable<Integer> {
    /** The files compared, in order. */
    public static final List<String> COMPARED = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest.json of a results directory written by `run`.")
    Path manifestFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Keep the reproduced results here (default: a temporary directory, removed afterwards).")
    Path out;

    @Option(names = {"--force"}, description = "Replace earlier results in --out.")
    boolean force;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Override public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path manifestPath = manifestFile.toAbsolutePath().normalize();
        Recorded rec = Recorded.read(manifestPath);
        if (out != null) {
            if (out.toAbsolutePath().normalize().equals(manifestPath.getParent())) {
                throw new IllegalArgumentException("--out " + out + " is the directory of the results being checked; choose another directory");
            }
            OutputDir.check(out, force);
        }
        checkInputs(rec);
        Scenario s = Scenarios.load(rec.scenario);
        if (!s.sha256().keySet().equals(rec.sha256.keySet())) {
            throw new IllegalArgumentException("the scenario now reads other files than at the time of the run: now " + s.sha256().keySet()
                    + ", recorded " + rec.sha256.keySet() + "; restore the scenario's extends:/parameters_file: to reproduce");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + t);

        o.printf("reproducing %s: scenario %s, %d replications, seed %d%n", manifestPath, rec.scenario, rec.replications, rec.seed);
        o.flush();
        Instant started = Instant.now();
        List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reproduces", manifestPath.toString());
        MonteCarlo.Config cfg = new MonteCarlo.Config(rec.replications, rec.seed, t, true);
        final int threadsUsed = t;
        java.util.function.Function<org.treatysim.experiment.Trajectories, Map<String, Object>> manifest =
                tr -> Manifest.build("reproduce", args, s, rec.replications, rec.seed, threadsUsed, started, Instant.now(), extra);

        Path tmpParent = null;
        Path dir;
        try {
            if (out != null) {
                dir = RunReport.runAndWrite(out, force, s, cfg, null, manifest).dir();
            } else {
                tmpParent = Files.createTempDirectory("treatysim-reproduce-");
                dir = RunReport.runAndWrite(tmpParent.resolve("results"), false, s, cfg, null, manifest).dir();
            }
            Path original = manifestPath.getParent();
            boolean all = true;
            for (String name : COMPARED) {
                String verdict = compare(original.resolve(name), dir.resolve(name));
                all &= verdict.startsWith("MATCH");
                o.println(verdict + "  " + name);
            }
            o.println(all ? "reproduced: all " + COMPARED.size() + " files are byte-identical" : "NOT reproduced: see the mismatches above");
            if (out != null) o.println("reproduced results in " + dir);
            o.flush();
            return all ? 0 : 1;
        } finally {
            if (tmpParent != null) deleteQuietly(tmpParent);
        }
    }

    /** Refuses to run if a recorded input file is missing or has changed since the run. */
    private static void checkInputs(Recorded rec) {
        for (Map.Entry<String, String> e : rec.sha256.entrySet()) {
            Path p = Path.of(e.getKey());
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("input file " + p + " recorded in the manifest no longer exists; restore it"
                        + (rec.gitCommit.isEmpty() ? "" : " (the run used commit " + rec.gitCommit + ")") + " to reproduce the run");
            }
            String now = sha256(p);
            if (!now.equals(e.getValue())) {
                throw new IllegalArgumentException("input file " + p + " has changed since the run (SHA-256 now " + now.substring(0, 12)
                        + "..., recorded " + e.getValue().substring(0, 12) + "...); restore it"
                        + (rec.gitCommit.isEmpty() ? "" : " (the run used commit " + rec.gitCommit + ")") + " to reproduce the run");
            }
        }
    }

    /** "MATCH", or "MISMATCH (...)" saying where the files first differ, or "MISSING" when the original is gone. */
    static String compare(Path original, Path reproduced) throws IOException {
        if (!Files.isRegularFile(original)) return "MISSING (no original " + original.getFileName() + " beside the manifest)";
        byte[] a = Files.readAllBytes(original), b = Files.readAllBytes(reproduced);
        int i = java.util.Arrays.mismatch(a, b);
        if (i < 0) return "MATCH";
        int line = 1;
        for (int k = 0; k < i && k < a.length; k++) if (a[k] == '\n') line++;
        return "MISMATCH (first difference at line " + line + ", byte " + i + "; " + a.length + " vs " + b.length + " bytes)";
    }

    static String sha256(Path p) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(YamlDocument.readBounded(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try (var w = Files.walk(p)) {
            w.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a manifest says about how to re-run. */
    record Recorded(Path scenario, long seed, int replications, Map<String, String> sha256, String gitCommit) {
        static Recorded read(Path manifest) {
            YamlDocument doc = YamlDocument.load(manifest);
            Node root = doc.rootNode().requireObject("a TreatySim manifest");
            String tool = root.required("tool", "\"treatysim\"").asString("\"treatysim\"");
            if (!tool.equals("treatysim")) throw root.field("tool").error("not a TreatySim manifest (tool: " + tool + ")", "give the manifest.json of a TreatySim results directory");
            String command = root.required("command", "the command that wrote the results").asString("a command name");
            if (!command.equals("run") && !command.equals("reproduce")) {
                throw root.field("command").error("reproduce re-runs results of `run`; this manifest is from `" + command + "`",
                        "give the manifest.json of a `run` results directory");
            }
            Path scenario = Path.of(root.required("scenario_path", "the scenario file").asString("a path"));
            long seed = root.required("seed", "the master seed").asLong("the master seed", Long.MIN_VALUE, Long.MAX_VALUE);
            int reps = (int) root.required("replications", "the replications").asLong("the replications", 1, RunOptions.MAX_REPLICATIONS);
            Node shaNode = root.required("sha256", "the SHA-256 of each input file").requireObject("{path: sha256}");
            Map<String, String> sha = new LinkedHashMap<>();
            for (String path : shaNode.fieldNames()) sha.put(path, shaNode.field(path).asString("a SHA-256 in hex", HEX64));
            if (sha.isEmpty()) throw shaNode.error("the manifest records no input files", "re-run with `run` to get a complete manifest");
            String git = root.has("git_commit") ? root.field("git_commit").asString("a commit") : "";
            if (git.equals("unknown")) git = "";
            return new Recorded(scenario, seed, reps, sha, git);
        }
    }
}
