package org.treatysim.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class server end to end on loopback: the gallery, runs and compares through the queue with the same bytes as
 * the command line, one computation for many identical requests, live progress, cancelling, and the pages' assets.
 */
@Timeout(300)
class WebServerTest {
    static WebServer server;
    static WebTestSupport.Browser browser;
    @TempDir Path tmp;

    @BeforeAll static void start() {
        server = WebServer.start(WebTestSupport.settings(2, 20, 40, null));
        browser = new WebTestSupport.Browser(server);
    }

    @AfterAll static void stop() {
        server.close();
    }

    static final String WHATIF = """
            schema: treatysim/scenario-1
            name: web-no-dulles
            title: "What if Dulles had not intervened?"
            extends: baseline.yaml
            interventions:
              - decision: US.press
                forbid: [press]
                from: 1956-08
                to: 1956-12
                rationale: "Dulles stays silent"
            parameters:
              us.press.block_base:
                value: 0.1
                rationale: "a test of an override from the web"
            """;

    @Test void theGalleryListsTheShippedScenariosWithTheirQuestions() {
        JsonNode g = browser.get("/api/scenarios").json();
        assertEquals("baseline", g.get(0).get("name").asText(), "the history comes first");
        assertTrue(g.get(0).get("extends").isNull());
        assertEquals(11, g.size(), "every scenario of scenarios/ (parameters.yaml is not one)");
        JsonNode w = null;
        for (JsonNode x : g) if (x.get("name").asText().equals("whatif-1956-two-islands")) w = x;
        assertEquals("baseline.yaml", w.get("extends").asText());
        assertTrue(w.get("question").asText().startsWith("In August 1956 Foreign Minister Shigemitsu"), w.get("question").asText());
        assertFalse(w.get("question").asText().contains("What is changed"), "only the question");
        JsonNode d = browser.get("/api/scenarios/baseline").json();
        assertEquals(org.treatysim.experiment.Scenarios.load(Path.of("scenarios/baseline.yaml")).events().size(), d.get("events").size(), "every event, shocks and decision records");
        JsonNode p = d.get("parameters").get(0);
        assertEquals("negotiation.h_max", p.get("name").asText());
        assertEquals("per month", p.get("unit").asText());
        assertEquals("[0.04,0.16]", p.get("range").toString());
        assertTrue(p.get("source").asText().startsWith("Calibrated to:"));
        assertTrue(d.get("yaml").asText().startsWith("schema: treatysim/scenario-1\nname: baseline\n"));
        // Each event says whether it is a shock or a decision on record (which the builder cannot switch off).
        org.treatysim.scenario.Scenario baseline = org.treatysim.experiment.Scenarios.load(Path.of("scenarios/baseline.yaml"));
        long shocks = 0;
        for (int i = 0; i < baseline.events().size(); i++) {
            org.treatysim.scenario.Event e = baseline.events().get(i);
            JsonNode x = d.get("events").get(i);
            assertEquals(e.id(), x.get("id").asText());
            assertEquals(e.isDecision() ? e.decision().toString() : null, x.get("decision").isNull() ? null : x.get("decision").asText(), e.id());
            if (!e.isDecision()) shocks++;
        }
        assertTrue(shocks > 0 && shocks < baseline.events().size(), "the baseline has both kinds");
        assertEquals(shocks, g.get(0).get("shocks").asLong());
        assertEquals("decide", d.get("agents").asText());
        assertEquals(0, d.get("interventions").size());
        JsonNode noSanctions = browser.get("/api/scenarios/whatif-2022-no-sanctions").json();
        assertEquals("[{\"decision\":\"JP.sanctions\",\"forbid\":[\"limited\",\"aligned\"],\"from\":\"2022-02\",\"to\":\"2025-12\","
                + "\"rationale\":\"The question: no Japanese sanctions after the invasion\",\"describe\":\"forbid JP.sanctions = limited|aligned over 2022-02..2025-12\"}]",
                noSanctions.get("interventions").toString(), "the builder shows what a what-if it starts from already forces or forbids");
    }

    @Test void theCatalogueOfDecisionRulesIsTheModelsRegistry() {
        JsonNode c = browser.get("/api/decisions").json();
        List<org.treatysim.model.decision.DecisionRule> rules = org.treatysim.model.decision.Decisions.create();
        assertEquals(rules.size(), c.size());
        java.util.Collection<String> params = org.treatysim.experiment.Scenarios.load(Path.of("scenarios/baseline.yaml")).parameters().names();
        for (int i = 0; i < rules.size(); i++) {
            org.treatysim.model.decision.DecisionRule r = rules.get(i);
            JsonNode x = c.get(i);
            assertEquals(r.id(), x.get("id").asText(), "in the order of the month");
            assertEquals(r.actor().name(), x.get("actor").asText());
            assertEquals(r.id().substring(0, r.id().indexOf('.')), x.get("group").asText());
            assertEquals(r.summary(), x.get("summary").asText());
            List<String> options = new ArrayList<>();
            java.util.Set<String> sentences = new java.util.HashSet<>();
            x.get("options").forEach(o -> { options.add(o.get("name").asText()); sentences.add(o.get("sentence").asText()); });
            assertEquals(r.options(), options, r.id());
            assertEquals(options.size(), sentences.size(), r.id() + ": each option says what it means, differently: " + sentences);
            for (JsonNode p : x.get("parameters")) assertTrue(params.contains(p.asText()), r.id() + " reads " + p.asText() + ", a parameter of the file");
        }
        JsonNode retaliate = null;
        for (JsonNode x : c) if (x.get("id").asText().equals("RU.retaliate")) retaliate = x;
        assertEquals("Moscow does nothing of the kind", retaliate.get("options").get(0).get("sentence").asText(), "a one-off act's 'none'");
    }

    @Test void aRunGivesTheSameBytesAsTheCommandLine() throws IOException {
        JsonNode st = browser.runToEnd(WebTestSupport.run("whatif-1998-kawana-accepted", 24, 7));
        assertEquals("done", st.get("state").asText(), st.toString());
        String id = st.get("id").asText();
        List<String> files = new ArrayList<>();
        st.get("files").forEach(f -> files.add(f.get("name").asText()));
        assertEquals(List.of("report.html", "summary.json", "blocking.png", "treaty-likelihood.png", "blocking.svg", "treaty-likelihood.svg",
                "decisions.csv", "runs.csv", "trajectory.csv", "whatif-1998-kawana-accepted.yaml", "command.txt", "manifest.json"), files);
        String command = browser.get("/api/jobs/" + id + "/files/command.txt").text();
        assertTrue(command.endsWith("./treatysim run scenarios/whatif-1998-kawana-accepted.yaml -n 24 -s 7\n"), command);
        Path out = tmp.resolve("cli");
        TestSupport.CliResult cli = TestSupport.cli("run", "scenarios/whatif-1998-kawana-accepted.yaml", "-n", "24", "-s", "7", "-t", "2", "-o", out.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        for (String f : List.of("trajectory.csv", "runs.csv", "summary.json", "treaty-likelihood.svg")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), browser.get("/api/jobs/" + id + "/files/" + f).body(), f);
        }
        assertArrayEquals(Files.readAllBytes(Path.of("scenarios/whatif-1998-kawana-accepted.yaml")),
                browser.get("/api/jobs/" + id + "/files/whatif-1998-kawana-accepted.yaml").body());
        JsonNode view = browser.get("/api/jobs/" + id + "/view").json();
        JsonNode summary = browser.get("/api/jobs/" + id + "/files/summary.json").json();
        assertEquals(summary, view.get("summary"), "the page shows summary.json's numbers, its decisions section included");
        assertTrue(summary.get("decisions").size() > 0);
        List<String> decided = new ArrayList<>(), labelled = new ArrayList<>();
        summary.get("decisions").fieldNames().forEachRemaining(decided::add);
        view.get("decision_labels").fieldNames().forEachRemaining(labelled::add);
        assertEquals(new java.util.TreeSet<>(decided), new java.util.TreeSet<>(labelled), "words for every decision taken");
        for (JsonNode l : view.get("decision_labels")) assertFalse(l.get("text").asText().isBlank() || l.get("who").asText().isBlank(), l.toString());
        // What blocks a treaty: the gates of blocking.png, in its order, words and colours, with trajectory.csv's shares.
        JsonNode legend = view.get("gate_legend");
        assertEquals(org.treatysim.output.RunReport.GATES.size(), legend.size());
        for (int g = 0; g < legend.size(); g++) {
            assertEquals(org.treatysim.output.RunReport.GATES.get(g).id, legend.get(g).get("id").asText());
            assertEquals(org.treatysim.output.RunReport.GATE_LABELS.get(g), legend.get(g).get("label").asText());
            java.awt.Color col = org.treatysim.output.StackedAreaChart.PALETTE.get(g);
            assertEquals(String.format("#%06X", col.getRGB() & 0xFFFFFF), legend.get(g).get("color").asText());
        }
        Map<String, Map<String, Double>> csv = WebTestSupport.trajectoryMeans(Files.readAllLines(out.resolve("trajectory.csv")));
        JsonNode shares = view.get("gates").get("shares");
        int months = 0;
        for (int m = 0; m < 840; m++) {
            double sum = 0;
            boolean any = false;
            for (int g = 0; g < legend.size(); g++) {
                JsonNode x = shares.get(g).get(m);
                String date = java.time.YearMonth.of(1956, 1).plusMonths(m).toString();
                Double expected = csv.get(legend.get(g).get("id").asText()).get(date);
                if (x.isNull()) { assertTrue(expected == null || expected.isNaN(), date); continue; }
                assertEquals(expected, x.asDouble(), 1e-5, legend.get(g).get("id").asText() + " " + date);
                sum += x.asDouble();
                any = true;
            }
            if (any) { assertEquals(1.0, sum, 1e-4, "the gates share out the histories without a treaty, month " + m); months++; }
        }
        assertTrue(months > 0);
        // Each replication's outcome, as runs.csv has it (the story's picker).
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        JsonNode signed = view.get("signed");
        assertEquals(24, signed.size());
        for (int r = 0; r < 24; r++) {
            String date = runs.get(r + 1).split(",", -1)[3];
            assertEquals(date.isEmpty() ? null : date, signed.get(r).isNull() ? null : signed.get(r).asText(), "replication " + r);
        }
        // Replication 3's story: the command line's, sentence for sentence.
        JsonNode story = browser.get("/api/jobs/" + id + "/story?replication=3").json();
        assertEquals(1, story.get("arms").size());
        JsonNode told = story.get("arms").get(0);
        assertEquals("./treatysim story scenarios/whatif-1998-kawana-accepted.yaml -r 3 -s 7", told.get("command").asText());
        TestSupport.CliResult cliStory = TestSupport.cli("story", "scenarios/whatif-1998-kawana-accepted.yaml", "-r", "3", "-s", "7");
        assertEquals(0, cliStory.exit(), cliStory.err());
        StringBuilder text = new StringBuilder();
        for (JsonNode l : told.get("lines")) {
            text.append(l.get("month").asText()).append("  ").append(l.get("shock").asBoolean() ? "[shock] " : "").append(l.get("text").asText()).append('\n');
        }
        text.append(told.get("ending").asText()).append('\n');
        assertEquals(cliStory.out().substring(cliStory.out().indexOf('\n') + 1), text.toString());
        assertTrue(text.toString().contains("[shock] ") && told.get("lines").size() > 20, "shocks and decisions");
        long computed = server.stories().computed();
        assertArrayEquals(browser.get("/api/jobs/" + id + "/story?replication=3").body(), new WebTestSupport.Browser(server).get("/api/jobs/" + id + "/story?replication=3").body());
        assertEquals(computed, server.stories().computed(), "a story asked again is told from memory");
        assertEquals(840, view.get("hazard").get("mean").size());
        String first = view.get("sentences").get(0).asText();
        assertEquals(String.format(java.util.Locale.ROOT, "In 24 simulated histories (seed 7), a treaty is signed by December 2025 in %s of them (90%% interval %s to %s).",
                Sentences.pct(summary.get("p_treaty_by_end").asDouble()), Sentences.pct(summary.get("p_treaty_by_end_ci90").get(0).asDouble()),
                Sentences.pct(summary.get("p_treaty_by_end_ci90").get(1).asDouble())), first);
        WebTestSupport.Reply report = browser.get("/api/jobs/" + id + "/files/report.html?inline=1");
        assertTrue(report.header("Content-Type").replace(" ", "").equals("text/html;charset=utf-8"), report.header("Content-Type"));
        assertEquals(WebServer.FILE_CSP, report.header("Content-Security-Policy"));
        assertTrue(report.header("Content-Disposition").startsWith("inline"));
        assertTrue(browser.get("/api/jobs/" + id + "/files/runs.csv").header("Content-Disposition").startsWith("attachment; filename=\"runs.csv\""));
    }

    @Test void aCompareOfTextGivesTheSameBytesAsTheCommandLineOnTheSavedFile() throws IOException {
        Map<String, Object> req = Map.of("kind", "compare", "base", Map.of("shipped", "baseline"), "whatifs", List.of(Map.of("yaml", WHATIF)),
                "replications", 20, "seed", 5, "dates", List.of("1957-12", "2025-12"));
        JsonNode st = browser.runToEnd(req);
        assertEquals("done", st.get("state").asText(), st.toString());
        String id = st.get("id").asText();
        String command = browser.get("/api/jobs/" + id + "/files/command.txt").text();
        assertTrue(command.contains("# First save web-no-dulles.yaml (downloaded with this result) as scenarios/web-no-dulles.yaml.\n"), command);
        assertTrue(command.endsWith("./treatysim compare scenarios/baseline.yaml scenarios/web-no-dulles.yaml -n 20 -s 5 --dates 1957-12,2025-12\n"), command);
        // Do what command.txt says, in a copy of the scenarios folder.
        Path dir = Files.createDirectories(tmp.resolve("scenarios"));
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path f : s.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.write(dir.resolve("web-no-dulles.yaml"), browser.get("/api/jobs/" + id + "/files/web-no-dulles.yaml").body());
        assertEquals(WHATIF, Files.readString(dir.resolve("web-no-dulles.yaml")));
        Path out = tmp.resolve("cli");
        TestSupport.CliResult cli = TestSupport.cli("compare", dir.resolve("baseline.yaml").toString(), dir.resolve("web-no-dulles.yaml").toString(),
                "-n", "20", "-s", "5", "--dates", "1957-12,2025-12", "-o", out.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        for (String f : List.of("comparison.csv", "summary.json", "comparison.svg")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), browser.get("/api/jobs/" + id + "/files/" + f).body(), f);
        }
        JsonNode view = browser.get("/api/jobs/" + id + "/view").json();
        JsonNode diff = view.get("summary").get("differences").get(0).get("treaty_by").get("1957-12");
        String sentence = view.get("sentences").get(0).asText();
        Matcher m = Pattern.compile("Compared with baseline, web-no-dulles (raises|lowers|makes no clear difference to) the chance of a treaty by December 1957.*").matcher(sentence);
        assertTrue(m.matches(), sentence);
        assertTrue(sentence.contains(Sentences.signed(diff.get("diff").asDouble())), sentence + " vs " + diff);
        assertTrue(sentence.endsWith("(95% CI " + Sentences.signed(diff.get("ci95").get(0).asDouble()) + " to " + Sentences.signed(diff.get("ci95").get(1).asDouble()) + ")."), sentence);
        List<String> kinds = new ArrayList<>();
        view.get("events").forEach(e -> { if (e.get("arm").asText().equals("web-no-dulles")) kinds.add(e.get("kind").asText() + " " + e.get("id").asText()); });
        assertEquals(List.of("intervention intervention:US.press:1956-08"), kinds, "the intervention is marked on the chart");
    }

    @Test void aCompareSaysWhatTheAgentsDidDifferentlyAfterTheWhatIfDeparts() throws IOException {
        String scripted = "name: web-scripted\nextends: baseline.yaml\nagents: scripted\n";
        Map<String, Object> req = Map.of("kind", "compare", "base", Map.of("shipped", "baseline"),
                "whatifs", List.of(Map.of("shipped", "whatif-2022-no-sanctions"), Map.of("yaml", scripted)), "replications", 30, "seed", 3);
        JsonNode st = browser.runToEnd(req);
        assertEquals("done", st.get("state").asText(), st.toString());
        String id = st.get("id").asText();
        JsonNode view = browser.get("/api/jobs/" + id + "/view").json();
        JsonNode base = view.get("arms").get(0), noSanctions = view.get("arms").get(1), script = view.get("arms").get(2);
        // Each arm's decisions are those `run` reports for the same scenario, seed and replications (common random numbers).
        Path out = tmp.resolve("run");
        TestSupport.CliResult cli = TestSupport.cli("run", "scenarios/whatif-2022-no-sanctions.yaml", "-n", "30", "-s", "3", "-o", out.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(WebTestSupport.JSON.readTree(out.resolve("summary.json").toFile()).get("decisions"), noSanctions.get("decisions"));
        assertEquals(0, script.get("decisions").size(), "the scripted null decides nothing");
        // From the month it departs, the forbidden options never fire in the what-if.
        assertEquals("2022-02", noSanctions.get("after").get("since").asText());
        assertEquals("1956-01", script.get("after").get("since").asText(), "another kind of agents departs from the start");
        JsonNode shares = noSanctions.get("after").get("shares");
        for (String k : List.of("JP.sanctions=limited", "JP.sanctions=aligned")) {
            if (shares.has(k)) assertEquals(0.0, shares.get(k).get(1).asDouble(), k + " is forbidden from 2022-02");
        }
        assertTrue(base.get("gates") != null && !base.get("gates").isNull() && !noSanctions.get("gates").isNull());
        assertTrue(script.get("gates").isNull(), "the scripted null has no gates");
        // The sentences after the treaty's: a decision that changed, with the view's shares, never the intervened rule's own.
        Pattern p = Pattern.compile("From February 2022 on, in whatif-2022-no-sanctions: (.+) in (\\S+) of the simulated histories, against (\\S+) in baseline\\.");
        Map<String, String> keyOf = new java.util.HashMap<>();
        view.get("decision_labels").fields().forEachRemaining(e -> keyOf.put(e.getValue().get("text").asText(), e.getKey()));
        for (JsonNode sentence : view.get("sentences")) {
            assertFalse(sentence.asText().matches("Compared with baseline, whatif-2022-no-sanctions .* by (?!.*20(2[2-5])).*"),
                    "no word on the treaty before the what-if departs in 2022: " + sentence.asText());
            Matcher m = p.matcher(sentence.asText());
            if (!m.matches()) {
                assertTrue(sentence.asText().startsWith("Compared with baseline, "), "no decision sentence for the scripted null, which decides nothing: " + sentence.asText());
                continue;
            }
            String key = keyOf.get(m.group(1));
            assertTrue(key != null && !key.startsWith("JP.sanctions="), sentence.asText());
            assertEquals(Sentences.pct(shares.get(key).get(1).asDouble()), m.group(2));
            assertEquals(Sentences.pct(shares.get(key).get(0).asDouble()), m.group(3));
        }
        JsonNode early = browser.get("/api/jobs/" + browser.runToEnd(Map.of("kind", "compare", "base", Map.of("shipped", "baseline"),
                "whatifs", List.of(Map.of("shipped", "whatif-2022-no-sanctions")), "replications", 30, "seed", 3, "dates", List.of("1957-12"))).get("id").asText() + "/view").json();
        assertEquals("[\"whatif-2022-no-sanctions departs from baseline only in February 2022, after the date asked about: until then the two are the same history.\"]",
                early.get("sentences").toString().replaceAll(",\"From February 2022 on.*\"]", "]"));
        // Replication k of the base and of the what-if tell the same story until the what-if departs.
        for (int k = 0; k < 3; k++) {
            JsonNode story = browser.get("/api/jobs/" + id + "/story?replication=" + k).json();
            assertEquals(List.of("baseline", "whatif-2022-no-sanctions", "web-scripted"),
                    List.of(story.get("arms").get(0).get("name").asText(), story.get("arms").get(1).get("name").asText(), story.get("arms").get(2).get("name").asText()));
            assertTrue(story.get("first_difference").get(0).isNull());
            JsonNode parted = story.get("first_difference").get(1);
            assertTrue(parted.isNull() || parted.asText().compareTo("2022-02") >= 0, "replication " + k + " parts at " + parted);
            List<String> before = new ArrayList<>(), beforeW = new ArrayList<>();
            story.get("arms").get(0).get("lines").forEach(l -> { if (l.get("month").asText().compareTo("2022-02") < 0) before.add(l.toString()); });
            story.get("arms").get(1).get("lines").forEach(l -> { if (l.get("month").asText().compareTo("2022-02") < 0) beforeW.add(l.toString()); });
            assertEquals(before, beforeW, "the same history before the what-if departs");
            assertEquals("scripted", story.get("arms").get(2).get("agents").asText());
            story.get("arms").get(2).get("lines").forEach(l -> assertTrue(l.get("shock").asBoolean(), "the scripted null only replays events: " + l));
            int reps = 30;
            assertEquals(view.get("arms").get(1).get("signed").get(k).isNull(), story.get("arms").get(1).get("ending").asText().startsWith("Outcome: no treaty"),
                    "the picker's outcome is the story's, replication " + k + " of " + reps);
        }
    }

    @Test void thirtyStudentsAskingTheSameQuestionCostOneRunAndGetIdenticalBytes() throws Exception {
        long before = server.queue().stats().computed();
        Map<String, Object> req = WebTestSupport.run("whatif-2018-follow-through", 16, 30);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<byte[]>> got = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            got.add(pool.submit(() -> {
                WebTestSupport.Browser b = new WebTestSupport.Browser(server);
                JsonNode st = b.runToEnd(req);
                return b.get("/api/jobs/" + st.get("id").asText() + "/files/trajectory.csv").body();
            }));
        }
        byte[] first = got.get(0).get();
        for (Future<byte[]> f : got) assertArrayEquals(first, f.get());
        pool.shutdown();
        assertEquals(before + 1, server.queue().stats().computed(), "one computation for thirty students");
    }

    @Test void progressStreamsAsServerSentEventsUntilDone() throws Exception {
        WebTestSupport.Reply r = browser.post("/api/jobs", WebTestSupport.run("whatif-china-backs-japan", 64, 11));
        assertEquals(202, r.status(), r.text());
        String id = r.json().get("id").asText();
        HttpResponse<Stream<String>> sse = browser.http.send(HttpRequest.newBuilder(URI.create(browser.base + "/api/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, sse.statusCode());
        List<JsonNode> events = new ArrayList<>();
        try (Stream<String> lines = sse.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("data: ")) events.add(WebTestSupport.JSON.readTree(line.substring(6)));
            }
        }
        assertFalse(events.isEmpty());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("done", last.get("state").asText(), "the stream ends when the job is done");
        assertEquals(64, last.get("done").asInt());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).get("done").asInt() >= events.get(i - 1).get("done").asInt(), "progress never goes back");
        }
    }

    @Test void aStudentCancelsHerRunAndOnlyWithHerTicket() {
        WebTestSupport.Reply r = browser.post("/api/jobs", WebTestSupport.run("whatif-1991-lasting-detente", 1000, 99));
        assertEquals(202, r.status(), r.text());
        String id = r.json().get("id").asText(), ticket = r.json().get("ticket").asText();
        WebTestSupport.Reply wrong = browser.post("/api/jobs/" + id + "/cancel", Map.of("ticket", "nope"));
        assertEquals(403, wrong.status());
        WebTestSupport.Reply ok = browser.post("/api/jobs/" + id + "/cancel", Map.of("ticket", ticket));
        assertEquals(200, ok.status(), ok.text());
        JsonNode st = browser.await(id);
        assertEquals("cancelled", st.get("state").asText());
        assertTrue(st.get("done").asInt() < 1000, "stopped before the end: " + st);
        assertEquals(409, browser.get("/api/jobs/" + id + "/view").status(), "a cancelled run has no result");
    }

    @Test void validationSaysWhatAWhatIfChanges() {
        WebTestSupport.Reply r = browser.post("/api/validate", Map.of("yaml", WHATIF));
        assertEquals(200, r.status(), r.text());
        JsonNode d = r.json().get("differences");
        assertEquals("baseline", d.get("base").asText());
        assertEquals("[]", d.get("removed").toString());
        assertEquals("[\"us.press.block_base\"]", d.get("parameters").toString());
        assertEquals("[\"forbid US.press = press over 1956-08..1956-12\"]", d.get("interventions").toString());
        assertFalse(d.get("agents_changed").asBoolean());
        assertEquals("decide", r.json().get("agents").asText());
        JsonNode scripted = browser.post("/api/validate", Map.of("yaml", "name: web-scripted\nextends: baseline.yaml\nagents: scripted\nremove_events:\n  - 1956-08-dulles-intimidation\n")).json();
        assertTrue(scripted.get("ok").asBoolean(), "the scripted null replays the decisions on record, so a what-if may remove one: " + scripted);
        assertTrue(scripted.get("differences").get("agents_changed").asBoolean());
        JsonNode agentModel = browser.post("/api/validate", Map.of("yaml", "name: web-decide\nextends: baseline.yaml\nremove_events:\n  - 1956-08-dulles-intimidation\n")).json();
        assertFalse(agentModel.get("ok").asBoolean(), "the agent model decides it: the builder offers an intervention instead");
        assertEquals(4, agentModel.get("errors").get(0).get("line").asInt());
        assertEquals("web-no-dulles.yaml", r.json().get("file").asText());
    }

    @Test void everyAssetThePagesLoadIsServedFromTheJar() throws IOException {
        Pattern ref = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
        for (String page : List.of("index.html", "builder.html", "job.html")) {
            String html = browser.get("/" + page).text();
            Matcher m = ref.matcher(html);
            int n = 0;
            while (m.find()) {
                String url = m.group(1);
                assertFalse(url.startsWith("http") || url.startsWith("//"), page + " loads from outside: " + url);
                if (url.equals("data:,")) continue; // the empty icon: no request at all
                WebTestSupport.Reply a = browser.get(url.startsWith("/") ? url : "/" + url);
                assertEquals(200, a.status(), page + " -> " + url);
                assertTrue(a.body().length > 100, url);
                n++;
            }
            assertTrue(n >= 3, page + " has its scripts and styles");
        }
        String js = Files.readString(Path.of("src/main/resources/web/js/job.js"), StandardCharsets.UTF_8);
        assertFalse(js.contains("http://") || js.contains("https://"), "no outside address in the scripts");
    }
}
