package org.treatysim.cli;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.FileTrees;
import org.treatysim.io.Node;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.RunReport;
import org.treatysim.output.Seal;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Re-runs a {@code run} from its manifest.json (scenario file, seed, replications). Before running it checks that
 * the manifest is intact (its own checksum), that it agrees with the scenario it names (span, bargaining theory,
 * parameters), and that the scenario files and the parameter file still have the SHA-256 the manifest recorded.
 * It then compares the bytes of trajectory.csv, runs.csv and summary.json with the originals beside the manifest,
 * and says when an original was changed after the run wrote it.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Re-runs a run from its manifest.json (same scenario, seed and replications, after checking the manifest's "
                + "own checksum, that it agrees with the scenario, and the input files' SHA-256) and checks that trajectory.csv, "
                + "runs.csv and summary.json come out byte-identical to the files beside the manifest. Prints MATCH or MISMATCH per file.",
                "Exit code: 0 if every file matches, 1 on a mismatch, 2 if an input changed or the manifest is bad or edited."})
public final class ReproduceCommand implements Callable<Integer> {
    /** The files compared, in order. */
    public static final List<String> COMPARED = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json");
    /** Results directories of `reproduce`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("reproduce");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest.json of a results directory written by `run`.")
    Path manifestFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Keep the reproduced results here (default: a temporary directory, removed afterwards).")
    Path out;

    @Option(names = {"--force"}, description = "Replace results that `reproduce` wrote in --out and nobody changed since (never anything else).")
    boolean force;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path manifestPath = manifestFile.toAbsolutePath().normalize();
        Recorded rec = Recorded.read(manifestPath);
        int t = threads.threads();
        if (out != null && out.toAbsolutePath().normalize().equals(manifestPath.getParent())) {
            throw new UsageException("--out " + out + " is the directory of the results being checked; choose another directory");
        }
        checkInputs(rec);
        Scenario loaded = Scenarios.load(rec.scenario);
        Scenario s = rec.posterior == null ? loaded : loaded.withPosterior(Posterior.load(rec.posterior, loaded.parameters()));
        if (!s.sha256().keySet().equals(rec.sha256.keySet())) {
            throw new UsageException("the scenario now reads other files than at the time of the run: now " + s.sha256().keySet()
                    + ", recorded " + rec.sha256.keySet() + "; restore the scenario's extends:/parameters_file: to reproduce");
        }
        rec.agreesWith(s);
        Seal.Read seal = Seal.read(manifestPath);
        if (seal.status() == Seal.Status.CHANGED) {
            throw new ScenarioException(manifestPath, "the manifest was changed after the run wrote it (its manifest_sha256 does not match its content)",
                    "reproduce needs the manifest exactly as `run` wrote it; restore it from a copy");
        }
        if (seal.status() == Seal.Status.UNSEALED) {
            spec.commandLine().getErr().println("note: " + manifestPath + " carries no checksums (written by an earlier TreatySim version), so edits to it cannot be detected");
            spec.commandLine().getErr().flush();
        }
        List<String> changed = Seal.changedFiles(manifestPath.getParent(), seal.root());

        o.printf("reproducing %s: scenario %s, %d replications, seed %d%n", manifestPath, rec.scenario, rec.replications, rec.seed);
        o.flush();
        List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reproduces", manifestPath.toString());
        MonteCarlo.Config cfg = new MonteCarlo.Config(rec.replications, rec.seed, t, true);
        final int threadsUsed = t;
        Path tmpParent = out == null ? OutputException.guard(manifestPath, () -> Files.createTempDirectory("treatysim-reproduce-")) : null;
        try {
            Path dir;
            try (OutputDir od = OutputDir.open(out != null ? out : tmpParent.resolve("results"), out != null && force, OWNER)) {
                Instant started = Instant.now();
                dir = RunReport.runAndWrite(od, s, cfg, null,
                        tr -> Manifest.build("reproduce", args, s, rec.replications, rec.seed, threadsUsed, started, Instant.now(), extra)).dir();
            }
            Path original = manifestPath.getParent();
            boolean all = true;
            for (String name : COMPARED) {
                String verdict = compare(original.resolve(name), dir.resolve(name));
                all &= verdict.startsWith("MATCH");
                if (!verdict.startsWith("MATCH") && changed.contains(name)) verdict += ", and the original was changed after the run wrote it";
                o.println(verdict + "  " + name);
            }
            o.println(all ? "reproduced: all " + COMPARED.size() + " files are byte-identical" : "NOT reproduced: see the mismatches above");
            if (out != null) o.println("reproduced results in " + dir);
            o.flush();
            return all ? 0 : 1;
        } finally {
            if (tmpParent != null) FileTrees.deleteQuietly(tmpParent);
        }
    }

    /** Refuses to run if a recorded input file is missing or has changed since the run. */
    private static void checkInputs(Recorded rec) {
        for (Map.Entry<String, String> e : rec.sha256.entrySet()) {
            Path p = Path.of(e.getKey());
            if (!Files.isRegularFile(p)) {
                throw new UsageException("input file " + p + " recorded in the manifest no longer exists; restore it"
                        + (rec.gitCommit.isEmpty() ? "" : " (the run used commit " + rec.gitCommit + ")") + " to reproduce the run");
            }
            String now = Sha256.ofInput(p);
            if (!now.equals(e.getValue())) {
                throw new UsageException("input file " + p + " has changed since the run (SHA-256 now " + now.substring(0, 12)
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

    /** One recorded parameter: what the run used. */
    record Param(Node node, String name, double value, double low, double high, String distribution) {}

    /** What a manifest says about how to re-run, and what the scenario must still say. */
    public record Recorded(Path scenario, long seed, int replications, Map<String, String> sha256, String gitCommit,
                    Node root, List<Param> parameters, Path posterior) {
        /** Reads and checks a run's manifest; every problem is reported at its line:column. */
        public static Recorded read(Path manifest) {
            YamlDocument doc = YamlDocument.load(manifest);
            Node root = doc.rootNode().requireObject("a TreatySim manifest");
            String tool = root.required("tool", "\"treatysim\"").asString("\"treatysim\"");
            if (!tool.equals("treatysim")) throw root.field("tool").error("not a TreatySim manifest (tool: " + tool + ")", "give the manifest.json of a TreatySim results directory");
            String command = root.required("command", "the command that wrote the results").asString("a command name");
            if (!command.equals("run") && !command.equals("reproduce")) {
                throw root.field("command").error("reproduce re-runs results of `run`; this manifest is from `" + command + "`",
                        "give the manifest.json of a `run` results directory");
            }
            if (root.has("shard")) {
                throw root.field("shard").error("this manifest is of one shard of a run (`run --shard`), which holds no trajectory to compare",
                        "join the shards with `treatysim merge`, then reproduce the merged run's manifest.json");
            }
            Path scenario = Path.of(root.required("scenario_path", "the scenario file").asString("a path"));
            long seed = root.required("seed", "the master seed").asLong("the master seed", Long.MIN_VALUE, Long.MAX_VALUE);
            int reps = (int) root.required("replications", "the replications").asLong("the replications", 1, RunOptions.MAX_REPLICATIONS);
            Node shaNode = root.required("sha256", "the SHA-256 of each input file").requireObject("{path: sha256}");
            Map<String, String> sha = new LinkedHashMap<>();
            for (String path : shaNode.fieldNames()) sha.put(path, shaNode.field(path).asString("a SHA-256 in hex", Sha256.HEX));
            if (sha.isEmpty()) throw shaNode.error("the manifest records no input files", "re-run with `run` to get a complete manifest");
            String git = root.has("git_commit") ? root.field("git_commit").asString("a commit") : "";
            if (git.equals("unknown")) git = "";
            List<Param> params = new ArrayList<>();
            if (root.has("parameters")) {
                for (Node p : root.field("parameters").elements("the parameters")) {
                    p.requireObject("a parameter");
                    double[] range = p.required("range", "[low, high]").asInterval("range", "restore the manifest as `run` wrote it");
                    params.add(new Param(p, p.required("name", "the name").asString("a name"), p.required("value", "the value").asDouble("the value"),
                            range[0], range[1],
                            p.has("distribution") ? p.field("distribution").asString("a distribution") : null));
                }
            }
            Path posterior = null;
            if (root.has("posterior")) {
                Node p = root.field("posterior").requireObject("{file, sha256, particles, parameters}");
                posterior = Path.of(p.required("file", "the posterior sample's file").asString("a path"));
                if (!sha.containsKey(posterior.toString())) {
                    throw p.field("file").error("the posterior sample " + posterior + " is not among the manifest's sha256 inputs", "restore the manifest as `run` wrote it");
                }
            }
            return new Recorded(scenario, seed, reps, sha, git, root, params, posterior);
        }

        /**
         * Refuses, at the manifest's line:column, a recorded span, bargaining theory, scenario name or parameter that
         * the scenario (whose files are unchanged) does not give: the manifest was edited after the run.
         */
        public void agreesWith(Scenario s) {
            String hint = "the manifest was edited after the run; restore it as `run` wrote it";
            if (root.has("scenario") && !root.field("scenario").asString("the scenario's name").equals(s.name())) {
                throw root.field("scenario").error("the manifest records scenario '" + root.field("scenario").json().asText() + "', but the scenario file is '" + s.name() + "'", hint);
            }
            if (root.has("span")) {
                Node span = root.field("span").requireObject("{start, end}");
                String start = span.required("start", "the first month").asString("a month"), end = span.required("end", "the last month").asString("a month");
                if (!start.equals(s.start().toString()) || !end.equals(s.end().toString())) {
                    throw span.error("the manifest records the span " + start + " to " + end + ", but the scenario runs " + s.start() + " to " + s.end(), hint);
                }
            }
            if (root.has("bargaining")) {
                String b = root.field("bargaining").asString("a bargaining theory");
                if (!b.equals(s.bargaining())) {
                    throw root.field("bargaining").error("the manifest records the bargaining theory '" + b + "', but the scenario uses '" + s.bargaining() + "'", hint);
                }
            }
            for (Param p : parameters) {
                ParameterSpec now = s.parameters().spec(p.name());
                if (now == null) throw p.node().error("the manifest records parameter '" + p.name() + "', which the scenario does not have", hint);
                if (now.value() != p.value() || now.low() != p.low() || now.high() != p.high()
                        || (p.distribution() != null && !p.distribution().equals(now.distribution().id()))) {
                    throw p.node().error("the manifest records " + p.name() + " = " + p.value() + " in [" + p.low() + ", " + p.high() + "], but the scenario gives "
                            + now.value() + " in [" + now.low() + ", " + now.high() + "]", hint);
                }
            }
        }
    }
}
