package org.treatysim.analysis.facts;

import org.treatysim.analysis.MetricStats;
import org.treatysim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores a replay's mean trajectories against a list of stylized facts. */
public final class Evaluation {
    /** One fact's verdict. */
    public record Row(Fact fact, FactTest.Outcome outcome) {
        public boolean hit() { return outcome.hit(); }
    }

    private Evaluation() {}

    public static List<Row> evaluate(List<Fact> facts, Scenario s, Map<String, MetricStats> stats) {
        EvalContext ctx = new EvalContext(s.start(), s.months(), stats);
        List<Row> out = new ArrayList<>(facts.size());
        for (Fact f : facts) out.add(new Row(f, f.test().evaluate(ctx)));
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
