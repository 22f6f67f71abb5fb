package org.treatysim.analysis.facts;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The validation a referee asks for: the agent model scored on the fit period, on the hold-out period it was not fitted
 * to, and on documented series no parameter was fitted to; beside it, on the same seeds, two null models it must beat
 * on the hold-out: the scripted v0.1 replay (every decision typed in as a dated event) and a constant hazard fitted to
 * the same facts and period.
 */
public final class Validation {
    public static final String SCRIPTED = "scripted null (v0.1 event-driven replay)";
    public static final String CONSTANT = "constant-hazard null";

    /** One model's verdicts, by period. */
    public record Score(String model, Map<Evaluation.Period, List<Evaluation.Row>> rows) {
        public List<Evaluation.Row> rows(Evaluation.Period p) { return rows.getOrDefault(p, List.of()); }
        public int hits(Evaluation.Period p) { return Evaluation.hits(rows(p)); }
        public int count(Evaluation.Period p) { return rows(p).size(); }
        public double loss(Evaluation.Period p) { return Evaluation.loss(rows(p)); }

        /** Weighted loss over the rows of period p whose fact passes {@code applies}. */
        public double loss(Evaluation.Period p, Predicate<Fact> applies) {
            return Evaluation.loss(rows(p).stream().filter(r -> applies.test(r.fact())).toList());
        }
    }

    /** The model against one null on the hold-out, on the facts both can be scored on. */
    public record Comparison(String nullModel, int facts, double modelLoss, double nullLoss) {
        public boolean beats() { return modelLoss < nullLoss; }
    }

    /** Everything evaluate reports. */
    public record Result(YearMonth holdout, List<Score> theories, Score scripted, Score constant, double constantAnnual,
                         List<Comparison> comparisons) {}

    private Validation() {}

    /**
     * Runs and scores: each theory (the agent model), then the two nulls. {@code progress} gives a progress sink for a
     * run's label (or null). {@code holdout} null: no hold-out (every fact is fit or validate).
     */
    public static Result run(Scenario base, List<String> theories, FactsFile.Loaded facts, MonteCarlo.Config cfg,
                             YearMonth holdout, Function<String, IntConsumer> progress) {
        List<Score> scores = new ArrayList<>();
        for (String t : theories) {
            Scenario s = base.withBargaining(t);
            scores.add(score("agent model, " + t, s, facts, replay(s, facts, cfg, progress, t), holdout));
        }
        Scenario scripted = base.withAgents(Scenario.Agents.SCRIPTED).withBargaining("two-level");
        Score sc = score(SCRIPTED, scripted, facts, replay(scripted, facts, cfg, progress, "scripted null"), holdout);
        List<Fact> fit = Evaluation.select(facts.facts(), base, holdout, Evaluation.Period.FIT);
        double annual = ConstantHazard.fit(fit, base, facts.floor());
        Score cs = score(CONSTANT, base, facts, new Replay(ConstantHazard.stats(base, annual), null), holdout, Fact::treatyOnlyTest);
        List<Comparison> cmp = new ArrayList<>();
        if (!scores.isEmpty() && holdout != null) {
            Score model = scores.get(0);
            cmp.add(compare(model, sc, SCRIPTED, f -> !f.test().needsDecisions()));
            cmp.add(compare(model, cs, CONSTANT, Fact::treatyOnlyTest));
        }
        return new Result(holdout, scores, sc, cs, annual, cmp);
    }

    private static Comparison compare(Score model, Score nul, String name, Predicate<Fact> applies) {
        int n = (int) model.rows(Evaluation.Period.HOLDOUT).stream().filter(r -> applies.test(r.fact())).count();
        return new Comparison(name, n, model.loss(Evaluation.Period.HOLDOUT, applies), nul.loss(Evaluation.Period.HOLDOUT, applies));
    }

    /** A replay's mean trajectories and its decision tally (null without decisions). */
    record Replay(Map<String, MetricStats> stats, DecisionTally decisions) {}

    private static Replay replay(Scenario s, FactsFile.Loaded facts, MonteCarlo.Config cfg, Function<String, IntConsumer> progress, String label) {
        List<DecisionTally.Window> windows = s.agents() == Scenario.Agents.DECIDE ? Evaluation.decisionWindows(facts.facts(), s) : List.of();
        IntConsumer p = progress == null ? null : progress.apply(label);
        RunStatistics t = MonteCarlo.run(s, cfg, p, windows, null);
        if (p instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new Replay(TrajectoryStats.compute(t), s.agents() == Scenario.Agents.DECIDE ? t.decisions() : null);
    }

    private static Score score(String name, Scenario s, FactsFile.Loaded facts, Replay r, YearMonth holdout) {
        return score(name, s, facts, r, holdout, f -> r.decisions() != null || !f.test().needsDecisions());
    }

    private static Score score(String name, Scenario s, FactsFile.Loaded facts, Replay r, YearMonth holdout, Predicate<Fact> applies) {
        Map<Evaluation.Period, List<Evaluation.Row>> rows = new EnumMap<>(Evaluation.Period.class);
        List<Fact> scored = facts.facts().stream().filter(applies).toList();
        for (Evaluation.Row row : Evaluation.evaluate(scored, s, r.stats(), r.decisions(), facts.floor())) {
            rows.computeIfAbsent(Evaluation.period(row.fact(), s, holdout), k -> new ArrayList<>()).add(row);
        }
        return new Score(name, rows);
    }
}
