package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Provenance of a run: what ran, on what, from which inputs, with which settings and parameter values. */
public final class Manifest {
    private Manifest() {}

    public static Map<String, Object> build(String command, List<String> args, Scenario s, int replications, long seed,
                                            int threads, Instant started, Instant finished, Map<String, Object> extra) {
        Map<String, Object> m = common(command, args, s.file().getParent());
        m.put("scenario", s.name());
        m.put("scenario_path", s.file().toString());
        m.put("scenario_lineage", s.lineage().stream().map(Path::toString).toList());
        m.put("sha256", s.sha256());
        m.put("bargaining", s.bargaining());
        m.put("agents", s.agents().name().toLowerCase(java.util.Locale.ROOT));
        List<Object> ivs = new ArrayList<>();
        for (Intervention i : s.interventions()) ivs.add(intervention(i));
        m.put("interventions", ivs);
        if (s.posterior() != null) m.put("posterior", posterior(s.posterior()));
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", s.start().toString());
        span.put("end", s.end().toString());
        m.put("span", span);
        m.put("seed", seed);
        m.put("replications", replications);
        m.put("threads", threads);
        platform(m, started, finished);
        if (extra != null) m.putAll(extra);
        List<Object> params = new ArrayList<>();
        for (ParameterSpec p : s.parameters().specs().values()) params.add(parameter(p));
        m.put("parameters", params);
        m.put("parameter_overrides", s.overrideRationales());
        return m;
    }

    /** A posterior sample as manifests list it: its file, SHA-256, particles and the parameters it sets. */
    public record PosteriorEntry(String file, String sha256, int particles, List<String> parameters) {}

    public static PosteriorEntry posterior(Posterior p) {
        return new PosteriorEntry(p.file().toString(), p.sha256(), p.size(), p.names());
    }

    /**
     * One intervention as manifests and summaries list it: decision, force (one option) or forbid (options), window,
     * rationale.
     */
    public record InterventionEntry(String decision, @JsonInclude(JsonInclude.Include.NON_NULL) String force,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> forbid, String from, String to, String rationale) {}

    public static InterventionEntry intervention(Intervention i) {
        return new InterventionEntry(i.rule(), i.force() ? i.options().get(0) : null, i.force() ? null : i.options(),
                i.from().toString(), i.to().toString(), i.rationale());
    }

    /**
     * One parameter as the manifest lists it: name, value, unit, range, prior (calibrated ones), bounds (when it has
     * any), distribution, basis, source.
     */
    public record ParameterEntry(String name, double value, String unit, List<Double> range,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> prior, @JsonInclude(JsonInclude.Include.NON_NULL) String bounds,
                                 String distribution, String basis, String source) {}

    public static ParameterEntry parameter(ParameterSpec p) {
        return new ParameterEntry(p.name(), p.value(), p.unit(), List.of(p.low(), p.high()),
                p.hasPrior() ? List.of(p.priorLow(), p.priorHigh()) : null, p.bounds().isNone() ? null : p.bounds().toString(),
                p.distribution().id(), p.basis(), p.source());
    }

    /**
     * The entries every manifest starts with: tool, version, the git commit of the checkout holding {@code dir}, the
     * command and its exact arguments.
     */
    public static Map<String, Object> common(String command, List<String> args, Path dir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "treatysim");
        m.put("version", version());
        m.put("git_commit", gitCommit(dir));
        m.put("command", command);
        m.put("arguments", List.copyOf(args));
        return m;
    }

    /** Adds the JVM, the operating system and when the command started and finished (the only entries that vary between runs). */
    public static Map<String, Object> platform(Map<String, Object> m, Instant started, Instant finished) {
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        return m;
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The commit of the checkout holding {@code dir}, with "-dirty" if it has uncommitted changes; "unknown" without git. */
    public static String gitCommit(Path dir) {
        try {
            String head = run(dir, "git", "rev-parse", "HEAD");
            if (head == null || head.isBlank()) return "unknown";
            String status = run(dir, "git", "status", "--porcelain", "--untracked-files=no");
            return head.trim() + (status != null && !status.isBlank() ? "-dirty" : "");
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String run(Path dir, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) sb.append(line).append('\n');
        }
        if (!p.waitFor(10, TimeUnit.SECONDS)) { p.destroyForcibly(); return null; }
        return p.exitValue() == 0 ? sb.toString() : null;
    }
}
