package org.treatysim.experiment;

import org.treatysim.experiment.design.Design;
import org.treatysim.experiment.design.GridDesign;
import org.treatysim.experiment.design.LatinHypercube;
import org.treatysim.experiment.design.MorrisDesign;
import org.treatysim.experiment.design.SaltelliDesign;
import org.treatysim.io.Names;
import org.treatysim.io.Node;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sweep file, read and checked: the base scenario, the swept parameters with their ranges, the design,
 * replications per point, the seed and the per-run metrics. The format is described in docs/sweeps.md.
 * Every problem is reported with the file, line:column, what was expected and what to do.
 */
public record SweepSpec(Path file, String sha256, String title, Scenario scenario, List<Param> parameters, Design design,
                        int replications, long seed, boolean commonRandomNumbers, List<SweepMetric> metrics, int[] fromStep, int[] toStep) {

    /** A swept parameter: coordinate u of the design maps to {@code low + u (high - low)}. */
    public record Param(String name, double low, double high, String unit) {
        public double value(double u) { return low + u * (high - low); }
    }

    public static final int MAX_REPLICATIONS = 100_000;
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("schema", "title", "description", "scenario", "design",
            "replications", "seed", "common_random_numbers", "parameters", "metrics"));
    private static final Set<String> PARAM_FIELDS = new LinkedHashSet<>(List.of("range", "levels"));

    /**
     * The model seed of replication {@code rep} at point {@code p}: derived from (seed, p, rep), or with
     * {@code common_random_numbers: true} from (seed, group of p, rep), so that the points a sensitivity estimator
     * compares (a Saltelli row, a Morris trajectory) share their random numbers and differ only by their parameters.
     */
    public long modelSeed(int p, int rep) {
        return commonRandomNumbers
                ? org.treatysim.experiment.Seeds.derive(seed, CRN_STREAM, design.group(p), rep)
                : org.treatysim.experiment.Seeds.derive(seed, org.treatysim.experiment.Seeds.MODEL_STREAM, p, rep);
    }

    static final long CRN_STREAM = 0x47524F5550L; // "GROUP"

    public List<String> parameterNames() { return parameters.stream().map(Param::name).toList(); }

    public static SweepSpec load(Path file) {
        YamlDocument doc = YamlDocument.load(file);
        Node root = doc.rootNode().requireObject("the sweep file");
        root.onlyFields(TOP);
        if (root.has("schema")) root.field("schema").asString("'treatysim/sweep-1'", Pattern.compile("treatysim/sweep-1"));
        String title = root.has("title") ? org.treatysim.scenario.ScenarioLoader.titleLine(root.field("title")) : "";

        Node scenNode = root.required("scenario", "the base scenario's path, relative to this sweep file");
        Path scenPath = resolve(file, scenNode.asString("a path to a scenario file"));
        if (!Files.isRegularFile(scenPath)) {
            throw scenNode.error("scenario file " + scenPath + " does not exist", "give the path relative to the sweep file, e.g. ../scenarios/baseline.yaml");
        }
        Scenario scenario = Scenarios.load(scenPath);

        // Parameters, in file order.
        Node pnode = root.required("parameters", "a mapping from parameter name to {range: [low, high]} (or nothing, for its plausible range)")
                .requireObject("parameters");
        List<Param> params = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (String name : pnode.fieldNames()) {
            Node p = pnode.field(name);
            if (!scenario.parameters().contains(name)) {
                String close = Names.closest(name, scenario.parameters().names());
                throw p.error("unknown parameter '" + name + "': the scenario's parameter file " + scenario.parametersFile() + " has no such parameter",
                        (close != null ? "did you mean '" + close + "'? " : "") + "sweep only parameters declared in that file");
            }
            ParameterSpec spec = scenario.parameters().spec(name);
            double lo = spec.low(), hi = spec.high();
            Integer lv = null;
            boolean bare = p.json().isNull() || p.json().isMissingNode() || (p.json().isTextual() && p.json().asText().isEmpty());
            if (!bare) {
                p.requireObject("parameter " + name + " ({range: [low, high]})");
                p.onlyFields(PARAM_FIELDS);
                if (p.has("range")) {
                    Node range = p.field("range");
                    double[] r = range.asInterval("range of " + name, "write range: [low, high]");
                    lo = r[0];
                    hi = r[1];
                    org.treatysim.scenario.ParameterSet.within(spec.bounds(), name, lo, range.element(0), "low end of the sweep range");
                    org.treatysim.scenario.ParameterSet.within(spec.bounds(), name, hi, range.element(1), "high end of the sweep range");
                }
                if (p.has("levels")) lv = (int) p.field("levels").asLong("grid levels of " + name, 2, 10_000);
            }
            if (!(hi > lo)) {
                Node at = p.has("range") ? p.field("range") : p;
                throw at.error("the range of " + name + " is empty: [" + lo + ", " + hi + "] (low must be below high)",
                        "give a range with low < high" + (p.has("range") ? "" : "; its plausible range in the parameter file is a single value, so write range: [low, high]"));
            }
            params.add(new Param(name, lo, hi, spec.unit()));
            levels.add(lv);
        }
        if (params.isEmpty()) throw pnode.error("the sweep names no parameters", "list at least one parameter of " + scenario.parametersFile());

        // Design.
        Node dnode = root.required("design", "{type: grid|lhs|sobol|morris, ...}").requireObject("the design");
        String type = dnode.required("type", "grid, lhs, sobol or morris").asString("grid, lhs, sobol or morris", Pattern.compile("grid|lhs|sobol|morris"));
        int k = params.size();
        long seed = root.has("seed") ? root.field("seed").asLong("the sweep seed", Long.MIN_VALUE, Long.MAX_VALUE) : 1L;
        Design design;
        try {
            switch (type) {
                case "grid" -> {
                    dnode.onlyFields(Set.of("type", "levels"));
                    int def = dnode.has("levels") ? (int) dnode.field("levels").asLong("grid levels per parameter", 2, 10_000) : 0;
                    int[] lv = new int[k];
                    for (int i = 0; i < k; i++) {
                        Integer own = levels.get(i);
                        if (own == null && def == 0) {
                            throw pnode.field(params.get(i).name()).error("grid level count missing for " + params.get(i).name(),
                                    "write design: {type: grid, levels: N} for every parameter, or levels: N under this parameter");
                        }
                        lv[i] = own != null ? own : def;
                    }
                    design = new GridDesign(lv);
                }
                case "lhs" -> {
                    dnode.onlyFields(Set.of("type", "n"));
                    int n = (int) dnode.required("n", "the number of points, at least 1").asLong("the number of lhs points n", 1, Design.MAX_POINTS);
                    design = new LatinHypercube(n, k, seed);
                }
                case "sobol" -> {
                    dnode.onlyFields(Set.of("type", "n"));
                    int n = (int) dnode.required("n", "the number of base samples, at least 1").asLong("the number of base samples n", 1, Design.MAX_POINTS);
                    design = new SaltelliDesign(n, k);
                }
                default -> {
                    dnode.onlyFields(Set.of("type", "r", "levels"));
                    int r = (int) dnode.required("r", "the number of trajectories, at least 1").asLong("the number of trajectories r", 1, Design.MAX_POINTS);
                    Node lnode = dnode.has("levels") ? dnode.field("levels") : null;
                    int p = lnode == null ? 4 : (int) lnode.asLong("the number of grid levels p", 2, 1000);
                    if (p % 2 != 0) throw lnode.error("morris levels must be even, got " + p, "use 4, 6 or 8 levels");
                    design = new MorrisDesign(r, p, k, seed);
                }
            }
        } catch (IllegalArgumentException e) {
            throw dnode.error(e.getMessage(), "make the design smaller");
        }
        for (int i = 0; i < k; i++) {
            if (levels.get(i) != null && !type.equals("grid")) {
                throw pnode.field(params.get(i).name()).field("levels").error("levels under a parameter apply only to grid designs", "remove it, or use design type grid");
            }
        }

        boolean crn = root.has("common_random_numbers") && root.field("common_random_numbers").asBoolean();
        int reps = root.has("replications") ? (int) root.field("replications").asLong("replications per point", 1, MAX_REPLICATIONS) : 1;

        // Metrics.
        Node mnode = root.required("metrics", "a list of metrics such as p_treaty_by:2025-12");
        List<Node> ms = mnode.elements("metrics");
        if (ms.isEmpty()) throw mnode.error("the sweep names no metrics", "list at least one of: " + SweepMetric.FORMS);
        List<SweepMetric> metrics = new ArrayList<>();
        int[] from = new int[ms.size()], to = new int[ms.size()];
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            Node m = ms.get(i);
            String id = m.asString("a metric such as p_treaty_by:2025-12");
            SweepMetric metric;
            try {
                metric = SweepMetric.parse(id);
            } catch (IllegalArgumentException e) {
                throw m.error(e.getMessage(), "metrics have the forms " + SweepMetric.FORMS);
            }
            if (!seen.add(id)) throw m.error("metric '" + id + "' is listed twice", "list each metric once");
            if (metric.from().isBefore(scenario.start()) || metric.to().isAfter(scenario.end())) {
                throw m.error("metric '" + id + "' reaches outside the scenario's span " + scenario.start() + ".." + scenario.end(),
                        "use months within the span");
            }
            metrics.add(metric);
            from[i] = scenario.stepOf(metric.from());
            to[i] = scenario.stepOf(metric.to());
        }
        if ((long) design.points() * reps > 2_000_000_000L) {
            throw dnode.error("the sweep has " + ((long) design.points() * reps) + " runs; at most 2e9 are supported", "use fewer points or replications");
        }
        return new SweepSpec(file, Sha256.ofInput(file), title, scenario, List.copyOf(params), design, reps, seed, crn, List.copyOf(metrics), from, to);
    }

    private static Path resolve(Path sweepFile, String p) {
        Path dir = sweepFile.toAbsolutePath().getParent();
        return dir.resolve(p).normalize();
    }

    /** Shard {@code index} (1-based) of {@code count}: a contiguous slice of the points. */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count + " is out of range");
        }

        public static final Shard ALL = new Shard(1, 1);

        /** Parses "i/N" with 1 <= i <= N (e.g. SLURM_ARRAY_TASK_ID/4). */
        public static Shard parse(String s) {
            java.util.regex.Matcher m = Pattern.compile("(\\d{1,9})/(\\d{1,9})").matcher(s == null ? "" : s.trim());
            if (!m.matches()) throw new UsageException("--shard must be i/N with whole numbers, e.g. 2/4 (shards are numbered 1..N), got '" + s + "'");
            int i = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
            if (n < 1) throw new UsageException("--shard " + s + ": N must be at least 1");
            if (i < 1 || i > n) throw new UsageException("--shard " + s + ": i must be between 1 and " + n + " (shards are numbered from 1, like sbatch --array=1-" + n + ")");
            return new Shard(i, n);
        }

        public int first(int points) { return (int) ((long) (index - 1) * points / count); }

        public int end(int points) { return (int) ((long) index * points / count); }

        public boolean whole() { return count == 1; }

        @Override public String toString() { return index + "/" + count; }
    }
}
