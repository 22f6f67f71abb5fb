package org.treatysim.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioErrors;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a request asks for: the JSON body of a run or a compare, and the scenarios in it, each either a shipped
 * scenario by name or scenario text checked by the same loader as the command line. Anything wrong is an
 * {@link ApiException} with the 4xx status and a message that says what to change; scenario errors carry every
 * problem with its line and column.
 */
final class Requests {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final int MAX_DATES = 12;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(40).build()).build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** A scenario of a request, loaded: as a shipped file, or as text under the file name {@code fileName}. */
    record Loaded(Scenario scenario, String fileName, byte[] text, boolean shipped) {
        String name() { return scenario.name(); }
    }

    /** A checked request for a job. {@code arms}: the scenario of a run, or the base then the what-ifs of a compare. */
    record JobRequest(String kind, List<Loaded> arms, int replications, long seed, List<YearMonth> dates) {}

    private final ServeSettings settings;
    private final Gallery gallery;

    Requests(ServeSettings settings, Gallery gallery) {
        this.settings = settings;
        this.gallery = gallery;
    }

    static JsonNode parseJson(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) throw new ApiException(400, "the request body must be a JSON object");
            return n;
        } catch (IOException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new ApiException(400, "the request body is not valid JSON: " + m);
        }
    }

    JobRequest job(JsonNode root) {
        onlyFields(root, "", Set.of("kind", "scenario", "base", "whatifs", "replications", "seed", "dates"));
        String kind = root.path("kind").asText("");
        List<Loaded> arms = new ArrayList<>();
        List<YearMonth> dates = List.of();
        switch (kind) {
            case "run" -> {
                forbid(root, "base", "a run has one scenario: give 'scenario'");
                forbid(root, "whatifs", "a run has one scenario: give 'scenario'; to compare, use kind 'compare'");
                forbid(root, "dates", "'dates' belong to a compare");
                arms.add(scenario(required(root, "scenario"), "scenario"));
            }
            case "compare" -> {
                forbid(root, "scenario", "a compare has 'base' and 'whatifs'");
                arms.add(scenario(required(root, "base"), "base"));
                JsonNode ws = required(root, "whatifs");
                if (!ws.isArray() || ws.isEmpty()) throw field(400, "whatifs", "'whatifs' must be a list of one or more scenarios");
                if (ws.size() > settings.maxWhatifs()) {
                    throw field(400, "whatifs", "a compare may hold at most " + settings.maxWhatifs() + " what-ifs on this server, got " + ws.size());
                }
                for (int i = 0; i < ws.size(); i++) arms.add(scenario(ws.get(i), "whatifs[" + i + "]"));
                Set<String> names = new LinkedHashSet<>();
                for (Loaded a : arms) {
                    if (!names.add(a.name())) throw field(422, "whatifs", "two scenarios are named '" + a.name() + "'; give each what-if its own name:");
                }
                dates = dates(root.get("dates"), arms.get(0).scenario());
            }
            default -> throw field(400, "kind", "'kind' must be \"run\" or \"compare\"");
        }
        int months = 0;
        for (Loaded a : arms) months = Math.max(months, a.scenario().months());
        int cap = settings.maxReplicationsFor(months);
        int reps = settings.defaultReplications();
        if (root.has("replications")) {
            JsonNode r = root.get("replications");
            if (!r.isIntegralNumber() || !r.canConvertToInt() || r.asInt() < 1) throw field(400, "replications", "'replications' must be a whole number from 1");
            reps = r.asInt();
        }
        if (reps > cap) {
            throw field(400, "replications", "this server runs at most " + cap + " replications of a scenario spanning " + months
                    + " months; ask for fewer (the command line has no such limit)");
        }
        reps = Math.min(reps, cap);
        long seed = 1;
        if (root.has("seed")) {
            JsonNode s = root.get("seed");
            if (!s.isIntegralNumber() || !s.canConvertToLong()) throw field(400, "seed", "'seed' must be a whole number");
            seed = s.asLong();
        }
        return new JobRequest(kind, List.copyOf(arms), reps, seed, dates);
    }

    private List<YearMonth> dates(JsonNode n, Scenario base) {
        if (n == null || n.isNull()) return List.of(); // chosen after the runs, where the paired differences are largest
        if (!n.isArray() || n.isEmpty() || n.size() > MAX_DATES) throw field(400, "dates", "'dates' must be a list of 1 to " + MAX_DATES + " months such as \"1957-12\"");
        List<YearMonth> out = new ArrayList<>();
        for (JsonNode d : n) {
            if (!d.isTextual() || !MONTH.matcher(d.asText()).matches()) throw field(400, "dates", "each date must be a month written YYYY-MM, got " + d);
            try {
                YearMonth ym = YearMonth.parse(d.asText());
                if (!out.contains(ym)) out.add(ym);
            } catch (java.time.DateTimeException e) {
                throw field(400, "dates", "'" + d.asText() + "' is not a month");
            }
        }
        return out;
    }

    /** A scenario given as {"shipped": name} or {"yaml": text}. */
    Loaded scenario(JsonNode spec, String where) {
        if (spec == null || !spec.isObject() || spec.size() != 1 || !(spec.has("shipped") || spec.has("yaml"))) {
            throw field(400, where, "'" + where + "' must be {\"shipped\": \"name\"} or {\"yaml\": \"scenario text\"}");
        }
        if (spec.has("shipped")) {
            JsonNode n = spec.get("shipped");
            Gallery.Entry e = n.isTextual() ? gallery.get(n.asText()) : null;
            if (e == null) {
                throw field(404, where, "no shipped scenario is named " + abbreviate(n.toString()) + "; the gallery lists them");
            }
            return new Loaded(e.scenario(), e.fileName(), e.text(), true);
        }
        JsonNode y = spec.get("yaml");
        if (!y.isTextual()) throw field(400, where, "'yaml' must be the scenario's text as a JSON string");
        return text(y.asText().getBytes(StandardCharsets.UTF_8), where);
    }

    /**
     * Scenario text, loaded as the file {@code <name>.yaml} of the shipped folder (its name: field decides the file
     * name). A text identical to a shipped file is that file; a different text may not take a shipped file's name.
     */
    Loaded text(byte[] text, String where) {
        if (text.length > settings.maxYamlBytes()) {
            throw field(413, where, "the scenario text is " + text.length + " bytes; this server accepts at most " + settings.maxYamlBytes());
        }
        String fileName = "scenario.yaml";
        try {
            YamlDocument doc = YamlDocument.parse(gallery.dir().resolve(fileName), text);
            JsonNode name = doc.root().path("name");
            if (name.isTextual() && NAME.matcher(name.asText()).matches()) {
                fileName = name.asText() + ".yaml";
                Gallery.Entry same = gallery.sameFile(fileName, text);
                if (same != null) return new Loaded(same.scenario(), same.fileName(), same.text(), true);
                if (gallery.byFileName(fileName) != null || gallery.get(name.asText()) != null) {
                    throw doc.error("/name", "the name '" + name.asText() + "' belongs to a shipped scenario",
                            "give your what-if its own name, e.g. name: " + suggestion(name.asText()));
                }
            }
        } catch (ScenarioException e) {
            throw scenarioErrors(e, where);
        }
        try {
            return new Loaded(Scenarios.loadText(gallery.dir(), fileName, text), fileName, text, false);
        } catch (ScenarioException e) {
            throw scenarioErrors(e, where);
        }
    }

    private String suggestion(String name) {
        for (int i = 1; ; i++) {
            String s = (name.length() > 56 ? name.substring(0, 56) : name) + "-mine" + (i == 1 ? "" : "-" + i);
            if (gallery.get(s) == null) return s;
        }
    }

    /** 422 with every error of the file: file name (no server path), line, column, problem and hint. */
    static ApiException scenarioErrors(ScenarioException e, String where) {
        List<ScenarioException> all = e instanceof ScenarioErrors se ? se.errors() : List.of(e);
        List<Object> errors = new ArrayList<>();
        for (ScenarioException x : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            String file = x.file() == null ? null : Path.of(x.file()).getFileName().toString();
            m.put("file", file);
            m.put("line", x.line());
            m.put("column", x.column());
            m.put("problem", x.problem());
            m.put("hint", x.hint());
            m.put("message", (file == null ? "" : file + (x.line() > 0 ? ":" + x.line() + ":" + x.column() : "") + ": ") + "error: " + x.problem());
            errors.add(m);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", where);
        details.put("errors", errors);
        String first = ((Map<?, ?>) errors.get(0)).get("message").toString();
        return new ApiException(422, all.size() == 1 ? first : first + " (and " + (all.size() - 1) + " more)", details);
    }

    private static JsonNode required(JsonNode root, String f) {
        JsonNode n = root.get(f);
        if (n == null || n.isNull()) throw field(400, f, "'" + f + "' is missing");
        return n;
    }

    private static void forbid(JsonNode root, String f, String why) {
        if (root.has(f)) throw field(400, f, "'" + f + "' does not belong here: " + why);
    }

    static void onlyFields(JsonNode n, String where, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw field(400, where + f, "unknown field '" + abbreviate(f) + "'; known: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    static ApiException field(int status, String field, String message) {
        return new ApiException(status, message, Map.of("field", field));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
