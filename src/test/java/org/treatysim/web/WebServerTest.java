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
        assertEquals(summary, view.get("summary"), "the page shows summary.json's numbers");
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
