package org.treatysim.output;

import org.treatysim.analysis.calibration.Calibrator;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The files of a calibration: calibration.json (fit, statistics, provenance) and calibrated.yaml (a what-if overlay). */
public final class CalibrationReport {
    private CalibrationReport() {}

    /** A scenario that extends the calibrated one and overrides the fitted parameters, each with its provenance. */
    public static String overlay(Scenario s, Path overlayDir, Path targetsFile, Calibrator.Result r, Calibrator.Settings set) {
        Path rel;
        try {
            rel = overlayDir.toAbsolutePath().normalize().relativize(s.file());
        } catch (IllegalArgumentException e) {
            rel = s.file();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by `treatysim calibrate`: the parameters below were fitted to ").append(targetsFile.getFileName())
                .append("; see calibration.json beside this file.\n");
        sb.append("# Run it with: ./treatysim run <this file>\n");
        sb.append("schema: treatysim/scenario-1\n");
        sb.append("name: ").append(s.name().length() > 52 ? s.name().substring(0, 52) : s.name()).append("-calibrated\n");
        sb.append("extends: ").append(quote(rel.toString().replace('\\', '/'))).append('\n');
        sb.append("parameters:\n");
        String how = String.format(Locale.ROOT, "calibrated: %s, %d start(s) x %d evaluations, %d replications, seed %d, loss %s, to %s",
                set.method().name().toLowerCase(Locale.ROOT), set.starts(), set.evaluations(), set.replications(), set.seed(), Num.fmt(r.loss()),
                targetsFile.getFileName());
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            double lo = Math.max(p.searchLow(), r.best()[i] - set.spread() * (p.searchHigh() - p.searchLow()));
            double hi = Math.min(p.searchHigh(), r.best()[i] + set.spread() * (p.searchHigh() - p.searchLow()));
            sb.append("  ").append(p.name()).append(": {value: ").append(Num.fmt(r.best()[i])).append(", range: [").append(Num.fmt(lo)).append(", ")
                    .append(Num.fmt(hi)).append("], source: ").append(quote(how)).append("}\n");
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static Map<String, Object> json(Scenario s, Path targetsFile, List<Fact> targets, Calibrator.Settings set, Calibrator.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("bargaining", s.bargaining());
        m.put("targets_file", targetsFile.toString());
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("method", set.method().name().toLowerCase(Locale.ROOT));
        opt.put("starts", set.starts());
        opt.put("evaluations_per_start", set.evaluations());
        opt.put("replications_per_evaluation", set.replications());
        opt.put("seed", set.seed());
        opt.put("common_random_numbers", set.draws()
                ? "every evaluation replays replications 0..n-1 of master seed " + set.seed() + " with the parameter draws a run makes: the fitted parameters within +-" + Num.fmt(set.spread()) + " of their prior range around the candidate, the others from their plausible ranges"
                : "every evaluation replays replications 0..n-1 of master seed " + set.seed() + " with the parameters at the candidate values (no parameter draws)");
        opt.put("draws", set.draws());
        opt.put("spread", set.spread());
        opt.put("search_space", "unit cube mapped linearly onto each parameter's prior range (its plausible range if it has no prior)");
        opt.put("start_points", "start 1 at the parameter file's values; further starts uniform in the ranges, seeded from the master seed");
        opt.put("objective", "sum over targets of weight x loss; series_within: mean squared error in tolerances; ratio facts: squared log of the factor by which the threshold is missed; probability thresholds: squared relative excess (0 when met)");
        m.put("optimizer", opt);
        List<Object> ps = new ArrayList<>();
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", p.name());
            x.put("unit", p.unit());
            x.put("range", List.of(p.searchLow(), p.searchHigh()));
            x.put("before", p.value());
            x.put("calibrated", Num.round(r.best()[i]));
            double lo = p.searchLow(), hi = p.searchHigh();
            x.put("at_bound", Math.abs(r.best()[i] - lo) < 1e-6 * (hi - lo) || Math.abs(r.best()[i] - hi) < 1e-6 * (hi - lo));
            x.put("basis_before", p.basis());
            ps.add(x);
        }
        m.put("parameters", ps);
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("loss", Num.round(r.loss()));
        fit.put("evaluations", r.evaluations());
        fit.put("hits", Evaluation.hits(r.rows()));
        fit.put("targets", r.rows().size());
        m.put("fit", fit);
        List<Object> ts = new ArrayList<>();
        for (Evaluation.Row row : r.rows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", row.fact().id());
            x.put("type", row.fact().test().type());
            x.put("weight", row.fact().weight());
            x.put("sources", row.fact().sources());
            x.put("measured_text", row.outcome().measuredText());
            x.put("threshold", row.outcome().threshold());
            x.put("hit", row.hit());
            x.put("loss", Num.round(row.outcome().loss()));
            ts.add(x);
        }
        m.put("targets", ts);
        List<Object> st = new ArrayList<>();
        for (Calibrator.Start k : r.starts()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("initial", round(k.initial()));
            x.put("best", round(k.best()));
            x.put("loss", Num.round(k.loss()));
            x.put("evaluations", k.evaluations());
            st.add(x);
        }
        m.put("starts", st);
        return m;
    }

    private static List<Double> round(double[] xs) {
        List<Double> out = new ArrayList<>();
        for (double x : xs) out.add(Num.round(x));
        return out;
    }

    /** The text printed at the end of a calibration. */
    public static String text(Calibrator.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "calibrated %d parameter(s): loss %s after %d evaluations; %d of %d targets met%n",
                r.parameters().size(), Num.fmt(r.loss()), r.evaluations(), Evaluation.hits(r.rows()), r.rows().size()));
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            sb.append(String.format(Locale.ROOT, "  %-36s %12s -> %-12s [%s, %s] %s%n", p.name(), Num.fmt(p.value()), Num.fmt(r.best()[i]),
                    Num.fmt(p.searchLow()), Num.fmt(p.searchHigh()), p.unit()));
        }
        return sb.toString();
    }
}
