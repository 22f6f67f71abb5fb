package org.treatysim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import org.treatysim.io.Html;
import org.treatysim.io.Json;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.output.Manifest;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The class server: the pages (static files under {@code /web} in the jar, the JavaScript libraries from WebJars) and
 * a JSON API over the gallery, the loader, the job queue and the result cache. A thin shell like the command line:
 * every number comes from the library ({@link Runs}), every check of a scenario from its loader.
 *
 * <p>API (all JSON; errors are {@code {"error": "...", ...}} with a 4xx status):
 * <pre>
 * GET  /api/info                      version, limits, queue
 * GET  /api/scenarios                 the gallery
 * GET  /api/scenarios/{name}          one shipped scenario: its text, events, interventions and parameters (for the builder)
 * GET  /api/decisions                 the agents' decision rules: who decides, what about, the options (for interventions)
 * POST /api/validate  {"yaml": text}  200 {"ok": true, summary} or {"ok": false, "errors": [each at its line:column]}
 * POST /api/jobs      {"kind": "run"|"compare", ...}   202 queued (or joined), 200 answered from the cache
 * GET  /api/jobs/{id}                 state, progress, place in the queue, the result's files
 * GET  /api/jobs/{id}/events          the same as server-sent events, until the job finishes
 * POST /api/jobs/{id}/cancel {"ticket": t}
 * GET  /api/jobs/{id}/view            the data the result page draws
 * GET  /api/jobs/{id}/files/{name}    a result file (?inline=1 to view it in the browser)
 * GET  /api/jobs/{id}/story?replication=K   replication K's history as dated sentences, for each scenario of the result
 * </pre>
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
    static final String TOKEN_COOKIE = "treatysim_token", CLIENT_COOKIE = "treatysim_client", TOKEN_HEADER = "X-TreatySim-Token";
    /** Progress streams open at once; more are refused with a "busy" event (the page then polls). */
    static final int MAX_STREAMS = 200, STREAM_PAUSE_MS = 250, KEEP_ALIVE_MS = 15_000;
    /** Memory for recently told stories (a story is some 20-60 KB per scenario). */
    static final long STORY_MEMORY_BYTES = 16L * 1024 * 1024;
    private static final Pattern REPLICATION = Pattern.compile("[0-9]{1,9}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Result files viewed in the browser (report.html, SVG): no scripts, nothing loaded but their own embedded images. */
    static final String FILE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";
    private static final ObjectMapper JSON = Json.COMPACT;

    private final ServeSettings settings;
    private final Gallery gallery;
    private final ResultCache cache;
    private final JobQueue queue;
    private final Requests requests;
    private final String dirLabel;
    private final Semaphore streams = new Semaphore(MAX_STREAMS);
    private final Stories stories;
    private final Javalin app;

    private WebServer(ServeSettings settings, Gallery gallery) {
        this.settings = settings;
        this.gallery = gallery;
        this.cache = new ResultCache(settings.cacheBytes());
        this.queue = new JobQueue(settings.workers(), settings.queueCapacity(), settings.jobsPerClient(), cache);
        this.requests = new Requests(settings, gallery);
        this.stories = new Stories(settings.workers(), STORY_MEMORY_BYTES);
        this.dirLabel = settings.scenariosDir().toString().replace('\\', '/').replaceAll("/+$", "");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.generateEtags = true;
            config.http.prefer405over404 = true;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            config.staticFiles.enableWebjars();
            config.routes.before(this::guard);
            config.routes.get("/api/info", ctx -> json(ctx, 200, info()));
            config.routes.get("/api/scenarios", ctx -> json(ctx, 200, galleryJson()));
            config.routes.get("/api/scenarios/{name}", ctx -> json(ctx, 200, scenarioJson(shipped(ctx.pathParam("name")))));
            config.routes.get("/api/decisions", ctx -> json(ctx, 200, DecisionView.catalogue()));
            config.routes.post("/api/validate", this::validate);
            config.routes.post("/api/jobs", this::submit);
            config.routes.get("/api/jobs/{id}", ctx -> json(ctx, 200, status(job(ctx))));
            config.routes.get("/api/jobs/{id}/view", this::view);
            config.routes.get("/api/jobs/{id}/files/{name}", this::file);
            config.routes.get("/api/jobs/{id}/story", this::story);
            config.routes.post("/api/jobs/{id}/cancel", this::cancel);
            config.routes.before("/api/jobs/{id}/events", this::job);
            config.routes.sse("/api/jobs/{id}/events", client -> stream(client.ctx(), client));
            config.routes.exception(ApiException.class, (e, ctx) -> refuse(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                try {
                    LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
                    refuse(ctx, new ApiException(500, "internal error; the server keeps serving"));
                } catch (RuntimeException gone) {
                    LOG.log(Level.FINE, "a request failed after its client left", e); // the response no longer exists
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute("refused") == null) refuse(ctx, new ApiException(404, "nothing here: " + abbreviate(ctx.path())));
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute("refused") == null) refuse(ctx, new ApiException(405, "method " + ctx.method() + " is not allowed here"));
            });
        });
    }

    /** Loads the gallery and starts listening. */
    public static WebServer start(ServeSettings settings) {
        Gallery g = Gallery.load(settings.scenariosDir());
        if (g.entries().isEmpty()) {
            throw new UsageException("no scenario in " + settings.scenariosDir() + " loads; check them with `treatysim validate`");
        }
        WebServer s = new WebServer(settings, g);
        try {
            s.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            s.queue.close();
            throw new UsageException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e)
                    + "; choose another --port (another program may use this one) or another --host", e);
        }
        return s;
    }

    public int port() { return app.port(); }
    public Gallery gallery() { return gallery; }
    public JobQueue queue() { return queue; }
    public ServeSettings settings() { return settings; }

    @Override public void close() {
        queue.close();
        app.stop();
    }

    // ------------------------------------------------------------------ access

    /**
     * Before every request, pages and files included: security headers; the class token when one is required (from
     * the link's ?token=, then kept in a cookie); a client cookie that counts a browser's jobs; same-origin JSON for
     * writes.
     */
    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", PAGE_CSP);
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
        if (settings.tokenRequired()) {
            String fromLink = ctx.queryParam("token");
            if (ClassToken.matches(settings.token(), fromLink)) {
                ctx.res().addHeader("Set-Cookie", TOKEN_COOKIE + "=" + settings.token() + "; Path=/; HttpOnly; SameSite=Strict");
                if (ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/")) {
                    ctx.redirect(ctx.path() + withoutToken(ctx.queryString()), io.javalin.http.HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                    return;
                }
            } else if (!ClassToken.matches(settings.token(), ctx.cookie(TOKEN_COOKIE)) && !ClassToken.matches(settings.token(), ctx.header(TOKEN_HEADER))) {
                throw new ApiException(401, fromLink != null
                        ? "this class token is not right: open the link your lecturer shared, exactly as printed"
                        : "this class server needs its class token: open the link your lecturer shared (it ends in ?token=...)");
            }
        }
        if (!CLIENT.matcher(String.valueOf(ctx.cookie(CLIENT_COOKIE))).matches()) {
            ctx.res().addHeader("Set-Cookie", CLIENT_COOKIE + "=" + ClassToken.random(18) + "; Path=/; HttpOnly; SameSite=Strict");
        }
        if (ctx.method() == HandlerType.POST) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("http://" + ctx.host()) && !origin.equals("https://" + ctx.host())) {
                throw new ApiException(403, "a page of another site may not send requests to this server");
            }
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new ApiException(415, "send the request as JSON (Content-Type: application/json)");
            }
        }
    }

    private static String withoutToken(String query) {
        if (query == null) return "";
        List<String> keep = new ArrayList<>();
        for (String p : query.split("&")) if (!p.isEmpty() && !p.startsWith("token=")) keep.add(p);
        return keep.isEmpty() ? "" : "?" + String.join("&", keep);
    }

    /** Who is asking, for the per-client cap: the browser's cookie, or its address when it sends none. */
    private static String client(Context ctx) {
        String c = ctx.cookie(CLIENT_COOKIE);
        return c != null && CLIENT.matcher(c).matches() ? "c:" + c : "ip:" + ctx.ip();
    }

    // ------------------------------------------------------------------ gallery and validation

    private Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", Manifest.version());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("max_replications", settings.maxReplications());
        limits.put("default_replications", settings.defaultReplications());
        limits.put("reference_months", ServeSettings.REFERENCE_MONTHS);
        limits.put("max_whatifs", settings.maxWhatifs());
        limits.put("max_yaml_bytes", settings.maxYamlBytes());
        limits.put("jobs_per_student", settings.jobsPerClient());
        m.put("limits", limits);
        JobQueue.Stats st = queue.stats();
        m.put("queue", Map.of("workers", st.workers(), "capacity", st.capacity(), "running", st.running(), "waiting", st.waiting()));
        m.put("cache", Map.of("results", cache.entries(), "bytes", cache.usedBytes()));
        return m;
    }

    private List<Object> galleryJson() {
        List<Object> out = new ArrayList<>();
        for (Gallery.Entry e : gallery.entries()) out.add(entryJson(e));
        return out;
    }

    private static Map<String, Object> entryJson(Gallery.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("file", e.fileName());
        m.put("title", e.title());
        m.put("question", e.question());
        m.put("extends", e.extendsFile());
        m.put("span", List.of(e.scenario().start().toString(), e.scenario().end().toString()));
        m.put("events", e.scenario().events().size());
        m.put("shocks", e.scenario().events().stream().filter(x -> !x.isDecision()).count());
        m.put("agents", e.scenario().agents().id());
        m.put("interventions", e.scenario().interventions().size());
        return m;
    }

    private Gallery.Entry shipped(String name) {
        Gallery.Entry e = gallery.get(name);
        if (e == null) throw new ApiException(404, "no shipped scenario is named '" + abbreviate(name) + "'");
        return e;
    }

    private static Map<String, Object> scenarioJson(Gallery.Entry e) {
        Scenario s = e.scenario();
        Map<String, Object> m = entryJson(e);
        m.put("description", s.description());
        m.put("bargaining", s.bargaining());
        m.put("yaml", new String(e.text(), StandardCharsets.UTF_8));
        m.put("events", ViewData.events(s.events(), null, null));
        List<Object> ivs = new ArrayList<>();
        for (org.treatysim.scenario.Intervention i : s.interventions()) {
            Map<String, Object> x = Json.COMPACT.convertValue(Manifest.intervention(i), new TypeReference<LinkedHashMap<String, Object>>() {});
            x.put("describe", i.describe());
            ivs.add(x);
        }
        m.put("interventions", ivs);
        List<Object> ps = new ArrayList<>();
        for (ParameterSpec p : s.parameters().specs().values()) {
            Map<String, Object> x = Json.COMPACT.convertValue(Manifest.parameter(p), new TypeReference<LinkedHashMap<String, Object>>() {});
            x.put("description", p.description());
            ps.add(x);
        }
        m.put("parameters", ps);
        return m;
    }

    private void validate(Context ctx) {
        JsonNode root = Requests.parseJson(body(ctx));
        Requests.onlyFields(root, "", Set.of("yaml"));
        if (!root.path("yaml").isTextual()) throw Requests.field(400, "yaml", "give the scenario text as {\"yaml\": \"...\"}");
        Requests.Loaded l;
        try {
            l = requests.text(root.get("yaml").asText().getBytes(StandardCharsets.UTF_8), "yaml");
        } catch (ApiException e) {
            if (e.status() != 422) throw e;
            Map<String, Object> m = new LinkedHashMap<>(e.body());
            m.put("ok", false);
            json(ctx, 200, m); // a verdict, not a refusal: the editor asks while the student types
            return;
        }
        Scenario s = l.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("file", l.fileName());
        m.put("shipped", l.shipped());
        m.put("span", List.of(s.start().toString(), s.end().toString()));
        m.put("events", s.events().size());
        m.put("agents", s.agents().id());
        Gallery.Entry parent = s.lineage().size() > 1 ? gallery.byFileName(s.lineage().get(1).getFileName().toString()) : null;
        if (parent != null) {
            ScenarioDiff d = ScenarioDiff.of(parent.scenario(), s);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("base", parent.name());
            x.put("removed", d.removed().stream().map(Event::id).toList());
            x.put("changed", d.changed().stream().map(c -> c.after().id()).toList());
            x.put("added", d.added().stream().map(Event::id).toList());
            x.put("parameters", d.parameters());
            x.put("interventions", d.interventions().stream().map(i -> i.describe()).toList());
            x.put("agents_changed", d.agentsChanged());
            m.put("differences", x);
        }
        json(ctx, 200, m);
    }

    // ------------------------------------------------------------------ jobs

    private void submit(Context ctx) {
        Requests.JobRequest r = requests.job(Requests.parseJson(body(ctx)));
        int total = r.replications() * r.arms().size();
        Job.Work work = r.kind().equals("run")
                ? p -> Runs.run(r.arms().get(0), r.replications(), r.seed(), dirLabel, p)
                : p -> Runs.compare(r.arms(), r.replications(), r.seed(), r.dates(), dirLabel, p);
        JobQueue.Submission sub;
        try {
            sub = queue.submit(key(r), r.kind(), client(ctx), describe(r), total, work);
        } catch (JobQueue.TooManyJobsException e) {
            throw new ApiException(429, e.getMessage());
        } catch (JobQueue.QueueFullException e) {
            ctx.header("Retry-After", "30");
            throw new ApiException(503, e.getMessage(), Map.of("retry_after_seconds", 30));
        }
        Map<String, Object> m = status(sub.job());
        m.put("ticket", sub.ticket());
        m.put("cached", sub.cached());
        json(ctx, sub.cached() ? 200 : 202, m);
    }

    /** The job's id: SHA-256 of everything that decides its result (the content of every input file, not its path). */
    static String key(Requests.JobRequest r) {
        StringBuilder sb = new StringBuilder("treatysim-web-1\n").append(Manifest.version()).append('\n').append(r.kind()).append('\n')
                .append(r.replications()).append('\n').append(r.seed()).append('\n').append(r.dates()).append('\n');
        for (Requests.Loaded a : r.arms()) {
            sb.append("arm ").append(a.fileName()).append('\n');
            Map<String, String> files = new TreeMap<>();
            for (Map.Entry<String, String> e : a.scenario().sha256().entrySet()) files.put(Path.of(e.getKey()).getFileName().toString(), e.getValue());
            files.forEach((f, h) -> sb.append(f).append(' ').append(h).append('\n'));
        }
        return Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> describe(Requests.JobRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenarios", r.arms().stream().map(Requests.Loaded::name).toList());
        m.put("replications", r.replications());
        m.put("seed", r.seed());
        if (!r.dates().isEmpty()) m.put("dates", r.dates().stream().map(YearMonth::toString).toList());
        return m;
    }

    private Job job(Context ctx) {
        String id = ctx.pathParam("id");
        Job j = ID.matcher(id).matches() ? queue.get(id) : null;
        if (j == null) throw new ApiException(404, "no such run on this server (it may have been started before the server restarted)");
        return j;
    }

    private Map<String, Object> status(Job j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("kind", j.kind());
        m.put("state", j.state().id());
        m.put("done", j.done());
        m.put("total", j.total());
        m.put("position", queue.position(j));
        m.put("error", j.error());
        m.put("request", j.describe());
        if (j.state() == Job.State.DONE) {
            ResultBundle r = cache.get(j.id());
            m.put("expired", r == null);
            if (r != null) {
                List<Object> files = new ArrayList<>();
                for (String n : r.names()) files.add(Map.of("name", n, "bytes", r.size(n)));
                m.put("files", files);
            }
        }
        return m;
    }

    private ResultBundle result(Job j) {
        if (j.state() != Job.State.DONE) {
            throw new ApiException(409, "this run is " + j.state().id() + ", not done", Map.of("state", j.state().id()));
        }
        ResultBundle r = cache.get(j.id());
        if (r == null) throw new ApiException(410, "this result was dropped from the server's memory; run it again");
        return r;
    }

    /** Replication K's story for each scenario of a finished result (base and what-ifs side by side for a compare). */
    private void story(Context ctx) {
        Job j = job(ctx);
        ResultBundle r = result(j);
        if (r.stories() == null) throw new ApiException(404, "this result has no stories");
        List<String> ks = ctx.queryParams("replication");
        String k = ks.size() == 1 ? ks.get(0) : null;
        if (k == null || !REPLICATION.matcher(k).matches()) {
            throw new ApiException(400, "give the replication as ?replication=K, a whole number from 0", Map.of("field", "replication"));
        }
        byte[] b;
        try {
            b = stories.tell(j.id(), r.stories(), Integer.parseInt(k));
        } catch (ApiException e) {
            if (e.status() == 503) ctx.header("Retry-After", "5");
            throw e;
        }
        ctx.contentType("application/json").result(b);
    }

    Stories stories() { return stories; }

    private void view(Context ctx) {
        ctx.contentType("application/json").result(result(job(ctx)).view());
    }

    private void file(Context ctx) {
        ResultBundle r = result(job(ctx));
        String name = ctx.pathParam("name");
        if (!FILE.matcher(name).matches() || !r.has(name)) throw new ApiException(404, "this result has no file '" + abbreviate(name) + "'");
        boolean inline = "1".equals(ctx.queryParam("inline"));
        ctx.header("Content-Security-Policy", FILE_CSP);
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"");
        ctx.contentType(contentType(name)).result(r.file(name));
    }

    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "csv" -> "text/csv; charset=utf-8";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "html" -> "text/html; charset=utf-8";
            case "yaml", "yml", "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private void cancel(Context ctx) {
        Job j = job(ctx);
        JsonNode root = Requests.parseJson(body(ctx));
        Requests.onlyFields(root, "", Set.of("ticket"));
        if (!queue.cancel(j, root.path("ticket").asText(null))) {
            throw new ApiException(403, "this ticket does not hold this run; only the browser that asked for a run can cancel it");
        }
        json(ctx, 200, status(j));
    }

    /** Server-sent events: "status" on every change (at most four a second), until the job finishes. */
    private void stream(Context ctx, io.javalin.http.sse.SseClient client) {
        Job j = job(ctx);
        if (!streams.tryAcquire()) {
            client.sendEvent("busy", "{\"error\":\"too many progress streams; the page asks again\"}");
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean gone = new java.util.concurrent.atomic.AtomicBoolean();
        client.onClose(() -> gone.set(true));
        try {
            long seen = -1;
            while (!gone.get() && !client.terminated()) {
                long v = j.version();
                if (v != seen) {
                    client.sendEvent("status", text(status(j)));
                    seen = v;
                    if (j.state().finished()) break;
                    Thread.sleep(STREAM_PAUSE_MS);
                } else if (j.awaitChange(seen, KEEP_ALIVE_MS) == seen) {
                    client.sendComment("waiting");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the browser went away (a page closed or moved on) and Jetty recycled the response: nothing to tell it
        } finally {
            streams.release();
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** The request body, refusing more than the server's limit without reading it all. */
    private byte[] body(Context ctx) {
        long max = settings.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw new ApiException(413, "the request is " + declared + " bytes; this server accepts at most " + max);
        try {
            byte[] b = ctx.req().getInputStream().readNBytes((int) max + 1);
            if (b.length > max) throw new ApiException(413, "the request is more than " + max + " bytes; this server accepts at most " + max);
            return b;
        } catch (IOException e) {
            throw new ApiException(400, "cannot read the request: " + e.getMessage());
        }
    }

    private static void refuse(Context ctx, ApiException e) {
        ctx.attribute("refused", true);
        ctx.status(e.status());
        if (ctx.path().startsWith("/api/")) {
            json(ctx, e.status(), e.body());
        } else {
            ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TreatySim</title></head>"
                    + "<body><h1>TreatySim</h1><p>" + Html.escape(e.getMessage()) + "</p></body></html>");
        }
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(text(body));
    }

    private static String text(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
