package org.treatysim.web;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.PairedComparison;
import org.treatysim.analysis.Peaks;
import org.treatysim.analysis.Summary;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.scenario.Metrics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of a result in words a student understands, e.g. "Compared with baseline, whatif-x raises the chance
 * of a treaty by December 1957 from 7% to 52%: +45 points (95% CI +42 to +48)." Percentages are whole numbers, with
 * one decimal below 1% and above 99%; differences are in percentage points.
 */
final class Sentences {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Sentences() {}

    static List<String> run(Summary sum) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "In %d simulated histories (seed %d), a treaty is signed by %s in %s of them (90%% interval %s to %s).",
                sum.replications(), sum.seed(), month(sum.end()), pct(sum.pTreatyByEnd()),
                pct(sum.pTreatyByEndCi90()[0]), pct(sum.pTreatyByEndCi90()[1])));
        if (sum.peakMonth() != null) {
            out.add(String.format(Locale.ROOT, "The chance of signing within a year is highest in %s: %s.", month(sum.peakMonth()), pct(sum.peakHazard())));
        }
        List<Peaks.Window> ws = sum.windows();
        if (!ws.isEmpty()) {
            StringBuilder sb = new StringBuilder(ws.size() == 1 ? "The window of opportunity: " : "Windows of opportunity: ");
            for (int i = 0; i < Math.min(ws.size(), 4); i++) {
                Peaks.Window w = ws.get(i);
                if (i > 0) sb.append("; ");
                sb.append(w.from()).append(" to ").append(w.to()).append(" (peak ").append(month(w.peak())).append(", ")
                        .append(pct(w.peakHazard())).append(" a year)");
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    static List<String> compare(List<ComparisonFiles.Arm> arms, List<YearMonth> dates) {
        List<String> out = new ArrayList<>();
        ComparisonFiles.Arm base = arms.get(0);
        MetricStats bc = base.stats().get(Metrics.CUMULATIVE);
        for (ComparisonFiles.Arm a : arms.subList(1, arms.size())) {
            MetricStats wc = a.stats().get(Metrics.CUMULATIVE);
            PairedComparison.Series d = a.paired().cumulative();
            // Before it departs from the base a what-if is the same history (common random numbers): nothing to say.
            YearMonth departs = DecisionView.departure(base.scenario(), a.scenario());
            int said = 0;
            for (YearMonth ym : dates) {
                int ib = base.scenario().stepOf(ym), iw = a.scenario().stepOf(ym), j = a.paired().indexOf(ym);
                if (ib < 0 || ib >= bc.months() || iw < 0 || iw >= wc.months() || j < 0 || d.n()[j] == 0 || ym.isBefore(departs)) continue;
                out.add(sentence(base.name(), a.name(), ym, bc.mean()[ib], wc.mean()[iw], d.mean()[j], d.low()[j], d.high()[j]));
                said++;
            }
            if (said == 0 && !dates.isEmpty() && dates.stream().allMatch(ym -> ym.isBefore(departs))) {
                out.add(String.format(Locale.ROOT, "%s departs from %s only in %s, after %s: until then the two are the same history.",
                        a.name(), base.name(), month(departs), dates.size() == 1 ? "the date asked about" : "the dates asked about"));
            }
        }
        return out;
    }

    /** One what-if at one date: a clear rise or fall when the paired 95% interval excludes zero, else "no clear difference". */
    static String sentence(String base, String whatif, YearMonth ym, double pBase, double pWhatif, double diff, double lo, double hi) {
        String ci = Double.isNaN(lo) || Double.isNaN(hi) ? "" : String.format(Locale.ROOT, " (95%% CI %s to %s)", signed(lo), signed(hi));
        if (lo > 0 || hi < 0) {
            return String.format(Locale.ROOT, "Compared with %s, %s %s the chance of a treaty by %s from %s to %s: %s %s%s.",
                    base, whatif, lo > 0 ? "raises" : "lowers", month(ym), pct(pBase), pct(pWhatif), signed(diff), points(diff), ci);
        }
        return String.format(Locale.ROOT, "Compared with %s, %s makes no clear difference to the chance of a treaty by %s: %s against %s, a difference of %s %s%s.",
                base, whatif, month(ym), pct(pWhatif), pct(pBase), signed(diff), points(diff), ci);
    }

    static String month(YearMonth ym) {
        return ym.format(MONTH);
    }

    /** A probability as a percentage: "52%", "0.4%", "99.6%", "0%". */
    static String pct(double p) {
        if (Double.isNaN(p)) return "?";
        double v = 100 * p;
        if (v == 0 || v == 100) return String.format(Locale.ROOT, "%.0f%%", v);
        if (v < 1 || v > 99) return String.format(Locale.ROOT, "%.1f%%", v);
        return String.format(Locale.ROOT, "%.0f%%", v);
    }

    /** A difference of probabilities in percentage points with its sign: "+45", "-0.4", "0". */
    static String signed(double d) {
        double v = 100 * d;
        String s = Math.abs(v) < 1 ? String.format(Locale.ROOT, "%+.1f", v) : String.format(Locale.ROOT, "%+.0f", v);
        return s.equals("+0.0") || s.equals("-0.0") ? "0" : s;
    }

    private static String points(double d) {
        return signed(d).matches("[+-]1") ? "point" : "points";
    }
}
