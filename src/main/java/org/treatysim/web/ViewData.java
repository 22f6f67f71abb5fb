package org.treatysim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.PairedComparison;
import org.treatysim.analysis.Summary;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.io.Json;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.output.RunReport;
import org.treatysim.output.RunSummary;
import org.treatysim.output.StackedAreaChart;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON a result page draws from ({@code view} of a {@link ResultBundle}): the monthly series of the chart, the
 * events with their sources (a former decision event marked with its rule), the headline figures (the same maps as
 * summary.json), the agents' decisions, the gates of "what blocks a treaty", the sentences that say what the numbers
 * mean, and the command that reproduces them. Series are rounded to 5 decimals; undefined values are null.
 */
final class ViewData {
    private static final ObjectMapper JSON = Json.COMPACT;

    private ViewData() {}

    /**
     * A run's page: {@code summary} is summary.json as written (its decisions section included), so the page shows the
     * file's numbers; the decisions' words, the gates of "what blocks a treaty", and each replication's outcome (for the
     * story's picker) come with it.
     */
    static byte[] run(RunStatistics t, List<String> signed, Map<String, MetricStats> stats, Summary sum, RunSummary summaryJson, String command) {
        Scenario s = t.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "run");
        m.put("scenario", scenario(s));
        m.put("replications", sum.replications());
        m.put("seed", sum.seed());
        m.put("start", s.start().toString());
        m.put("months", s.months());
        m.put("hazard", band(stats.get(Metrics.HAZARD)));
        m.put("cumulative", band(stats.get(Metrics.CUMULATIVE)));
        m.put("events", events(s.events(), null, null));
        m.put("summary", summaryJson);
        m.put("sentences", Sentences.run(sum));
        m.put("decision_labels", DecisionView.labels(t.decisions().entries().keySet(), s));
        m.put("gate_legend", gateLegend());
        m.put("gates", gates(s, stats));
        m.put("signed", signed);
        m.put("command", command);
        return bytes(m);
    }

    /**
     * A compare's page: besides compare's summary.json, each arm's decisions (as run's summary.json would list them),
     * for each what-if the decisions' shares from the month it departs from the base in both arms, the gates, and each
     * replication's outcome per arm (the story's picker finds the replications whose outcome the what-if changed).
     *
     * @param runs the arms' statistics, in the order of {@code arms}
     * @param signed for each arm, the month each replication signed (null: never), in replication order
     */
    static byte[] compare(List<ComparisonFiles.Arm> arms, List<RunStatistics> runs, List<List<String>> signed, List<YearMonth> dates, String command) {
        ComparisonFiles.Arm base = arms.get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "compare");
        PairedComparison.Result first = arms.get(1).paired();
        m.put("replications", first.replications());
        m.put("seed", first.seed());
        m.put("dates", dates.stream().map(YearMonth::toString).toList());
        List<Object> as = new ArrayList<>();
        List<Object> evs = new ArrayList<>(events(base.scenario().events().stream().filter(Event::major).toList(), "base", base.name()));
        Set<String> keys = new TreeSet<>();
        for (RunStatistics t : runs) keys.addAll(t.decisions().entries().keySet());
        List<String> more = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            ComparisonFiles.Arm a = arms.get(i);
            RunStatistics t = runs.get(i);
            Map<String, Object> x = scenario(a.scenario());
            x.put("start", a.scenario().start().toString());
            x.put("months", a.scenario().months());
            x.put("hazard", band(a.stats().get(Metrics.HAZARD)));
            x.put("cumulative", band(a.stats().get(Metrics.CUMULATIVE)));
            x.put("decisions", RunSummary.decisions(a.scenario(), t.decisions()));
            x.put("gates", gates(a.scenario(), a.stats()));
            x.put("signed", signed.get(i));
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
                YearMonth since = DecisionView.departure(base.scenario(), a.scenario());
                DecisionView.Since after = DecisionView.since(runs.get(0), t, since);
                keys.addAll(after.shares().keySet());
                x.put("after", after);
            }
            as.add(x);
        }
        Map<String, Object> labels = DecisionView.labels(keys, base.scenario());
        for (int i = 1; i < arms.size(); i++) {
            if (arms.get(i).scenario().agents() != Scenario.Agents.DECIDE || base.scenario().agents() != Scenario.Agents.DECIDE) continue; // the scripted null decides nothing
            more.addAll(DecisionView.sentences(base.name(), arms.get(i).scenario(), runs.get(0), runs.get(i),
                    DecisionView.departure(base.scenario(), arms.get(i).scenario()), labels));
        }
        m.put("arms", as);
        m.put("events", evs);
        m.put("summary", ComparisonFiles.summaryJson(arms, dates));
        List<String> sentences = new ArrayList<>(Sentences.compare(arms, dates));
        sentences.addAll(more);
        m.put("sentences", sentences);
        m.put("decision_labels", labels);
        m.put("gate_legend", gateLegend());
        m.put("command", command);
        return bytes(m);
    }

    /** The gates of "what blocks a treaty", bottom band first, with the labels and colours of blocking.png. */
    static List<Object> gateLegend() {
        List<Object> out = new ArrayList<>();
        for (int g = 0; g < RunReport.GATES.size(); g++) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", RunReport.GATES.get(g).id);
            x.put("label", RunReport.GATE_LABELS.get(g));
            java.awt.Color c = StackedAreaChart.PALETTE.get(g % StackedAreaChart.PALETTE.size());
            x.put("color", String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue()));
            x.put("description", RunReport.GATES.get(g).description);
            out.add(x);
        }
        return out;
    }

    /**
     * Each month's share of the replications without a treaty yet stopped at each gate (in {@link #gateLegend} order),
     * or null for the scripted null model, whose negotiation has no gates.
     */
    static Map<String, Object> gates(Scenario s, Map<String, MetricStats> stats) {
        if (s.agents() != Scenario.Agents.DECIDE) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start().toString());
        List<Object> shares = new ArrayList<>();
        for (var g : RunReport.GATES) shares.add(series(stats.get(g.id).mean()));
        m.put("shares", shares);
        return m;
    }

    /** The month a replication signed a treaty, or null: the story's picker shows it beside each replication. */
    static String signedMonth(Scenario s, MonteCarlo.Outcome o) {
        return o.signedStep() < 0 ? null : s.monthAt(o.signedStep()).toString();
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("question", Gallery.question(s.description()));
        m.put("file", s.file().getFileName().toString());
        m.put("span", List.of(s.start().toString(), s.end().toString()));
        m.put("agents", s.agents().id());
        m.put("interventions", s.interventions().stream().map(Intervention::describe).toList());
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
            m.put("decision", e.isDecision() ? e.decision().toString() : null);
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
