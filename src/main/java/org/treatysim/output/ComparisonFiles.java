package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.PairedComparison;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.analysis.WhatIfEffect;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files of a `compare`, all or nothing: comparison.csv (treaty metrics and paired differences),
 * states.csv (every recorded variable of every scenario, month by month, to explain an effect or its absence),
 * comparison.png/.svg, summary.json and manifest.json.
 */
public final class ComparisonFiles {
    public static final List<String> HEADER = List.of("scenario", "date", "metric", "mean", "p05", "p95", "diff", "diff_ci_low", "diff_ci_high");
    /** State variables listed per what-if in summary.json, largest difference first. */
    static final int STATE_DIFFERENCES_LISTED = 10;

    private ComparisonFiles() {}

    /**
     * One scenario of a comparison: its statistics and, for a what-if, its paired difference from the base and
     * where it departs from it ({@code paired} and {@code diff} are null for the base).
     */
    public record Arm(Scenario scenario, Map<String, MetricStats> stats, PairedComparison.Result paired, ScenarioDiff diff) {
        public boolean isBase() { return paired == null; }
        public String name() { return scenario.name(); }
    }

    /** Results directories of `compare`. */
    public static final OutputDir.Owner OWNER = OutputDir.Owner.results("compare");

    /**
     * Runs the base ({@code scenarios.get(0)}) and the what-ifs side by side on common random numbers
     * ({@link MonteCarlo#runPaired}) and returns their arms: each scenario's statistics and, for a what-if, its paired
     * difference from the base and where it departs from it.
     */
    public static List<Arm> run(List<Scenario> scenarios, MonteCarlo.Config cfg, java.util.function.IntConsumer progress) {
        return arms(scenarios, MonteCarlo.runPaired(scenarios, cfg, progress), cfg);
    }

    /**
     * The arms of scenarios run side by side ({@link MonteCarlo#runPaired}): each scenario's statistics, and for a
     * what-if its paired difference from the base and where it departs from it.
     */
    public static List<Arm> arms(List<Scenario> scenarios, MonteCarlo.Paired p, MonteCarlo.Config cfg) {
        Scenario base = scenarios.get(0);
        List<Arm> arms = new ArrayList<>();
        arms.add(new Arm(base, TrajectoryStats.compute(p.arms().get(0)), null, null));
        for (int i = 1; i < scenarios.size(); i++) {
            arms.add(new Arm(scenarios.get(i), TrajectoryStats.compute(p.arms().get(i)),
                    PairedComparison.of(p.differences().get(i - 1), cfg.replications(), cfg.seed()), ScenarioDiff.of(base, scenarios.get(i))));
        }
        return arms;
    }

    /**
     * The dates of summary.json when none are chosen: for each what-if the month its paired difference from the base
     * first reaches 90% of its largest, and the base's last month ({@link WhatIfEffect#defaultDates}).
     */
    public static List<YearMonth> defaultDates(List<Arm> arms) {
        return WhatIfEffect.defaultDates(arms.get(0).scenario(), arms.subList(1, arms.size()).stream().map(Arm::paired).toList());
    }

    /** What a comparison's manifest.json adds to {@link Manifest#build}: each what-if's inputs, and the dates. */
    public static Map<String, Object> manifestExtra(List<Scenario> whatifs, List<YearMonth> dates) {
        Map<String, Object> extra = new LinkedHashMap<>();
        List<Object> ws = new ArrayList<>();
        for (Scenario w : whatifs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("scenario", w.name());
            x.put("scenario_path", w.file().toString());
            x.put("scenario_lineage", w.lineage().stream().map(Path::toString).toList());
            x.put("sha256", w.sha256());
            x.put("parameter_overrides", w.overrideRationales());
            x.put("agents", w.agents().name().toLowerCase(Locale.ROOT));
            x.put("interventions", w.interventions().stream().map(Manifest::intervention).toList());
            ws.add(x);
        }
        extra.put("whatifs", ws);
        extra.put("dates", dates.stream().map(YearMonth::toString).toList());
        return extra;
    }

    /** Writes the files of a comparison into {@code dir} (opened before the runs) and commits it, sealed with {@code manifest}. */
    public static Path write(OutputDir dir, List<Arm> arms, List<YearMonth> dates, Map<String, Object> manifest) {
        try {
            try (Writer w = RunFiles.writer(dir.file("comparison.csv"))) {
                writeCsv(w, arms);
            }
            try (Writer w = RunFiles.writer(dir.file("states.csv")); CsvTable t = new CsvTable(w, RunFiles.TRAJECTORY_HEADER)) {
                for (Arm a : arms) RunFiles.trajectoryRows(t, a.scenario(), a.stats());
            }
            RunFiles.writeJson(dir.file("summary.json"), summaryJson(arms, dates));
            TreatyChart chart = chart(arms);
            chart.savePng(dir.file("comparison.png"));
            chart.saveSvg(dir.file("comparison.svg"));
        } catch (IOException | UncheckedIOException e) {
            throw OutputException.writing(dir.target(), e);
        }
        dir.commit(manifest);
        return dir.target();
    }

    /**
     * Long format: base first, then the what-ifs in the order given; within a scenario months in order, and within
     * a month the hazard then the cumulative probability. The diff columns hold the paired difference from the base
     * and its 95% interval (empty for the base, and where undefined).
     */
    public static void writeCsv(Writer w, List<Arm> arms) {
        try (CsvTable t = new CsvTable(w, HEADER)) {
            for (Arm a : arms) {
                Scenario s = a.scenario();
                MetricStats haz = a.stats().get(Metrics.HAZARD), cum = a.stats().get(Metrics.CUMULATIVE);
                for (int m = 0; m < s.months(); m++) {
                    String date = s.monthAt(m).toString();
                    row(t, a, date, haz, m, a.isBase() ? null : a.paired().hazard());
                    row(t, a, date, cum, m, a.isBase() ? null : a.paired().cumulative());
                }
            }
        }
    }

    private static void row(CsvTable t, Arm a, String date, MetricStats ms, int m, PairedComparison.Series d) {
        if (d == null) {
            t.row(a.name(), date, ms.metric(), ms.mean()[m], ms.p05()[m], ms.p95()[m], null, null, null);
        } else {
            t.row(a.name(), date, ms.metric(), ms.mean()[m], ms.p05()[m], ms.p95()[m], d.mean()[m], d.low()[m], d.high()[m]);
        }
    }

    public static Map<String, Object> summaryJson(List<Arm> arms, List<YearMonth> dates) {
        Arm base = arms.get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", base.name());
        m.put("whatifs", arms.subList(1, arms.size()).stream().map(Arm::name).toList());
        PairedComparison.Result first = arms.size() > 1 ? arms.get(1).paired() : null;
        m.put("replications", first == null ? null : first.replications());
        m.put("seed", first == null ? null : first.seed());
        m.put("method", "Common random numbers: replication i of every scenario uses the same model seed and parameter draw. "
                + "diff = mean over replications of (1{what-if signed by the date} - 1{base signed by the date}); ci95 is the normal "
                + "interval mean +/- 1.96 sd/sqrt(n) of these paired differences. ci95_unpaired is the interval the same runs would give "
                + "if treated as independent samples. p_treaty_by gives the share of replications signed, with its 90% Wilson interval. "
                + "largest_difference is the first month where the paired difference in P(treaty by that month) reaches 90% of its "
                + "largest (top, first reached in top_date); same_outcomes says "
                + "whether every replication signs, or not, in the same month as in the base. state_differences lists the state variables "
                + "whose monthly mean differs most (as a share of the range they span), largest first; states.csv holds them all.");
        m.put("dates", dates.stream().map(YearMonth::toString).toList());
        List<Object> scen = new ArrayList<>();
        for (Arm a : arms) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", a.name());
            x.put("title", a.scenario().title());
            x.put("file", a.scenario().file().getFileName().toString());
            Map<String, Object> span = new LinkedHashMap<>(); // ordered: summary.json is the same bytes on every run
            span.put("start", a.scenario().start().toString());
            span.put("end", a.scenario().end().toString());
            x.put("span", span);
            MetricStats cum = a.stats().get(Metrics.CUMULATIVE);
            Map<String, Object> by = new LinkedHashMap<>();
            for (YearMonth d : dates) {
                int i = index(a.scenario(), d);
                if (i < 0) { by.put(d.toString(), null); continue; }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("p", Decimals.round(cum.mean()[i]));
                p.put("ci90", List.of(Decimals.round(cum.p05()[i]), Decimals.round(cum.p95()[i])));
                by.put(d.toString(), p);
            }
            x.put("p_treaty_by", by);
            scen.add(x);
        }
        m.put("scenarios", scen);
        List<Object> diffs = new ArrayList<>();
        for (Arm a : arms.subList(1, arms.size())) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("whatif", a.name());
            x.put("base", base.name());
            Map<String, Object> by = new LinkedHashMap<>();
            PairedComparison.Series c = a.paired().cumulative();
            for (YearMonth d : dates) {
                int i = a.paired().indexOf(d);
                if (i < 0 || c.n()[i] == 0) { by.put(d.toString(), null); continue; }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("diff", Decimals.round(c.mean()[i]));
                p.put("ci95", List.of(Decimals.round(c.low()[i]), Decimals.round(c.high()[i])));
                p.put("ci95_unpaired", List.of(Decimals.round(c.mean()[i] - c.unpairedHalfWidth()[i]), Decimals.round(c.mean()[i] + c.unpairedHalfWidth()[i])));
                p.put("ci95_width_paired", Decimals.round(2 * c.halfWidth(i)));
                p.put("ci95_width_unpaired", Decimals.round(2 * c.unpairedHalfWidth()[i]));
                by.put(d.toString(), p);
            }
            x.put("treaty_by", by);
            List<Object> evs = new ArrayList<>();
            for (ScenarioDiff.Divergence dv : a.diff().divergences()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("kind", dv.kind().name().toLowerCase(Locale.ROOT));
                e.put("id", dv.event().id());
                e.put("date", dv.event().date().toString());
                e.put("title", dv.event().title());
                evs.add(e);
            }
            x.put("diverging_events", evs);
            List<Object> ivs = new ArrayList<>();
            for (Intervention iv : a.scenario().interventions()) ivs.add(Manifest.intervention(iv));
            x.put("interventions", ivs);
            x.put("agents", a.scenario().agents().name().toLowerCase(Locale.ROOT));
            x.put("parameters_changed", a.diff().parameters());
            x.put("overrides", a.scenario().overrideRationales());
            x.put("span_changed", a.diff().spanChanged());
            WhatIfEffect.At at = WhatIfEffect.largest(a.paired(), base.scenario());
            x.put("same_outcomes", WhatIfEffect.sameOutcomes(a.paired()));
            if (at == null) {
                x.put("largest_difference", null);
            } else {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("date", at.month().toString());
                l.put("diff", Decimals.round(at.diff()));
                l.put("ci95", List.of(Decimals.round(at.low()), Decimals.round(at.high())));
                l.put("top", Decimals.round(at.top()));
                l.put("top_date", at.topMonth().toString());
                x.put("largest_difference", l);
            }
            List<Object> states = new ArrayList<>();
            for (WhatIfEffect.StateDifference d : stateDifferences(base, a)) {
                if (states.size() == STATE_DIFFERENCES_LISTED) break;
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("metric", d.metric());
                e.put("unit", d.unit());
                e.put("date", d.month().toString());
                e.put("base", Decimals.round(d.base()));
                e.put("whatif", Decimals.round(d.whatif()));
                e.put("diff", Decimals.round(d.diff()));
                states.add(e);
            }
            x.put("state_differences", states);
            diffs.add(x);
        }
        m.put("differences", diffs);
        return m;
    }

    /**
     * The overlaid trajectories: the title asks the what-if's question, the legend names each scenario by its
     * title, the caption gives each what-if's largest difference or says it makes none, and a line marks each event
     * where a what-if departs from the base, in that what-if's colour.
     */
    public static TreatyChart chart(List<Arm> arms) {
        Arm base = arms.get(0);
        YearMonth start = base.scenario().start(), end = base.scenario().end();
        for (Arm a : arms) {
            if (a.scenario().start().isBefore(start)) start = a.scenario().start();
            if (a.scenario().end().isAfter(end)) end = a.scenario().end();
        }
        PairedComparison.Result p = arms.size() > 1 ? arms.get(1).paired() : null;
        StringBuilder caption = new StringBuilder(String.format(Locale.ROOT,
                "Paired comparison on common random numbers: %s replications, seed %s. Grey bands: the base's 5-95%% range (hazard) and 90%% CI (cumulative).",
                p == null ? "?" : p.replications(), p == null ? "?" : p.seed()));
        for (int i = 1; i < arms.size(); i++) {
            if (arms.size() == 2 || same(arms.get(i))) caption.append(' ').append(effectSentence(arms, i));
        }
        TreatyChart c = new TreatyChart()
                .title(arms.size() == 2 ? question(arms.get(1).scenario())
                        : "How would each of these " + (arms.size() - 1) + " what-ifs have changed the chance of a treaty?")
                .subtitle(caption.toString())
                .span(start, end);
        c.base("Base: " + titleOf(base.scenario()), pad(base.stats().get(Metrics.HAZARD), base.scenario().start(), start, end),
                pad(base.stats().get(Metrics.CUMULATIVE), base.scenario().start(), start, end));
        for (int i = 1; i < arms.size(); i++) {
            Arm a = arms.get(i);
            boolean same = same(a);
            String effect = same ? " (no difference: dashed over the base)" : arms.size() > 2 ? " " + effectShort(arms, i) : "";
            c.whatIf(key(arms, i) + question(a.scenario()) + effect,
                    pad(a.stats().get(Metrics.HAZARD), a.scenario().start(), start, end), pad(a.stats().get(Metrics.CUMULATIVE), a.scenario().start(), start, end),
                    same);
            for (Event e : markers(arms, i)) c.mark(e.date(), e.label(), TreatyChart.whatIfColor(i - 1));
        }
        return c;
    }

    /** "(+12.3 points in P(treaty by 1999-12))": where the paired difference reaches its largest, for the legend. */
    private static String effectShort(List<Arm> arms, int i) {
        WhatIfEffect.At at = WhatIfEffect.largest(arms.get(i).paired(), arms.get(0).scenario());
        return at == null ? "(no difference within the base's span)"
                : String.format(Locale.ROOT, "(%+.1f points in P(treaty by %s))", 100 * at.diff(), at.month());
    }

    private static boolean same(Arm a) {
        return WhatIfEffect.sameOutcomes(a.paired()) && !a.diff().spanChanged();
    }

    /** "A: +12.3 points in P(treaty by 1999-12) (95% CI +9.8 to +14.8), ..." or "A makes no difference: ...". */
    static String effectSentence(List<Arm> arms, int i) {
        Arm a = arms.get(i);
        String who = arms.size() > 2 ? String.valueOf((char) ('A' + (i - 1) % 26)) : "The what-if";
        if (same(a)) {
            return who + " makes no difference: every replication signs, or not, in the same month as in the base (see states.csv for why).";
        }
        WhatIfEffect.At at = WhatIfEffect.largest(a.paired(), arms.get(0).scenario());
        if (at == null) return who + ": no difference in the chance of a treaty within the base's span.";
        return String.format(Locale.ROOT, "%s: %+.1f points in P(treaty by %s) (95%% CI %+.1f to %+.1f), the first month at 90%% of its "
                        + "largest difference (%+.1f).", who, 100 * at.diff(), at.month(), 100 * at.low(), 100 * at.high(), 100 * at.top());
    }

    /** The question a scenario asks: its title, else the first sentence of its description, else its name. */
    static String question(Scenario s) {
        if (s.title() != null && !s.title().isBlank()) return s.title().strip();
        if (s.description() != null && !s.description().isBlank()) {
            String d = s.description().strip().replaceAll("\\s+", " ").replaceFirst("^Question\\.\\s*", "");
            int dot = d.indexOf(". ");
            int q = d.indexOf("? ");
            int cut = dot < 0 ? q : q < 0 ? dot : Math.min(dot, q);
            String first = cut < 0 ? d : d.substring(0, cut + 1);
            return first.length() > 200 ? first.substring(0, 197) + "..." : first;
        }
        return "What if: " + s.name() + "?";
    }

    private static String titleOf(Scenario s) {
        return s.title() != null && !s.title().isBlank() ? s.title().strip() : s.name();
    }

    static List<WhatIfEffect.StateDifference> stateDifferences(Arm base, Arm a) {
        return WhatIfEffect.stateDifferences(base.scenario(), base.stats(), a.scenario(), a.stats());
    }

    /** Chart markers for the diverging events of every what-if, by date: every one is drawn, labelled with what changed. */
    static List<Event> markers(List<Arm> arms) {
        List<Event> out = new ArrayList<>();
        for (int i = 1; i < arms.size(); i++) out.addAll(markers(arms, i));
        out.sort((x, y) -> x.date().compareTo(y.date()));
        return out;
    }

    /**
     * The markers of what-if i: "no X" for an event it removes, "added: X" for one it adds, and for one it changes
     * its new label, or "X (changed)" when the label stayed the same.
     */
    private static List<Event> markers(List<Arm> arms, int i) {
        List<Event> out = new ArrayList<>();
        ScenarioDiff diff = arms.get(i).diff();
        for (Event e : diff.removed()) out.add(marker(e, key(arms, i) + "no " + e.chartLabel()));
        for (ScenarioDiff.Change c : diff.changed()) {
            String label = c.after().chartLabel();
            out.add(marker(c.after(), key(arms, i) + (label.equals(c.before().chartLabel()) ? label + " (changed)" : label)));
        }
        for (Event e : diff.added()) out.add(marker(e, key(arms, i) + "added: " + e.chartLabel()));
        for (Intervention iv : diff.interventions()) {
            Event e = ScenarioDiff.asEvent(iv);
            out.add(marker(e, key(arms, i) + e.label()));
        }
        out.sort((x, y) -> x.date().compareTo(y.date()));
        return out;
    }

    private static Event marker(Event e, String label) {
        return new Event(e.id(), e.date(), e.actors(), e.title(), label, true, e.direction(), e.source(), e.notes(), e.effects(), e.origin());
    }

    /** With several what-ifs, each gets a letter ("A: ") shared by its legend entries and its event labels. */
    static String key(List<Arm> arms, int i) {
        return arms.size() > 2 && i > 0 ? (char) ('A' + (i - 1) % 26) + ": " : "";
    }

    /** Stats re-indexed onto the chart's span [from, to], NaN outside the scenario's own span. */
    static MetricStats pad(MetricStats ms, YearMonth own, YearMonth from, YearMonth to) {
        int n = (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        int off = (int) java.time.temporal.ChronoUnit.MONTHS.between(from, own);
        if (off == 0 && ms.months() == n) return ms;
        double[][] src = {ms.mean(), ms.p05(), ms.p25(), ms.p50(), ms.p75(), ms.p95()};
        double[][] dst = new double[6][n];
        for (int k = 0; k < 6; k++) {
            Arrays.fill(dst[k], Double.NaN);
            for (int m = 0; m < ms.months(); m++) if (m + off >= 0 && m + off < n) dst[k][m + off] = src[k][m];
        }
        return new MetricStats(ms.metric(), ms.unit(), dst[0], dst[1], dst[2], dst[3], dst[4], dst[5]);
    }

    static int index(Scenario s, YearMonth d) {
        int i = s.stepOf(d);
        return i >= 0 && i < s.months() ? i : -1;
    }

    /** A short plain-text table for the terminal. */
    public static String text(List<Arm> arms, List<YearMonth> dates) {
        StringBuilder sb = new StringBuilder();
        int w = 8;
        for (Arm a : arms) w = Math.max(w, a.name().length());
        sb.append(String.format(Locale.ROOT, "%-" + w + "s", "P(treaty by)"));
        for (YearMonth d : dates) sb.append(String.format(Locale.ROOT, "  %-28s", d));
        sb.append('\n');
        for (Arm a : arms) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s", a.name()));
            MetricStats cum = a.stats().get(Metrics.CUMULATIVE);
            for (YearMonth d : dates) {
                int i = index(a.scenario(), d);
                String cell;
                if (i < 0) cell = "-";
                else if (a.isBase()) cell = String.format(Locale.ROOT, "%5.1f%%", 100 * cum.mean()[i]);
                else {
                    PairedComparison.Series c = a.paired().cumulative();
                    int j = a.paired().indexOf(d);
                    cell = j < 0 || c.n()[j] == 0 ? String.format(Locale.ROOT, "%5.1f%%", 100 * cum.mean()[i])
                            : String.format(Locale.ROOT, "%5.1f%% (%+.1f, %+.1f..%+.1f)", 100 * cum.mean()[i], 100 * c.mean()[j], 100 * c.low()[j], 100 * c.high()[j]);
                }
                sb.append(String.format(Locale.ROOT, "  %-28s", cell));
            }
            sb.append('\n');
        }
        sb.append("(what-if rows: probability, then the paired difference from the base and its 95% interval, in percentage points)\n");
        for (int i = 1; i < arms.size(); i++) {
            Arm a = arms.get(i);
            if (!same(a)) continue;
            List<WhatIfEffect.StateDifference> ds = stateDifferences(arms.get(0), a);
            sb.append(a.name()).append(": no difference; every replication signs, or not, in the same month as in the base. ");
            if (ds.isEmpty()) {
                sb.append("No state variable differs either: the what-if changes nothing the model records.\n");
                continue;
            }
            sb.append("The states that differ most (see states.csv): ");
            for (int k = 0; k < Math.min(3, ds.size()); k++) {
                WhatIfEffect.StateDifference d = ds.get(k);
                sb.append(k == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %s in the base, %s in the what-if (%s, %s)",
                        d.metric(), HtmlReport.human(d.base()), HtmlReport.human(d.whatif()), d.unit(), d.month()));
            }
            sb.append(".\n");
        }
        return sb.toString();
    }
}
