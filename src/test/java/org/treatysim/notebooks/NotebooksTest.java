package org.treatysim.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.cli.Cli;
import org.treatysim.io.Json;
import org.treatysim.model.decision.ActRule;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.output.DecisionFiles;
import org.treatysim.output.RunFiles;
import org.treatysim.output.RunReport;
import org.treatysim.output.SensitivityReport;
import org.treatysim.output.StackedAreaChart;
import picocli.CommandLine;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed notebooks and their helper module, without Python: stripped of outputs, valid nbformat 4, reading their
 * inputs from the documented environment variables, and expecting the columns, keys, gates and colours the CLI really
 * writes (some checked on a tiny real run). .ci/notebooks.sh executes them on fresh CLI output.
 */
class NotebooksTest {
    static final Path DIR = Path.of("notebooks");
    static final Path HELPER = DIR.resolve("treatysim_nb.py");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    static String source(JsonNode cell) {
        JsonNode src = cell.get("source");
        if (src.isTextual()) return src.asText();
        StringBuilder sb = new StringBuilder();
        src.forEach(x -> sb.append(x.asText()));
        return sb.toString();
    }

    static String code(Path nb) throws IOException {
        JsonNode root = Json.MAPPER.readTree(nb.toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode c : root.get("cells")) if (c.get("cell_type").asText().equals("code")) out.add(source(c));
        return String.join("\n", out);
    }

    static String code(String name) throws IOException { return code(DIR.resolve(name)); }

    static String helper() throws IOException { return Files.readString(HELPER); }

    /** Python's repr of a list of strings, as the notebooks write the expected headers. */
    static String pyList(List<String> xs) {
        return xs.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Whether the code reads {@code key} of {@code what} (a dict), with either quote. */
    static boolean reads(String code, String what, String key) {
        return code.contains(what + "[\"" + key + "\"]") || code.contains(what + "['" + key + "']");
    }

    /** Runs the command line in-process; fails the test with its error output unless it exits 0. */
    static void cli(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }

    @Test void theFourNotebooksExist() throws IOException {
        assertEquals(List.of("01-baseline-replay.ipynb", "02-what-if.ipynb", "03-sweep-sensitivity.ipynb", "04-validation.ipynb"),
                notebooks().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test void committedNotebooksAreStrippedAndValid() throws IOException {
        for (Path nb : notebooks()) {
            JsonNode root = Json.MAPPER.readTree(nb.toFile());
            assertEquals(4, root.get("nbformat").asInt(), nb + ": nbformat");
            assertEquals("python", root.get("metadata").get("kernelspec").get("language").asText(), nb + ": kernel language");
            int code = 0;
            for (JsonNode c : root.get("cells")) {
                assertTrue(c.has("source") && c.has("cell_type"), nb + ": cell without source or type");
                if (!c.get("cell_type").asText().equals("code")) continue;
                code++;
                assertEquals(0, c.get("outputs").size(), nb + ": a code cell has outputs; clear them before committing");
                assertTrue(c.get("execution_count").isNull(), nb + ": a code cell has an execution count; clear outputs");
            }
            assertTrue(code >= 3, nb + ": too few code cells");
        }
    }

    @Test void notebooksReadResultsFromTheDocumentedVariableThroughTheHelper() throws IOException {
        for (Path nb : notebooks()) {
            String code = code(nb);
            assertTrue(code.contains("os.environ.get(\"TREATYSIM_RESULTS\", \"../results\")"), nb + " must read TREATYSIM_RESULTS");
            assertTrue(code.contains("import treatysim_nb as nb") && code.contains("nb.setup()"), nb + " must use the helper module");
            assertTrue(!code.contains("MPLBACKEND") && !code.contains("matplotlib.use("), nb + ": keep the inline backend, or no figures are embedded");
        }
        String h = helper();
        assertTrue(!h.contains("MPLBACKEND") && !h.contains("matplotlib.use("), "the helper must keep the inline backend");
    }

    @Test void theHelperExpectsTheColumnsTheCliWrites() throws IOException {
        String h = helper();
        assertTrue(h.contains("TRAJECTORY_HEADER = " + pyList(RunFiles.TRAJECTORY_HEADER)), "trajectory.csv " + RunFiles.TRAJECTORY_HEADER);
        assertTrue(h.contains("RUNS_HEADER = " + pyList(RunFiles.RUNS_HEADER)), "runs.csv " + RunFiles.RUNS_HEADER);
        assertTrue(h.contains("DECISIONS_HEADER = " + pyList(DecisionFiles.HEADER)), "decisions.csv " + DecisionFiles.HEADER);
        assertTrue(h.contains("COMPARISON_HEADER = " + pyList(ComparisonFiles.HEADER)), "comparison.csv " + ComparisonFiles.HEADER);
    }

    @Test void theHelperDrawsTheGatesAsBlockingPngDoes() throws IOException {
        String h = helper();
        int at = -1;
        for (int g = 0; g < RunReport.GATES.size(); g++) {
            Color c = StackedAreaChart.PALETTE.get(g);
            String line = String.format(Locale.ROOT, "(\"%s\", \"%s\", \"#%02X%02X%02X\"),", RunReport.GATES.get(g).id,
                    RunReport.GATE_LABELS.get(g), c.getRed(), c.getGreen(), c.getBlue());
            int i = h.indexOf(line);
            assertTrue(i > at, "GATES in " + HELPER + " must hold, in blocking.png's order, " + line);
            at = i;
        }
    }

    /** The strings of a Python list constant {@code NAME = ["a", "b"]} of the helper module. */
    static List<String> pyConstant(String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + name + " = \\[([^\\]]*)\\]").matcher(helper());
        assertTrue(m.find(), HELPER + " has no list " + name);
        List<String> out = new ArrayList<>();
        Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (q.find()) out.add(q.group(1));
        return out;
    }

    @Test void theHelperKnowsWhichRulesAreActs() throws IOException {
        List<String> acts = new ArrayList<>();
        for (DecisionRule r : Decisions.create()) if (r instanceof ActRule) acts.add(r.id());
        assertEquals(acts, pyConstant("ACT_RULES"), "ACT_RULES: the rules whose choice is an act (ActRule), in the registry's order");
        List<String> steps = pyConstant("PROTOCOL_STEPS");
        assertTrue(steps.containsAll(List.of("JP.accept", "RU.accept")), "the protocol's answers are protocol steps");
        for (String s : steps) assertTrue(!Decisions.catalogue().containsKey(s) || s.endsWith(".accept"), s + " is a rule, not a protocol step");
    }

    @Test void notebook01ReadsWhatRunWrites(@TempDir Path d) throws IOException {
        String code = code("01-baseline-replay.ipynb");
        for (String key : List.of("p_treaty_by_end", "p_treaty_by_end_ci90", "replications_signed", "peak_hazard_annual", "peak_month", "windows", "decisions")) {
            assertTrue(reads(code, "summary", key), "01 reads summary.json's " + key);
        }
        assertTrue(code.contains("nb.read_decisions(") && code.contains("nb.gate_shares(") && code.contains("nb.timing_against_history("),
                "01 reads decisions.csv, draws the gates and times the decisions against the record");
        Path out = d.resolve("run");
        cli("run", "scenarios/baseline.yaml", "-n", "3", "-s", "1", "-t", "1", "--quiet", "-o", out.toString());
        List<String> lines = Files.readAllLines(out.resolve("decisions.csv"));
        assertEquals(DecisionFiles.HEADER, List.of(lines.get(0).split(",")));
        Set<String> named = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) named.add(line.split(",")[3]);
        Set<String> known = new TreeSet<>(Decisions.catalogue().keySet());
        known.addAll(pyConstant("PROTOCOL_STEPS"));
        assertTrue(known.containsAll(named), "decisions.csv names decisions the helper does not know: " + named + " vs " + known);
        JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("scenario", "replications", "seed", "end", "p_treaty_by_end", "p_treaty_by_end_ci90",
                "replications_signed", "mean_islands_if_signed", "peak_hazard_annual", "peak_month", "windows", "decisions")) {
            assertTrue(summary.has(key), "summary.json has no " + key + ", which 01 reads");
        }
        assertTrue(summary.get("decisions").size() > 0, "the run recorded no decision");
        summary.get("decisions").fields().forEachRemaining(e -> {
            for (String k : List.of("share_of_replications", "firings_per_replication", "first_month_median", "first_month_p05", "first_month_p95")) {
                assertTrue(e.getValue().has(k), e.getKey() + " has no " + k + ", which 01 compares with decisions.csv");
            }
        });
        String trajectory = Files.readString(out.resolve("trajectory.csv"));
        for (var g : RunReport.GATES) assertTrue(trajectory.contains("," + g.id + ","), "trajectory.csv has no " + g.id);
    }

    @Test void notebook02ReadsWhatCompareAndTwoRunsWrite() throws IOException {
        String code = code("02-what-if.ipynb");
        assertTrue(code.contains("nb.COMPARISON_HEADER") && code.contains("COMPARE / \"states.csv\"") && code.contains("COMPARE / \"summary.json\""),
                "02 reads comparison.csv, states.csv and summary.json");
        for (String key : List.of("base", "whatifs", "scenarios", "differences", "replications", "seed")) {
            assertTrue(reads(code, "csum", key), "02 reads compare's summary.json " + key);
        }
        for (String key : List.of("state_differences", "treaty_by", "same_outcomes", "ci95", "ci95_unpaired")) {
            assertTrue(reads(code, "", key), "02 reads " + key);
        }
        assertTrue(code.contains("nb.interventions(") && code.contains("nb.consequences(") && code.contains("nb.first_divergence("),
                "02 follows the intervention through the decisions of two runs");
        assertTrue(code.contains("TREATYSIM_WHATIF") && code.contains("TREATYSIM_COMPARE"), "02's variables");
    }

    @Test void notebook03ExpectsTheSweepFormats() throws IOException {
        String c3 = code("03-sweep-sensitivity.ipynb");
        assertTrue(c3.contains(pyList(List.of("point", "replication", "metric", "value"))));
        assertTrue(c3.contains(pyList(SensitivityReport.HEADER)), "sensitivity.csv " + SensitivityReport.HEADER);
        assertTrue(c3.contains("{\"S1\", \"ST\", \"mu_star\", \"sigma\"}"));
        assertTrue(c3.contains("SWEEP / \"sensitivity\" / \"sensitivity.csv\""), "03 reads where `sensitivity DIR` writes by default");
    }

    @Test void notebook04ReadsWhatEvaluateWrites(@TempDir Path d) throws IOException {
        String code = code("04-validation.ipynb");
        List<String> periods = Arrays.stream(Evaluation.Period.values()).map(Evaluation.Period::id).toList();
        assertTrue(code.contains("PERIODS = " + pyList(periods)), "04 must know evaluate's periods " + periods);
        List<String> top = List.of("scenario", "facts_file", "replications", "seed", "holdout", "models", "nulls", "holdout_comparison");
        assertTrue(code.contains("for key in (" + top.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", ")) + "):"),
                "04 checks evaluation.json's keys " + top);
        Path out = d.resolve("evaluation");
        cli("evaluate", "-n", "3", "-s", "1", "-t", "1", "--quiet", "--brief", "-o", out.toString());
        JsonNode ev = Json.MAPPER.readTree(out.resolve("evaluation.json").toFile());
        for (String k : top) assertTrue(ev.has(k), "evaluation.json has no " + k);
        assertTrue(Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).has("scenario_path"), "04 finds the scenario through the manifest");
        assertTrue(ev.get("nulls").has("scripted") && ev.get("nulls").has("constant_hazard"), "the two nulls");
        List<JsonNode> models = new ArrayList<>();
        ev.get("models").forEach(models::add);
        ev.get("nulls").forEach(models::add);
        for (JsonNode m : models) {
            m.fieldNames().forEachRemaining(p -> assertTrue(periods.contains(p) || p.equals("annual_hazard"), "unknown period " + p));
            for (String p : periods) {
                if (!m.has(p)) continue;
                for (String k : List.of("hits", "facts", "loss", "results")) assertTrue(m.get(p).has(k), p + " has no " + k);
                for (JsonNode r : m.get(p).get("results")) {
                    for (String k : List.of("id", "type", "statement", "measured", "measured_text", "threshold", "hit", "loss")) {
                        assertTrue(r.has(k), "a result has no " + k + ", which 04 reads");
                    }
                }
            }
        }
        for (JsonNode c : ev.get("holdout_comparison")) {
            for (String k : List.of("null", "facts", "model_loss", "null_loss", "model_beats_null")) assertTrue(c.has(k), "holdout_comparison: " + k);
        }
    }
}
