package org.treatysim.output;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.io.Node;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's manifest.json says about how to re-run it (scenario file, seed, replications, the SHA-256 of its
 * inputs, a posterior sample) and what the scenario must still say (span, theory, parameters): read and checked at
 * the manifest's line:column. Used by {@link Reproduction}.
 *
 * @param parameters the recorded parameters (name, value, range, distribution), each with its place in the manifest
 */
public record RecordedRun(Path scenario, long seed, int replications, Map<String, String> sha256, String gitCommit,
                          Node root, List<RecordedRun.Param> parameters, Path posterior) {
    /** One recorded parameter: what the run used. */
    public record Param(Node node, String name, double value, double low, double high, String distribution) {}

    /** Reads and checks a run's manifest; every problem is reported at its line:column. */
    public static RecordedRun read(Path manifest) {
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
        int reps = (int) root.required("replications", "the replications").asLong("the replications", 1, MonteCarlo.MAX_REPLICATIONS);
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
        return new RecordedRun(scenario, seed, reps, sha, git, root, params, posterior);
    }

    /** Refuses (a usage error) if a recorded input file is missing or has changed since the run. */
    public void checkInputs() {
        for (Map.Entry<String, String> e : sha256.entrySet()) {
            Path p = Path.of(e.getKey());
            if (!Files.isRegularFile(p)) {
                throw new UsageException("input file " + p + " recorded in the manifest no longer exists; restore it"
                        + (gitCommit.isEmpty() ? "" : " (the run used commit " + gitCommit + ")") + " to reproduce the run");
            }
            String now = Sha256.ofInput(p);
            if (!now.equals(e.getValue())) {
                throw new UsageException("input file " + p + " has changed since the run (SHA-256 now " + now.substring(0, 12)
                        + "..., recorded " + e.getValue().substring(0, 12) + "...); restore it"
                        + (gitCommit.isEmpty() ? "" : " (the run used commit " + gitCommit + ")") + " to reproduce the run");
            }
        }
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
