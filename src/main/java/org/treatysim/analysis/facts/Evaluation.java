package org.treatysim.analysis.facts;

import org.treatysim.analysis.MetricStats;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores a replay's mean trajectories (and decisions) against a list of stylized facts. */
public final class Evaluation {
    /** One fact's verdict. */
    public record Row(Fact fact, FactTest.Outcome outcome) {
        public boolean hit() { return outcome.hit(); }
    }

    /** Where a fact falls against a hold-out month. */
    public enum Period {
        /** A fit target: measured wholly before the hold-out. */
        FIT,
        /** Measured wholly at or after the hold-out. */
        HOLDOUT,
        /** Reads months on both sides. */
        SPAN,
        /** A series kept out of every fit ({@code role: validate}). */
        VALIDATE;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private Evaluation() {}

    public static List<Row> evaluate(List<Fact> facts, Scenario s, Map<String, MetricStats> stats) {
        return evaluate(facts, s, stats, null, EvalContext.DEFAULT_FLOOR);
    }

    public static List<Row> evaluate(List<Fact> facts, Scenario s, Map<String, MetricStats> stats, DecisionTally decisions, double floor) {
        EvalContext ctx = new EvalContext(s, stats, decisions, floor);
        List<Row> out = new ArrayList<>(facts.size());
        for (Fact f : facts) out.add(new Row(f, f.test().evaluate(ctx)));
        return out;
    }

    /** The decision windows the facts read in scenario {@code s} (register them when running). */
    public static List<DecisionTally.Window> decisionWindows(List<Fact> facts, Scenario s) {
        List<DecisionTally.Window> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.test() instanceof DecisionTiming d) {
                DecisionTally.Window w = d.window(s);
                if (!out.contains(w)) out.add(w);
            }
        }
        return out;
    }

    /** The period of a fact against the hold-out month ({@code null}: no hold-out, every fit fact is FIT). */
    public static Period period(Fact f, Scenario s, YearMonth holdout) {
        if (f.validateOnly()) return Period.VALIDATE;
        if (holdout == null) return Period.FIT;
        Window w = f.test().period(s);
        if (w.before(holdout)) return Period.FIT;
        if (w.from(holdout)) return Period.HOLDOUT;
        return Period.SPAN;
    }

    /** The facts of one period. */
    public static List<Fact> select(List<Fact> facts, Scenario s, YearMonth holdout, Period p) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) if (period(f, s, holdout) == p) out.add(f);
        return out;
    }

    public static int hits(List<Row> rows) {
        int n = 0;
        for (Row r : rows) if (r.hit()) n++;
        return n;
    }

    /** Weighted sum of the facts' losses: the calibration objective. */
    public static double loss(List<Row> rows) {
        double sum = 0;
        for (Row r : rows) sum += r.fact().weight() * r.outcome().loss();
        return sum;
    }
}
