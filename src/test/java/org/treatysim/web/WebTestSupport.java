package org.treatysim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A class server on a free loopback port over the repository's scenarios, and an HTTP client with its own cookies. */
final class WebTestSupport {
    static final ObjectMapper JSON = new ObjectMapper();

    private WebTestSupport() {}

    static ServeSettings settings(int workers, int queue, int perClient, String token) {
        return new ServeSettings("127.0.0.1", 0, Path.of("scenarios"), workers, queue, perClient, 1000, 20, 3, 64 * 1024,
                256L * 1024 * 1024, token);
    }

    /** One browser: its own cookie jar. */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        final String base;

        Browser(WebServer s) {
            this.base = "http://127.0.0.1:" + s.port();
        }

        Reply get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
        }

        Reply get(String path, Map<String, String> headers) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
        }

        Reply post(String path, Object json) {
            return postRaw(path, text(json), "application/json");
        }

        Reply postRaw(String path, String body, String contentType) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)), Map.of("Content-Type", contentType));
        }

        Reply send(HttpRequest.Builder b, Map<String, String> headers) {
            headers.forEach(b::header);
            try {
                HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(r.statusCode(), r.body(), r.headers().map());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Submits a job and waits (polling, bounded) until it is finished; returns its last status. */
        JsonNode runToEnd(Object request) {
            Reply r = post("/api/jobs", request);
            if (r.status() != 200 && r.status() != 202) throw new AssertionError("submit: " + r.status() + " " + r.text());
            return await(r.json().get("id").asText());
        }

        JsonNode await(String id) {
            for (int i = 0; i < 1200; i++) {
                JsonNode st = get("/api/jobs/" + id).json();
                if (st.get("state").asText().matches("done|failed|cancelled")) return st;
                sleep(100);
            }
            throw new AssertionError("job " + id + " did not finish in 120 s");
        }
    }

    record Reply(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text());
            }
        }
        String header(String name) {
            for (Map.Entry<String, java.util.List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) return String.join("; ", e.getValue());
            }
            return null;
        }
    }

    static String text(Object o) {
        try {
            return o instanceof String s ? s : JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** trajectory.csv's monthly means by metric and date (NaN where the file's cell is empty). */
    static Map<String, Map<String, Double>> trajectoryMeans(java.util.List<String> lines) {
        Map<String, Map<String, Double>> out = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1); // scenario,date,metric,mean,...
            out.computeIfAbsent(f[2], k -> new java.util.HashMap<>()).put(f[1], f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]));
        }
        return out;
    }

    static Map<String, Object> run(String scenario, int reps, long seed) {
        return Map.of("kind", "run", "scenario", Map.of("shipped", scenario), "replications", reps, "seed", seed);
    }
}
