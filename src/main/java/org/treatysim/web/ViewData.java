package org.treatysim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.PairedComparison;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.output.RunFiles;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;
import org.treatysim.scenario.Var;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON a result page draws from ({@code view} of a {@link ResultBundle}): the monthly series of the chart, the
 * events with their sources, the headline figures (the same maps as summary.json), the sentences that say what the
 * numbers mean, and the command that reproduces them. Series are rounded to 5 decimals; undefined values are null.
 */
final class ViewData {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String HAZARD = Var.TREATY_HAZARD_ANNUAL.id, CUMULATIVE = TrajectoryStats.CUMULATIVE;

    private ViewData() {}

    static byte[] run(Scenario s, Map<String, MetricStats> stats, Summary sum, String command) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "run");
        m.put("scenario", scenario(s));
        m.put("replications", sum.replications());
        m.put("seed", sum.seed());
        m.put("start", s.start().toString());
        m.put("months", s.months());
        m.put("hazard", band(stats.get(HAZARD)));
        m.put("cumulative", band(stats.get(CUMULATIVE)));
        m.put("events", events(s.events(), null, null));
        m.put("summary", RunFiles.summaryJson(sum));
        m.put("sentences", Sentences.run(sum));
        m.put("command", command);
        return bytes(m);
    }

    static byte[] compare(List<ComparisonFiles.Arm> arms, List<YearMonth> dates, String command) {
        ComparisonFiles.Arm base = arms.get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "compare");
        PairedComparison.Result first = arms.get(1).paired();
        m.put("replications", first.replications());
        m.put("seed", first.seed());
        m.put("dates", dates.stream().map(YearMonth::toString).toList());
        List<Object> as = new ArrayList<>();
        List<Object> evs = new ArrayList<>(events(base.scenario().events().stream().filter(Event::major).toList(), "base", base.name()));
        for (ComparisonFiles.Arm a : arms) {
            Map<String, Object> x = scenario(a.scenario());
            x.put("start", a.scenario().start().toString());
            x.put("months", a.scenario().months());
            x.put("hazard", band(a.stats().get(HAZARD)));
            x.put("cumulative", band(a.stats().get(CUMULATIVE)));
            if (!a.isBase()) {
                PairedComparison.Series c = a.paired().cumulative();
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("start", a.paired().start().toString());
                d.put("mean", series(c.mean()));
                d.put("low", series(c.low()));
                d.put("high", series(c.high()));
                x.put("diff", d);
                for (ScenarioDiff.Divergence dv : a.diff().divergences()) {
                    evs.addAll(events(List.of(dv.event()), dv.kind().name().toLowerCase(Locale.ROOT), a.name()));
                }
            }
            as.add(x);
        }
        m.put("arms", as);
        m.put("events", evs);
        m.put("summary", ComparisonFiles.summaryJson(arms, dates));
        m.put("sentences", Sentences.compare(arms, dates));
        m.put("command", command);
        return bytes(m);
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("question", Gallery.question(s.description()));
        m.put("file", s.file().getFileName().toString());
        m.put("span", List.of(s.start().toString(), s.end().toString()));
        return m;
    }

    private static Map<String, Object> band(MetricStats ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", series(ms.mean()));
        m.put("p05", series(ms.p05()));
        m.put("p95", series(ms.p95()));
        return m;
    }

    /** Events for the chart's markers and hover: date, title, direction, source; {@code kind} and {@code arm} for a compare. */
    static List<Object> events(List<Event> events, String kind, String arm) {
        List<Object> out = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("date", e.date().toString());
            m.put("title", e.title());
            m.put("label", e.chartLabel());
            m.put("major", e.major());
            m.put("direction", e.direction());
            m.put("actors", e.actors().stream().map(Enum::name).toList());
            m.put("source", e.source());
            if (kind != null) m.put("kind", kind);
            if (arm != null) m.put("arm", arm);
            out.add(m);
        }
        return out;
    }

    static List<Double> series(double[] xs) {
        List<Double> out = new ArrayList<>(xs.length);
        for (double x : xs) out.add(Double.isNaN(x) || Double.isInfinite(x) ? null : Math.round(x * 1e5) / 1e5);
        return out;
    }

    static byte[] bytes(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
