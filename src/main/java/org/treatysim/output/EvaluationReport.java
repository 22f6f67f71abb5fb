package org.treatysim.output;

import org.treatysim.analysis.facts.Evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation of one or more theories against the stylized facts: a text table per theory, a hit/miss matrix
 * across theories, and {@code evaluation.json} (no timestamps, so the same seed gives the same bytes).
 */
public final class EvaluationReport {
    private EvaluationReport() {}

    /** The table of one theory: fact, measured, threshold, hit/miss. */
    public static String table(String scenario, String theory, List<Evaluation.Row> rows) {
        int wId = "fact".length(), wM = "measured".length(), wT = "threshold".length();
        for (Evaluation.Row r : rows) {
            wId = Math.max(wId, r.fact().id().length());
            wM = Math.max(wM, r.outcome().measuredText().length());
            wT = Math.max(wT, r.outcome().threshold().length());
        }
        String f = "%-" + wId + "s  %-" + wM + "s  %-" + wT + "s  %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "scenario %s, theory %s: %d of %d stylized facts reproduced%n", scenario, theory, Evaluation.hits(rows), rows.size()));
        sb.append(String.format(Locale.ROOT, f, "fact", "measured", "threshold", "result"));
        for (Evaluation.Row r : rows) {
            sb.append(String.format(Locale.ROOT, f, r.fact().id(), r.outcome().measuredText(), r.outcome().threshold(), r.hit() ? "hit" : "MISS"));
        }
        return sb.toString();
    }

    /** Facts as rows, theories as columns. */
    public static String matrix(Map<String, List<Evaluation.Row>> byTheory) {
        List<String> theories = new ArrayList<>(byTheory.keySet());
        List<Evaluation.Row> first = byTheory.get(theories.get(0));
        int wId = "fact".length();
        for (Evaluation.Row r : first) wId = Math.max(wId, r.fact().id().length());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + wId + "s", "fact"));
        for (String t : theories) sb.append(String.format(Locale.ROOT, "  %-16s", t));
        sb.append('\n');
        for (int i = 0; i < first.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-" + wId + "s", first.get(i).fact().id()));
            for (String t : theories) sb.append(String.format(Locale.ROOT, "  %-16s", byTheory.get(t).get(i).hit() ? "hit" : "MISS"));
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-" + wId + "s", "hits"));
        for (String t : theories) sb.append(String.format(Locale.ROOT, "  %-16s", Evaluation.hits(byTheory.get(t)) + "/" + first.size()));
        sb.append('\n');
        return sb.toString();
    }

    public static Map<String, Object> json(String scenario, Path factsFile, int replications, long seed, Map<String, List<Evaluation.Row>> byTheory) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("facts_file", factsFile.toString());
        m.put("replications", replications);
        m.put("seed", seed);
        Map<String, Object> th = new LinkedHashMap<>();
        for (Map.Entry<String, List<Evaluation.Row>> e : byTheory.entrySet()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("hits", Evaluation.hits(e.getValue()));
            t.put("facts", e.getValue().size());
            t.put("loss", Num.round(Evaluation.loss(e.getValue())));
            List<Object> rows = new ArrayList<>();
            for (Evaluation.Row r : e.getValue()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", r.fact().id());
                x.put("type", r.fact().test().type());
                x.put("statement", r.fact().statement());
                x.put("sources", r.fact().sources());
                double v = r.outcome().measured();
                x.put("measured", Double.isNaN(v) || Double.isInfinite(v) ? null : Num.round(v));
                x.put("measured_text", r.outcome().measuredText());
                x.put("threshold", r.outcome().threshold());
                x.put("hit", r.hit());
                x.put("loss", Num.round(r.outcome().loss()));
                rows.add(x);
            }
            t.put("results", rows);
            th.put(e.getKey(), t);
        }
        m.put("theories", th);
        return m;
    }
}
