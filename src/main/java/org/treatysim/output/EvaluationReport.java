package org.treatysim.output;

import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Validation;
import org.treatysim.io.Decimals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The validation of a scenario against the stylized facts: a text table per model and period, the comparison with the
 * two null models on the hold-out, and {@code evaluation.json} (no timestamps, so the same seed gives the same bytes).
 */
public final class EvaluationReport {
    private static final Evaluation.Period[] ORDER = {Evaluation.Period.FIT, Evaluation.Period.HOLDOUT, Evaluation.Period.SPAN, Evaluation.Period.VALIDATE};

    private EvaluationReport() {}

    static String label(Evaluation.Period p, Validation.Result r) {
        String h = r.holdout() == null ? "" : r.holdout().toString();
        return switch (p) {
            case FIT -> r.holdout() == null ? "fit targets" : "fit period (before " + h + ")";
            case HOLDOUT -> "hold-out (" + h + " on, not fitted)";
            case SPAN -> "spanning both periods";
            case VALIDATE -> "validation series (never fitted)";
        };
    }

    /** The table of one theory: fact, measured, threshold, hit/miss (any periods, in the order given). */
    public static String table(String scenario, String theory, List<Evaluation.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "scenario %s, theory %s: %d of %d stylized facts reproduced%n", scenario, theory, Evaluation.hits(rows), rows.size()));
        sb.append(rows(rows));
        return sb.toString();
    }

    private static String rows(List<Evaluation.Row> rows) {
        int wId = "fact".length(), wM = "measured".length(), wT = "threshold".length();
        for (Evaluation.Row r : rows) {
            wId = Math.max(wId, r.fact().id().length());
            wM = Math.max(wM, r.outcome().measuredText().length());
            wT = Math.max(wT, r.outcome().threshold().length());
        }
        String f = "  %-" + wId + "s  %-" + wM + "s  %-" + wT + "s  %s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, f, "fact", "measured", "threshold", "result"));
        for (Evaluation.Row r : rows) {
            sb.append(String.format(Locale.ROOT, f, r.fact().id(), r.outcome().measuredText(), r.outcome().threshold(), r.hit() ? "hit" : "MISS"));
        }
        return sb.toString();
    }

    /** One model's verdicts by period, with a headline per period. */
    public static String score(String scenario, Validation.Score s, Validation.Result r, boolean details) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "== %s: %s%n", scenario, s.model()));
        for (Evaluation.Period p : ORDER) {
            if (s.count(p) == 0) continue;
            sb.append(String.format(Locale.ROOT, "%s: %d of %d facts hit, loss %.3f%n", label(p, r), s.hits(p), s.count(p), s.loss(p)));
            if (details) sb.append(rows(s.rows(p)));
        }
        return sb.toString();
    }

    /** The comparison with the nulls on the hold-out, one line each. */
    public static String comparison(Validation.Result r) {
        StringBuilder sb = new StringBuilder();
        if (r.holdout() == null) return "no hold-out: the null models are shown, not compared\n";
        sb.append(String.format(Locale.ROOT, "constant-hazard null fitted on the fit period: %.3g%% a year%n", 100 * r.constantAnnual()));
        for (Validation.Comparison c : r.comparisons()) {
            sb.append(String.format(Locale.ROOT, "hold-out, %d facts both can be scored on: agent model loss %.3f, %s loss %.3f: %s%n",
                    c.facts(), c.modelLoss(), c.nullModel(), c.nullLoss(), c.beats() ? "the agent model BEATS it" : "the agent model does NOT beat it"));
        }
        return sb.toString();
    }

    public static Map<String, Object> json(String scenario, Path factsFile, int replications, long seed, Validation.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("facts_file", factsFile.toString());
        m.put("replications", replications);
        m.put("seed", seed);
        m.put("holdout", r.holdout() == null ? null : r.holdout().toString());
        Map<String, Object> th = new LinkedHashMap<>();
        for (Validation.Score s : r.theories()) th.put(s.model(), score(s));
        m.put("models", th);
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("scripted", score(r.scripted()));
        Map<String, Object> c = score(r.constant());
        c.put("annual_hazard", Decimals.round(r.constantAnnual()));
        nulls.put("constant_hazard", c);
        m.put("nulls", nulls);
        List<Object> cmp = new ArrayList<>();
        for (Validation.Comparison x : r.comparisons()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("null", x.nullModel());
            y.put("facts", x.facts());
            y.put("model_loss", Decimals.round(x.modelLoss()));
            y.put("null_loss", Decimals.round(x.nullLoss()));
            y.put("model_beats_null", x.beats());
            cmp.add(y);
        }
        m.put("holdout_comparison", cmp);
        return m;
    }

    private static Map<String, Object> score(Validation.Score s) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (Evaluation.Period p : ORDER) {
            if (s.count(p) == 0) continue;
            t.put(p.id(), rows(s.rows(p), true));
        }
        return t;
    }

    /** A period's rows as JSON: hits, facts, loss and each result. */
    public static Map<String, Object> rows(List<Evaluation.Row> list, boolean json) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("hits", Evaluation.hits(list));
        t.put("facts", list.size());
        t.put("loss", Decimals.round(Evaluation.loss(list)));
        List<Object> rows = new ArrayList<>();
        for (Evaluation.Row r : list) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.fact().id());
            x.put("type", r.fact().test().type());
            x.put("role", r.fact().role());
            x.put("statement", r.fact().statement());
            x.put("sources", r.fact().sources());
            double v = r.outcome().measured();
            x.put("measured", Double.isNaN(v) || Double.isInfinite(v) ? null : Decimals.round(v));
            x.put("measured_text", r.outcome().measuredText());
            x.put("threshold", r.outcome().threshold());
            x.put("hit", r.hit());
            x.put("loss", Decimals.round(r.outcome().loss()));
            rows.add(x);
        }
        t.put("results", rows);
        return t;
    }
}
