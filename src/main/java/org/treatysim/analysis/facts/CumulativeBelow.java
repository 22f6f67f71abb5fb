package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.time.YearMonth;
import java.util.Set;

/** {@code {type: cumulative_below, by: YYYY-MM, max: p}}: the share of replications signed by {@code by} is at most {@code max}. */
public final class CumulativeBelow implements FactTest {
    private final YearMonth by;
    private final double max;

    CumulativeBelow(YearMonth by, double max) { this.by = by; this.max = max; }

    static CumulativeBelow parse(Node n) {
        n.onlyFields(Set.of("type", "by", "max"));
        return new CumulativeBelow(n.required("by", "the month, YYYY-MM").asYearMonth(),
                n.required("max", "the largest share signed, 0-1").asDouble("a probability", 0, 1));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return new Window(by, by); }

    @Override public String type() { return "cumulative_below"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        int i = ctx.index(by);
        double m = i < 0 ? Double.NaN : ctx.cumulative()[i];
        return new Outcome(m, FactNumbers.pct(m), "<= " + FactNumbers.pct(max), m <= max, FactNumbers.above(m, max));
    }
}
