package org.treatysim.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken requests: each gets a clean 4xx with a message that says what is wrong, and the server keeps
 * serving. The token server stands for a class server bound to a network address.
 */
@Timeout(300)
class HostileRequestTest {
    static final String TOKEN = "class-token-for-tests-0123";
    static WebServer open, guarded;
    static WebTestSupport.Browser b;

    @BeforeAll static void start() {
        open = WebServer.start(WebTestSupport.settings(1, 4, 3, null));
        guarded = WebServer.start(WebTestSupport.settings(1, 4, 3, TOKEN));
        b = new WebTestSupport.Browser(open);
    }

    @AfterAll static void stop() {
        open.close();
        guarded.close();
    }

    /** The server still answers a normal request. */
    private static void stillServing(WebServer s, WebTestSupport.Browser who) {
        WebTestSupport.Reply r = who.get("/api/info");
        assertEquals(200, r.status(), r.text());
        assertEquals(s.settings().maxWhatifs(), r.json().get("limits").get("max_whatifs").asInt());
    }

    /** The editor's check: 200 with ok false and the errors. */
    private static JsonNode invalid(WebTestSupport.Reply r) {
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        assertFalse(j.get("ok").asBoolean(), j.toString());
        assertTrue(j.get("errors").size() > 0, j.toString());
        return j;
    }

    private static JsonNode refused(WebTestSupport.Reply r, int status) {
        assertEquals(status, r.status(), r.text());
        JsonNode j = r.json();
        assertTrue(j.get("error").asText().length() > 10, "a message that says what is wrong: " + j);
        return j;
    }

    /**
     * An oversized body is answered 413, or, when the server closes the connection before the client has finished
     * sending (as it may under load: it refuses on the declared length), the client sees the connection cut. Either
     * way nothing is accepted, and the caller then checks that the server still serves.
     */
    private static void refusedOrCut(java.util.function.Supplier<WebTestSupport.Reply> send) {
        try {
            refused(send.get(), 413);
        } catch (java.io.UncheckedIOException cut) {
            assertTrue(cut.getCause() != null, "the connection was cut by the server: " + cut);
        }
    }

    private static Map<String, Object> compareText(String yaml) {
        return Map.of("kind", "compare", "base", Map.of("shipped", "baseline"), "whatifs", List.of(Map.of("yaml", yaml)), "replications", 10);
    }

    @Test void oversizedBodiesAreRefusedWithout413sKillingTheServer() {
        String huge = "x".repeat((int) open.settings().maxBodyBytes() + 10);
        refusedOrCut(() -> b.postRaw("/api/jobs", "{\"kind\":\"run\",\"scenario\":{\"yaml\":\"" + huge + "\"}}", "application/json"));
        refusedOrCut(() -> b.postRaw("/api/validate", "{\"yaml\":\"" + huge + "\"}", "application/json"));
        // A scenario text over the YAML limit but inside the body limit names the limit.
        String big = "name: x\n# " + "y".repeat(open.settings().maxYamlBytes()) + "\n";
        JsonNode j = refused(b.post("/api/validate", Map.of("yaml", big)), 413);
        assertTrue(j.get("error").asText().contains("at most " + open.settings().maxYamlBytes()), j.toString());
        stillServing(open, b);
    }

    @Test void chunkedBodiesWithoutALengthAreCappedToo() throws IOException {
        try (Socket s = new Socket("127.0.0.1", open.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            String head = Integer.toHexString(chunk.length) + "\r\n";
            try {
                for (int i = 0; i < 40; i++) {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException closedByServer) {
                // the server may close the connection once it has refused the request
            }
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
        stillServing(open, b);
    }

    @Test void badYamlIsRefusedWithEveryErrorAtItsLineAndColumn() {
        JsonNode syntax = invalid(b.post("/api/validate", Map.of("yaml", "name: broken\nextends: baseline.yaml\nremove_events: [a, b\n")));
        JsonNode e = syntax.get("errors").get(0);
        assertEquals(3, e.get("line").asInt(), e.toString());
        assertEquals(21, e.get("column").asInt(), e.toString());
        assertTrue(e.get("problem").asText().startsWith("not valid YAML/JSON"), e.toString());
        assertEquals("scenario.yaml", e.get("file").asText(), "no server path in the message");

        String twoBad = "name: two-bad\nextends: baseline.yaml\nremove_events:\n  - no-such-event\nparameters:\n  negotiation.h_maxx:\n    value: 0.1\n    rationale: typo\n";
        JsonNode many = refused(b.post("/api/jobs", compareText(twoBad)), 422);
        assertEquals("whatifs[0]", many.get("field").asText());
        assertEquals(2, many.get("errors").size(), many.toString());
        JsonNode first = many.get("errors").get(0), second = many.get("errors").get(1);
        assertEquals(4, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertTrue(first.get("problem").asText().contains("'no-such-event'"), first.toString());
        assertEquals(7, second.get("line").asInt());
        assertTrue(second.get("hint").asText().contains("did you mean 'negotiation.h_max'?"), second.toString());
        assertEquals("two-bad.yaml:4:5: error: " + first.get("problem").asText(), first.get("message").asText());

        JsonNode tag = invalid(b.post("/api/validate", Map.of("yaml", "name: x\nextends: !!java.net.URL baseline.yaml\n")));
        assertTrue(tag.get("error").asText().contains("YAML tag"), tag.toString());
        JsonNode alias = invalid(b.post("/api/validate", Map.of("yaml", "name: x\na: &a [1]\nb: *a\n")));
        assertTrue(alias.get("error").asText().contains("alias"), alias.toString());
        stillServing(open, b);
    }

    @Test void aWhatIfMayNotTakeAShippedScenariosName() {
        String yaml = "name: whatif-1956-two-islands\nextends: baseline.yaml\nremove_events:\n  - 1956-09-us-aide-memoire\n";
        JsonNode j = invalid(b.post("/api/validate", Map.of("yaml", yaml)));
        JsonNode e = j.get("errors").get(0);
        assertEquals(1, e.get("line").asInt());
        assertEquals(7, e.get("column").asInt());
        assertTrue(e.get("hint").asText().contains("name: whatif-1956-two-islands-mine"), e.toString());
    }

    @Test void pathTricksNameNoServerFile() {
        for (String target : new String[] {"../pom.xml", "/etc/passwd", "../../../../etc/passwd", "..\\\\pom.xml", "%2e%2e/pom.xml", "scenarios/../../pom.xml"}) {
            JsonNode j = invalid(b.post("/api/validate", Map.of("yaml", "name: sneaky\nextends: \"" + target + "\"\n")));
            JsonNode e = j.get("errors").get(0);
            assertEquals(2, e.get("line").asInt(), target + ": " + j);
            assertEquals(10, e.get("column").asInt(), target + ": " + j);
            assertFalse(j.toString().contains("/work") || j.toString().contains(System.getProperty("user.dir")), "no server path: " + j);
        }
        JsonNode pf = invalid(b.post("/api/validate", Map.of("yaml", "name: sneaky\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: /etc/passwd\nevents: []\n")));
        assertEquals(3, pf.get("errors").get(0).get("line").asInt());
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "../pom"))), 404);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline.yaml"))), 404);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("file", "/etc/passwd"))), 400);
        for (String p : new String[] {"/api/jobs/../../pom.xml", "/api/jobs/" + "a".repeat(64) + "/files/..%2F..%2Fpom.xml", "/api/scenarios/..%2Fpom",
                "/..%2F..%2Fpom.xml", "/web/../pom.xml", "/webjars/../../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/WEB-INF/web.xml"}) {
            WebTestSupport.Reply r = b.get(p);
            assertTrue(r.status() == 400 || r.status() == 404, p + " -> " + r.status());
            assertFalse(r.text().contains("<project") || r.text().contains("root:"), p + " leaked a file");
        }
        stillServing(open, b);
    }

    @Test void malformedRequestsGetClean400s() {
        refused(b.postRaw("/api/jobs", "{not json", "application/json"), 400);
        refused(b.postRaw("/api/jobs", "[1,2]", "application/json"), 400);
        refused(b.postRaw("/api/jobs", "{\"kind\":\"run\"}", "text/plain"), 415);
        refused(b.post("/api/jobs", Map.of("kind", "sweep")), 400);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline"), "extra", 1)), 400);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline"), "replications", 0)), 400);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline"), "replications", "ten")), 400);
        refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline"), "seed", 1.5)), 400);
        JsonNode cap = refused(b.post("/api/jobs", Map.of("kind", "run", "scenario", Map.of("shipped", "baseline"), "replications", 1001)), 400);
        assertTrue(cap.get("error").asText().contains("at most 1000 replications"), cap.toString());
        JsonNode many = refused(b.post("/api/jobs", Map.of("kind", "compare", "base", Map.of("shipped", "baseline"),
                "whatifs", List.of(Map.of("shipped", "whatif-1956-two-islands"), Map.of("shipped", "whatif-1960-no-retraction"),
                        Map.of("shipped", "whatif-2022-no-sanctions"), Map.of("shipped", "whatif-china-backs-japan")))), 400);
        assertTrue(many.get("error").asText().contains("at most 3 what-ifs"), many.toString());
        refused(b.post("/api/jobs", Map.of("kind", "compare", "base", Map.of("shipped", "baseline"), "whatifs", List.of(Map.of("shipped", "baseline")))), 422);
        refused(b.post("/api/jobs", Map.of("kind", "compare", "base", Map.of("shipped", "baseline"), "whatifs", List.of(Map.of("shipped", "whatif-1956-two-islands")),
                "dates", List.of("1957-13"))), 400);
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        refused(b.postRaw("/api/jobs", deep, "application/json"), 400);
        refused(b.get("/api/jobs/" + "0".repeat(64)), 404);
        refused(b.get("/api/jobs/not-an-id/view"), 404);
        assertEquals(405, b.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.base + "/api/jobs")).DELETE(), Map.of()).status());
        stillServing(open, b);
    }

    @Test void aStoryIsToldOnlyForAReplicationOfAFinishedResult() {
        JsonNode st = b.runToEnd(WebTestSupport.run("baseline", 5, 77));
        assertEquals("done", st.get("state").asText(), st.toString());
        String story = "/api/jobs/" + st.get("id").asText() + "/story";
        for (String bad : new String[] {"", "?replication=", "?replication=-1", "?replication=abc", "?replication=1.5", "?replication=9999999999",
                "?replication=%2e%2e%2fpom.xml", "?replication=1&replication=2x"}) {
            JsonNode j = refused(b.get(story + bad), 400);
            assertTrue(j.get("error").asText().contains("replication"), bad + ": " + j);
        }
        JsonNode beyond = refused(b.get(story + "?replication=5"), 400);
        assertEquals("this result has replications 0 to 4; there is no replication 5", beyond.get("error").asText());
        assertEquals(200, b.get(story + "?replication=4").status());
        refused(b.get("/api/jobs/" + "0".repeat(64) + "/story?replication=0"), 404);
        WebTestSupport.Reply running = b.post("/api/jobs", WebTestSupport.run("whatif-china-backs-japan", 400, 78));
        assertEquals(202, running.status(), running.text());
        refused(b.get("/api/jobs/" + running.json().get("id").asText() + "/story?replication=0"), 409);
        b.post("/api/jobs/" + running.json().get("id").asText() + "/cancel", Map.of("ticket", running.json().get("ticket").asText()));
        assertEquals(405, b.postRaw(story + "?replication=0", "{}", "application/json").status());
        stillServing(open, b);
    }

    @Test void anotherSitesPageMayNotSubmit() {
        WebTestSupport.Reply r = b.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.base + "/api/jobs"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(WebTestSupport.text(WebTestSupport.run("baseline", 10, 1)))),
                Map.of("Content-Type", "application/json", "Origin", "http://evil.example"));
        refused(r, 403);
    }

    @Test void withoutTheClassTokenNobodyGetsIn() {
        WebTestSupport.Browser stranger = new WebTestSupport.Browser(guarded);
        for (String p : new String[] {"/", "/index.html", "/js/api.js", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/api/scenarios", "/api/info"}) {
            WebTestSupport.Reply r = stranger.get(p);
            assertEquals(401, r.status(), p);
            assertTrue(r.text().contains("class token"), p + ": " + r.text());
        }
        assertEquals(401, stranger.post("/api/jobs", WebTestSupport.run("baseline", 10, 1)).status());
        WebTestSupport.Reply wrong = stranger.get("/index.html?token=" + TOKEN.replace('0', '1'));
        assertEquals(401, wrong.status());
        assertTrue(wrong.text().contains("not right"), wrong.text());
        assertEquals(401, stranger.get("/api/info", Map.of("Cookie", WebServer.TOKEN_COOKIE + "=nope")).status());

        WebTestSupport.Browser student = new WebTestSupport.Browser(guarded);
        WebTestSupport.Reply link = student.get("/?token=" + TOKEN + "&x=1");
        assertEquals(303, link.status(), "the link sets the cookie and drops the token from the address");
        assertEquals("/?x=1", link.header("Location"));
        assertTrue(link.header("Set-Cookie").contains(WebServer.TOKEN_COOKIE + "=" + TOKEN + "; Path=/; HttpOnly; SameSite=Strict"), link.header("Set-Cookie"));
        assertEquals(200, student.get("/index.html").status(), "the cookie lets her in from now on");
        stillServing(guarded, student);
        WebTestSupport.Browser script = new WebTestSupport.Browser(guarded);
        assertEquals(200, script.get("/api/scenarios", Map.of(WebServer.TOKEN_HEADER, TOKEN)).status(), "or the header, for scripts");
    }

    @Test void aFloodFromOneBrowserIsCappedAndOthersAreStillServed() throws Exception {
        WebTestSupport.Browser flooder = new WebTestSupport.Browser(open);
        flooder.get("/api/info"); // gets its cookie
        List<JsonNode> accepted = new ArrayList<>();
        int capped = 0;
        for (int i = 0; i < 60; i++) {
            WebTestSupport.Reply r = flooder.post("/api/jobs", WebTestSupport.run("baseline", 1000, 10_000 + i));
            if (r.status() == 202) accepted.add(r.json());
            else {
                assertEquals(429, r.status(), r.text());
                capped++;
            }
        }
        assertEquals(open.settings().jobsPerClient(), accepted.size(), "one browser waits for at most its share");
        assertEquals(60 - accepted.size(), capped);
        // Many broken requests at once from sixteen browsers: each is answered 400.
        List<WebTestSupport.Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 16; i++) browsers.add(new WebTestSupport.Browser(open));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            final int n = i;
            codes.add(pool.submit(() -> browsers.get(n % 16).postRaw("/api/jobs", n % 2 == 0 ? "{" : "{\"kind\":\"x\"}", "application/json").status()));
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Future<Integer> f : codes) counts.merge(f.get(), 1, Integer::sum);
        pool.shutdown();
        assertEquals(Map.of(400, 400), counts);
        // Another student is still served: her run queues behind the flood's and finishes once the flood is cancelled.
        WebTestSupport.Browser other = new WebTestSupport.Browser(open);
        WebTestSupport.Reply mine = other.post("/api/jobs", WebTestSupport.run("baseline", 5, 3));
        assertEquals(202, mine.status(), mine.text());
        for (JsonNode a : accepted) {
            assertEquals(200, flooder.post("/api/jobs/" + a.get("id").asText() + "/cancel", Map.of("ticket", a.get("ticket").asText())).status());
        }
        JsonNode done = other.await(mine.json().get("id").asText());
        assertEquals("done", done.get("state").asText(), done.toString());
        assertTrue(open.queue().stats().maxUnfinished() <= open.settings().workers() + open.settings().queueCapacity());
        stillServing(open, b);
    }
}
