package org.treatysim.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.treatysim.output.Json;
import org.treatysim.output.RunFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed notebooks, without Python: stripped of outputs, valid nbformat 4, reading their inputs from the
 * documented environment variable, and expecting the columns the CLI really writes. (.ci/notebooks.sh executes them.)
 */
class NotebooksTest {
    static final Path DIR = Path.of("notebooks");

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

    /** Python's repr of a list of strings, as the notebooks write the expected headers. */
    static String pyList(List<String> xs) {
        return xs.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Test void theThreeNotebooksExist() throws IOException {
        assertEquals(List.of("01-baseline-replay.ipynb", "02-what-if.ipynb", "03-sweep-sensitivity.ipynb"),
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

    @Test void notebooksReadResultsFromTheDocumentedVariable() throws IOException {
        for (Path nb : notebooks()) {
            String code = code(nb);
            assertTrue(code.contains("os.environ.get(\"TREATYSIM_RESULTS\", \"../results\")"), nb + " must read TREATYSIM_RESULTS");
            assertTrue(!code.contains("MPLBACKEND") && !code.contains("matplotlib.use("), nb + ": keep the inline backend, or no figures are embedded");
        }
    }

    @Test void notebook01ExpectsTheColumnsRunWrites() throws IOException {
        String code = code(DIR.resolve("01-baseline-replay.ipynb"));
        assertTrue(code.contains(pyList(RunFiles.TRAJECTORY_HEADER)), "01 must check trajectory.csv's header " + RunFiles.TRAJECTORY_HEADER);
        assertTrue(code.contains(pyList(RunFiles.RUNS_HEADER)), "01 must check runs.csv's header " + RunFiles.RUNS_HEADER);
        for (String key : List.of("p_treaty_by_end", "p_treaty_by_end_ci90", "replications_signed", "peak_hazard_annual", "peak_month", "windows")) {
            assertTrue(code.contains("summary[\"" + key + "\"]") || code.contains("summary['" + key + "']"), "01 reads summary.json's " + key);
        }
    }

    @Test void notebooks02And03ExpectTheDocumentedFormats() throws IOException {
        assertTrue(code(DIR.resolve("02-what-if.ipynb")).contains(
                pyList(List.of("scenario", "date", "metric", "mean", "p05", "p95", "diff", "diff_ci_low", "diff_ci_high"))));
        String c3 = code(DIR.resolve("03-sweep-sensitivity.ipynb"));
        assertTrue(c3.contains(pyList(List.of("point", "replication", "metric", "value"))));
        assertTrue(c3.contains(pyList(List.of("method", "metric", "parameter", "index", "value", "ci_low", "ci_high"))));
        assertTrue(c3.contains("{\"S1\", \"ST\", \"mu_star\", \"sigma\"}"));
    }
}
