package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.treatysim.analysis.calibration.AbcSmc;
import org.treatysim.analysis.calibration.Calibrator;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
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
        StringBuilder sb = header(s, overlayDir, "-calibrated", "# Written by `treatysim calibrate`: the parameters below were fitted to "
                + targetsFile.getFileName() + "; see calibration.json beside this file.\n# Run it with: ./treatysim run <this file>\n");
        String how = String.format(Locale.ROOT, "calibrated: %s, %d start(s) x %d evaluations, %d replications, seed %d, loss %s, to %s",
                set.method().name().toLowerCase(Locale.ROOT), set.starts(), set.evaluations(), set.replications(), set.seed(), Decimals.format(r.loss()),
                targetsFile.getFileName());
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            double lo = Math.max(p.searchLow(), r.best()[i] - set.spread() * (p.searchHigh() - p.searchLow()));
            double hi = Math.min(p.searchHigh(), r.best()[i] + set.spread() * (p.searchHigh() - p.searchLow()));
            sb.append("  ").append(p.name()).append(": {value: ").append(Decimals.format(r.best()[i])).append(", range: [").append(Decimals.format(lo)).append(", ")
                    .append(Decimals.format(hi)).append("], source: ").append(quote(how)).append("}\n");
        }
        return sb.toString();
    }

    /** The overlay's head: the comment, the schema, a name, the scenario it extends (relative to the overlay), "parameters:". */
    private static StringBuilder header(Scenario s, Path overlayDir, String suffix, String comment) {
        Path rel;
        try {
            rel = overlayDir.toAbsolutePath().normalize().relativize(s.file());
        } catch (IllegalArgumentException e) {
            rel = s.file();
        }
        StringBuilder sb = new StringBuilder(comment);
        sb.append("schema: treatysim/scenario-1\n");
        sb.append("name: ").append(s.name().length() > 52 ? s.name().substring(0, 52) : s.name()).append(suffix).append('\n');
        sb.append("extends: ").append(quote(rel.toString().replace('\\', '/'))).append('\n');
        sb.append("parameters:\n");
        return sb;
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
                ? "every evaluation replays replications 0..n-1 of master seed " + set.seed() + " with the parameter draws a run makes: the fitted parameters within +-" + Decimals.format(set.spread()) + " of their prior range around the candidate, the others from their plausible ranges"
                : "every evaluation replays replications 0..n-1 of master seed " + set.seed() + " with the parameters at the candidate values (no parameter draws)");
        opt.put("draws", set.draws());
        opt.put("spread", set.spread());
        opt.put("search_space", "unit cube mapped linearly onto each parameter's prior range (its plausible range if it has no prior)");
        opt.put("start_points", "start 1 at the parameter file's values; further starts uniform in the ranges, seeded from the master seed");
        opt.put("objective", "sum over targets of weight x loss; series_within: mean squared error in tolerances; ratio facts: squared log of the factor by which the threshold is missed; probability thresholds: squared relative excess (0 when met)");
        m.put("optimizer", opt);
        List<Fitted> ps = new ArrayList<>();
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            double lo = p.searchLow(), hi = p.searchHigh();
            ps.add(new Fitted(p.name(), p.unit(), List.of(lo, hi), p.value(), Decimals.round(r.best()[i]),
                    Math.abs(r.best()[i] - lo) < 1e-6 * (hi - lo) || Math.abs(r.best()[i] - hi) < 1e-6 * (hi - lo), p.basis()));
        }
        m.put("parameters", ps);
        m.put("fit", new Fit(Decimals.round(r.loss()), r.evaluations(), Evaluation.hits(r.rows()), r.rows().size()));
        m.put("targets", rows(r.rows()));
        List<StartEntry> st = new ArrayList<>();
        for (Calibrator.Start k : r.starts()) st.add(new StartEntry(round(k.initial()), round(k.best()), Decimals.round(k.loss()), k.evaluations()));
        m.put("starts", st);
        return m;
    }

    /** A fitted parameter: its search range, value before, calibrated value, whether it ended at a bound, basis before. */
    public record Fitted(String name, String unit, List<Double> range, double before, double calibrated,
                         @JsonProperty("at_bound") boolean atBound, @JsonProperty("basis_before") String basisBefore) {}

    /** The best fit: its loss, the evaluations spent, the targets met and their number. */
    public record Fit(double loss, int evaluations, int hits, int targets) {}

    /** One start of the search: where it began, its best point and loss, its evaluations. */
    public record StartEntry(List<Double> initial, List<Double> best, double loss, int evaluations) {}

    /** A target fact as calibration.json lists it: id, type, weight, sources, measured, threshold, hit, loss. */
    public record Target(String id, String type, double weight, String sources, @JsonProperty("measured_text") String measuredText,
                         String threshold, boolean hit, double loss) {}

    /** The hold-out's facts scored at the fit: from which month, loss, hits, facts and each fact. */
    public record Holdout(String from, double loss, int hits, int facts, List<Target> rows) {}

    /** The facts as calibration.json lists them. */
    private static List<Target> rows(List<Evaluation.Row> rows) {
        List<Target> ts = new ArrayList<>();
        for (Evaluation.Row row : rows) {
            ts.add(new Target(row.fact().id(), row.fact().test().type(), row.fact().weight(), row.fact().sources(), row.outcome().measuredText(),
                    row.outcome().threshold(), row.hit(), Decimals.round(row.outcome().loss())));
        }
        return ts;
    }

    /**
     * The hold-out's facts scored at the fitted values, on the same replications: what the fit did not see.
     * {@code holdout} is the first month of the hold-out (null: none).
     */
    public static Holdout holdout(java.time.YearMonth holdout, List<Evaluation.Row> rows) {
        return new Holdout(holdout == null ? null : holdout.toString(), Decimals.round(Evaluation.loss(rows)), Evaluation.hits(rows), rows.size(), rows(rows));
    }

    // ---------------------------------------------------------------------------------------------------- ABC-SMC

    /** posterior.csv: one row per particle of the posterior (sorted by distance), its weight, distance and values. */
    public static void writePosterior(Path file, AbcSmc.Result r) {
        List<String> header = new ArrayList<>(List.of("particle", "weight", "distance"));
        for (ParameterSpec p : r.parameters()) header.add(p.name());
        try (CsvTable t = CsvTable.create(file, header)) {
            int k = 0;
            for (AbcSmc.Particle p : r.posterior()) {
                Object[] cells = new Object[3 + p.values().length];
                cells[0] = k++;
                cells[1] = Decimals.round(p.weight());
                cells[2] = Decimals.round(p.distance());
                for (int i = 0; i < p.values().length; i++) cells[3 + i] = Decimals.round(p.values()[i]);
                t.row(cells);
            }
        }
    }

    /** The overlay of an ABC posterior: each parameter at its posterior median, its range the 90% posterior interval. */
    public static String abcOverlay(Scenario s, Path overlayDir, Path targetsFile, AbcSmc.Result r, AbcSmc.Settings a, Calibrator.Settings set) {
        StringBuilder sb = header(s, overlayDir, "-posterior", "# Written by `treatysim calibrate --method abc`: each parameter at its posterior median, its range the 90% posterior\n"
                + "# interval; posterior.csv beside this file holds the whole sample (replay it with ./treatysim run --posterior).\n");
        String how = String.format(Locale.ROOT, "ABC-SMC posterior median and 90%% interval: %d particles, %d generation(s), %d replays of %d replications, seed %d, to %s",
                a.population(), r.generations().size(), r.evaluations(), set.replications(), set.seed(), targetsFile.getFileName());
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            double lo = r.quantile(i, 0.05), hi = r.quantile(i, 0.95), med = r.median()[i];
            sb.append("  ").append(p.name()).append(": {value: ").append(Decimals.format(med)).append(", range: [").append(Decimals.format(Math.min(lo, med))).append(", ")
              .append(Decimals.format(Math.max(hi, med))).append("], distribution: uniform, source: ").append(quote(how)).append("}\n");
        }
        return sb.toString();
    }

    public static Map<String, Object> abcJson(Scenario s, Path targetsFile, AbcSmc.Settings a, Calibrator.Settings set, AbcSmc.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("bargaining", s.bargaining());
        m.put("targets_file", targetsFile.toString());
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("method", "abc-smc");
        opt.put("reference", "Beaumont, Cornuet, Marin and Robert (2009), Adaptive approximate Bayesian computation, Biometrika 96(4)");
        opt.put("population", a.population());
        opt.put("generations_asked", a.generations());
        opt.put("budget_evaluations", a.evaluations());
        opt.put("tolerance_quantile", a.quantile());
        opt.put("replications_per_evaluation", set.replications());
        opt.put("seed", set.seed());
        opt.put("draws", set.draws());
        opt.put("prior", "uniform over each parameter's prior range (its plausible range if it has none)");
        opt.put("distance", "the calibration loss: sum over targets of weight x loss (as for cmaes), on common random numbers");
        opt.put("kernel", "Gaussian per parameter with twice the weighted variance of the previous generation");
        m.put("settings", opt);
        List<Object> gs = new ArrayList<>();
        for (AbcSmc.Generation g : r.generations()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("generation", g.index());
            x.put("tolerance", Double.isInfinite(g.tolerance()) ? null : Decimals.round(g.tolerance()));
            x.put("scored", g.scored());
            x.put("kept", g.kept());
            x.put("acceptance", Decimals.round(g.acceptance()));
            x.put("median_distance", Decimals.round(g.medianDistance()));
            gs.add(x);
        }
        m.put("generations", gs);
        m.put("evaluations", r.evaluations());
        m.put("budget_exhausted", r.budgetExhausted());
        m.put("effective_sample_size", Decimals.round(r.effectiveSize()));
        List<Object> ps = new ArrayList<>();
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", p.name());
            x.put("unit", p.unit());
            x.put("prior", List.of(p.searchLow(), p.searchHigh()));
            x.put("before", p.value());
            x.put("mean", Decimals.round(r.mean(i)));
            x.put("sd", Decimals.round(r.sd(i)));
            x.put("q05", Decimals.round(r.quantile(i, 0.05)));
            x.put("median", Decimals.round(r.median()[i]));
            x.put("q95", Decimals.round(r.quantile(i, 0.95)));
            x.put("narrowed_to", Decimals.round((r.quantile(i, 0.95) - r.quantile(i, 0.05)) / (p.searchHigh() - p.searchLow())));
            ps.add(x);
        }
        m.put("parameters", ps);
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("loss_at_median", Decimals.round(Evaluation.loss(r.rowsAtMedian())));
        fit.put("hits_at_median", Evaluation.hits(r.rowsAtMedian()));
        fit.put("targets", r.rowsAtMedian().size());
        fit.put("best_distance", r.posterior().isEmpty() ? null : Decimals.round(r.posterior().get(0).distance()));
        m.put("fit", fit);
        m.put("targets", rows(r.rowsAtMedian()));
        m.put("posterior_file", "posterior.csv");
        return m;
    }

    /** The text printed at the end of an ABC run. */
    public static String abcText(AbcSmc.Result r) {
        StringBuilder sb = new StringBuilder();
        AbcSmc.Generation last = r.generations().get(r.generations().size() - 1);
        sb.append(String.format(Locale.ROOT, "ABC-SMC: %d generation(s), %d replays%s; posterior of %d particles (effective size %.0f), tolerance %s%n",
                r.generations().size(), r.evaluations(), r.budgetExhausted() ? " (budget exhausted: the last generation was cut short and dropped)" : "",
                r.posterior().size(), r.effectiveSize(), Double.isInfinite(last.tolerance()) ? "none (the prior)" : Decimals.format(last.tolerance())));
        for (AbcSmc.Generation g : r.generations()) {
            sb.append(String.format(Locale.ROOT, "  generation %d: tolerance %-10s kept %d of %d scored (%.0f%%), median distance %s%n", g.index(),
                    Double.isInfinite(g.tolerance()) ? "-" : Decimals.format(g.tolerance()), g.kept(), g.scored(), 100 * g.acceptance(), Decimals.format(g.medianDistance())));
        }
        sb.append(String.format(Locale.ROOT, "at the posterior median: loss %s, %d of %d targets met%n", Decimals.format(Evaluation.loss(r.rowsAtMedian())),
                Evaluation.hits(r.rowsAtMedian()), r.rowsAtMedian().size()));
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            sb.append(String.format(Locale.ROOT, "  %-36s median %-12s 90%% [%s, %s] of prior [%s, %s] %s%n", p.name(), Decimals.format(r.median()[i]),
                    Decimals.format(r.quantile(i, 0.05)), Decimals.format(r.quantile(i, 0.95)), Decimals.format(p.searchLow()), Decimals.format(p.searchHigh()), p.unit()));
        }
        return sb.toString();
    }

    private static List<Double> round(double[] xs) {
        List<Double> out = new ArrayList<>();
        for (double x : xs) out.add(Decimals.round(x));
        return out;
    }

    /** The text printed at the end of a calibration. */
    public static String text(Calibrator.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "calibrated %d parameter(s): loss %s after %d evaluations; %d of %d targets met%n",
                r.parameters().size(), Decimals.format(r.loss()), r.evaluations(), Evaluation.hits(r.rows()), r.rows().size()));
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterSpec p = r.parameters().get(i);
            sb.append(String.format(Locale.ROOT, "  %-36s %12s -> %-12s [%s, %s] %s%n", p.name(), Decimals.format(p.value()), Decimals.format(r.best()[i]),
                    Decimals.format(p.searchLow()), Decimals.format(p.searchHigh()), p.unit()));
        }
        return sb.toString();
    }
}
