package org.treatysim.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A class of 50 simulated students on loopback, bounded in count (each asks one question, retrying a full queue at
 * most 200 times) and in time (the test's timeout is a guard against hangs, not a measurement). Every request is
 * answered; the queue never holds more than its bound; each distinct question is computed once; and every student
 * gets the result of her own question, byte for byte the same as her classmates who asked the same.
 */
class ClassLoadTest {
    static final int STUDENTS = 50, QUESTIONS = 8, WORKERS = 2, QUEUE = 3;

    /** Question q: one of the shipped scenarios with its own seed, or a compare. */
    static Map<String, Object> question(int q) {
        String[] scenarios = {"baseline", "whatif-1956-two-islands", "whatif-1998-kawana-accepted", "whatif-2018-follow-through"};
        if (q == QUESTIONS - 1) {
            return Map.of("kind", "compare", "base", Map.of("shipped", "baseline"), "whatifs", List.of(Map.of("shipped", "whatif-2022-no-sanctions")),
                    "replications", 12, "seed", 4);
        }
        return WebTestSupport.run(scenarios[q % scenarios.length], 12, 100 + q);
    }

    record Outcome(int question, String id, byte[] summary, int retries, List<Integer> statuses) {}

    @Test @Timeout(600) void fiftyStudentsAreAllAnsweredWithinTheQueuesBounds() throws Exception {
        try (WebServer server = WebServer.start(WebTestSupport.settings(WORKERS, QUEUE, 2, null))) {
            ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
            List<Future<Outcome>> futures = new ArrayList<>();
            AtomicInteger refusedBusy = new AtomicInteger();
            for (int s = 0; s < STUDENTS; s++) {
                final int q = s % QUESTIONS;
                futures.add(pool.submit(() -> student(server, q, refusedBusy)));
            }
            Map<Integer, byte[]> byQuestion = new HashMap<>();
            Map<Integer, String> ids = new ConcurrentHashMap<>();
            for (Future<Outcome> f : futures) {
                Outcome o = f.get();
                for (int status : o.statuses()) assertTrue(status < 500 || status == 503, "answered: " + o.statuses());
                byte[] first = byQuestion.putIfAbsent(o.question(), o.summary());
                if (first != null) assertArrayEquals(first, o.summary(), "same question, same bytes (question " + o.question() + ")");
                String other = ids.putIfAbsent(o.question(), o.id());
                if (other != null) assertEquals(other, o.id(), "same question, same job");
                // No mix-up: the summary is the one of the student's own question.
                JsonNode sum = WebTestSupport.JSON.readTree(o.summary());
                Map<String, Object> q = question(o.question());
                assertEquals(((Number) q.get("replications")).intValue(), sum.get("replications").asInt());
                assertEquals(((Number) q.get("seed")).longValue(), sum.get("seed").asLong());
                if (q.get("kind").equals("run")) {
                    assertEquals(((Map<?, ?>) q.get("scenario")).get("shipped"), sum.get("scenario").asText());
                } else {
                    assertEquals("whatif-2022-no-sanctions", sum.get("whatifs").get(0).asText());
                }
            }
            pool.shutdown();
            assertEquals(QUESTIONS, byQuestion.size());
            JobQueue.Stats st = server.queue().stats();
            assertTrue(st.maxUnfinished() <= WORKERS + QUEUE, "queue bound held: " + st);
            assertTrue(st.maxRunning() <= WORKERS, "worker bound held: " + st);
            assertEquals(QUESTIONS, st.computed(), "each question computed once: " + st);
            assertEquals(0, st.running());
            assertEquals(0, st.waiting());
        }
    }

    /** One student: opens the gallery, asks her question (waiting and retrying while the queue is full), follows it, downloads summary.json. */
    static Outcome student(WebServer server, int q, AtomicInteger refusedBusy) {
        WebTestSupport.Browser b = new WebTestSupport.Browser(server);
        List<Integer> statuses = new ArrayList<>();
        statuses.add(b.get("/api/scenarios").status());
        statuses.add(b.get("/index.html").status());
        int retries = 0;
        WebTestSupport.Reply r;
        while (true) {
            r = b.post("/api/jobs", question(q));
            statuses.add(r.status());
            if (r.status() != 503) break;
            refusedBusy.incrementAndGet();
            if (++retries > 200) throw new AssertionError("still refused after 200 tries");
            WebTestSupport.sleep(100 + (q * 37L) % 100);
        }
        if (r.status() != 200 && r.status() != 202) throw new AssertionError("submit: " + r.status() + " " + r.text());
        String id = r.json().get("id").asText();
        JsonNode st = b.await(id);
        if (!st.get("state").asText().equals("done")) throw new AssertionError("job " + st);
        WebTestSupport.Reply sum = b.get("/api/jobs/" + id + "/files/summary.json");
        statuses.add(sum.status());
        return new Outcome(q, id, sum.body(), retries, statuses);
    }
}
