package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.PairedComparison;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;
import org.treatysim.scenario.Var;

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

/** Writes the files of a `compare`: comparison.csv, comparison.png/.svg, summary.json and manifest.json, all or nothing. */
public final class ComparisonFiles {
    public static final List<String> HEADER = List.of("scenario", "date", "metric", "mean", "p05", "p95", "diff", "diff_ci_low", "diff_ci_high");
    static final String HAZARD = Var.TREATY_HAZARD_ANNUAL.id;
    static final String CUMULATIVE = TrajectoryStats.CUMULATIVE;

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

    /** Writes the files of a comparison into {@code dir} (opened before the runs) and commits it, sealed with {@code manifest}. */
    public static Path write(OutputDir dir, List<Arm> arms, List<YearMonth> dates, Map<String, Object> manifest) {
        try {
            try (Writer w = RunFiles.writer(dir.file("comparison.csv"))) {
                writeCsv(w, arms);
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
                MetricStats haz = a.stats().get(HAZARD), cum = a.stats().get(CUMULATIVE);
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
                + "if treated as independent samples. p_treaty_by gives the share of replications signed, with its 90% Wilson interval.");
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
            MetricStats cum = a.stats().get(CUMULATIVE);
            Map<String, Object> by = new LinkedHashMap<>();
            for (YearMonth d : dates) {
                int i = index(a.scenario(), d);
                if (i < 0) { by.put(d.toString(), null); continue; }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("p", Num.round(cum.mean()[i]));
                p.put("ci90", List.of(Num.round(cum.p05()[i]), Num.round(cum.p95()[i])));
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
                p.put("diff", Num.round(c.mean()[i]));
                p.put("ci95", List.of(Num.round(c.low()[i]), Num.round(c.high()[i])));
                p.put("ci95_unpaired", List.of(Num.round(c.mean()[i] - c.unpairedHalfWidth()[i]), Num.round(c.mean()[i] + c.unpairedHalfWidth()[i])));
                p.put("ci95_width_paired", Num.round(2 * c.halfWidth(i)));
                p.put("ci95_width_unpaired", Num.round(2 * c.unpairedHalfWidth()[i]));
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
            x.put("parameters_changed", a.diff().parameters());
            x.put("overrides", a.scenario().overrideRationales());
            x.put("span_changed", a.diff().spanChanged());
            diffs.add(x);
        }
        m.put("differences", diffs);
        return m;
    }

    /** The overlaid trajectories, with a marker at each event where a what-if departs from the base. */
    public static TreatyChart chart(List<Arm> arms) {
        Arm base = arms.get(0);
        YearMonth start = base.scenario().start(), end = base.scenario().end();
        for (Arm a : arms) {
            if (a.scenario().start().isBefore(start)) start = a.scenario().start();
            if (a.scenario().end().isAfter(end)) end = a.scenario().end();
        }
        List<String> names = arms.stream().map(Arm::name).toList();
        PairedComparison.Result p = arms.size() > 1 ? arms.get(1).paired() : null;
        TreatyChart c = new TreatyChart()
                .title(arms.size() == 2 ? "What if? " + names.get(1) + " vs " + names.get(0)
                        : "What if? " + (arms.size() - 1) + " what-ifs (A-" + (char) ('A' + Math.min(25, arms.size() - 2)) + ") vs " + names.get(0))
                .subtitle(String.format(Locale.ROOT, "TreatySim paired comparison: %s replications, seed %s, common random numbers. "
                                + "Solid: annual hazard; dashed: cumulative probability. Lines mark where a what-if departs from '%s'.",
                        p == null ? "?" : p.replications(), p == null ? "?" : p.seed(), base.name()))
                .span(start, end);
        for (int i = 0; i < arms.size(); i++) {
            Arm a = arms.get(i);
            c.add(key(arms, i) + a.name(), pad(a.stats().get(HAZARD), a.scenario().start(), start, end),
                    pad(a.stats().get(CUMULATIVE), a.scenario().start(), start, end));
        }
        c.events(markers(arms));
        return c;
    }

    /** Chart markers for the diverging events: every one is drawn, labelled with what changed. */
    static List<Event> markers(List<Arm> arms) {
        List<Event> out = new ArrayList<>();
        for (int i = 1; i < arms.size(); i++) {
            Arm a = arms.get(i);
            for (ScenarioDiff.Divergence dv : a.diff().divergences()) {
                Event e = dv.event();
                String what = switch (dv.kind()) {
                    case REMOVED -> "no ";
                    case CHANGED -> "changed: ";
                    case ADDED -> "added: ";
                };
                String label = key(arms, i) + what + shortLabel(e);
                out.add(new Event(e.id(), e.date(), e.actors(), e.title(), label, true, e.direction(), e.source(), e.notes(), e.effects(), e.origin()));
            }
        }
        out.sort((x, y) -> x.date().compareTo(y.date()));
        return out;
    }

    /** With several what-ifs, each gets a letter ("A: ") shared by its legend entries and its event labels. */
    static String key(List<Arm> arms, int i) {
        return arms.size() > 2 && i > 0 ? (char) ('A' + (i - 1) % 26) + ": " : "";
    }

    private static String shortLabel(Event e) {
        String s = e.chartLabel();
        return s.length() > 28 ? s.substring(0, 26) + ".." : s;
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
            MetricStats cum = a.stats().get(CUMULATIVE);
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
        return sb.toString();
    }
}
