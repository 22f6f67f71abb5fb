package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** The agent model against a null model on the hold-out: the facts scored, both losses, and whether the model wins. */
    public record HoldoutComparison(@JsonProperty("null") String nullModel, int facts, @JsonProperty("model_loss") double modelLoss,
                                    @JsonProperty("null_loss") double nullLoss, @JsonProperty("model_beats_null") boolean modelBeatsNull) {}

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
        List<HoldoutComparison> cmp = new ArrayList<>();
        for (Validation.Comparison x : r.comparisons()) {
            cmp.add(new HoldoutComparison(x.nullModel(), x.facts(), Decimals.round(x.modelLoss()), Decimals.round(x.nullLoss()), x.beats()));
        }
        m.put("holdout_comparison", cmp);
        return m;
    }

    private static Map<String, Object> score(Validation.Score s) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (Evaluation.Period p : ORDER) {
            if (s.count(p) == 0) continue;
            t.put(p.id(), periodRows(s.rows(p)));
        }
        return t;
    }

    /** A period's rows as evaluation.json and calibration.json list them: hits, facts, loss and each fact's result. */
    public record PeriodRows(int hits, int facts, double loss, List<FactResult> results) {}

    /** One fact's result: the fact (id, type, role, statement, sources), what was measured, the threshold, hit and loss. */
    public record FactResult(String id, String type, String role, String statement, String sources, Double measured,
                             @JsonProperty("measured_text") String measuredText, String threshold, boolean hit, double loss) {}

    /** A period's rows: hits, facts, loss and each result (measured values that are not finite are null). */
    public static PeriodRows periodRows(List<Evaluation.Row> list) {
        List<FactResult> rows = new ArrayList<>();
        for (Evaluation.Row r : list) {
            double v = r.outcome().measured();
            rows.add(new FactResult(r.fact().id(), r.fact().test().type(), r.fact().role(), r.fact().statement(), r.fact().sources(),
                    Double.isNaN(v) || Double.isInfinite(v) ? null : Decimals.round(v), r.outcome().measuredText(), r.outcome().threshold(),
                    r.hit(), Decimals.round(r.outcome().loss())));
        }
        return new PeriodRows(Evaluation.hits(list), list.size(), Decimals.round(Evaluation.loss(list)), List.copyOf(rows));
    }
}
