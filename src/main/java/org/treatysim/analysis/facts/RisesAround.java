package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.Set;

/**
 * {@code {type: rises_around, window, baseline_window, ratio}}: the mean hazard over {@code window} is at least
 * {@code ratio} (default 1.5) times the mean hazard over {@code baseline_window}: a sustained rise, not one spike.
 */
public final class RisesAround implements FactTest {
    private final Window window, baseline;
    private final double ratio;

    RisesAround(Window window, Window baseline, double ratio) { this.window = window; this.baseline = baseline; this.ratio = ratio; }

    static RisesAround parse(Node n) {
        n.onlyFields(Set.of("type", "window", "baseline_window", "ratio"));
        double r = n.has("ratio") ? n.field("ratio").asDouble("a ratio > 0", 1e-9, 1e9) : 1.5;
        return new RisesAround(Window.parse(n.required("window", "YYYY-MM..YYYY-MM")),
                Window.parse(n.required("baseline_window", "YYYY-MM..YYYY-MM")), r);
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return new Window(WindowPeakAbove.min(window.from(), baseline.from()), WindowPeakAbove.max(window.to(), baseline.to())); }

    @Override public String type() { return "rises_around"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] h = ctx.hazard();
        double in = ctx.average(h, window), base = ctx.average(h, baseline);
        if (!(base >= ctx.floor())) return ctx.belowFloor("baseline", base);
        double m = FactNumbers.div(in, base);
        return new Outcome(m, FactNumbers.ratio(m) + " (mean " + FactNumbers.pct(in) + "/yr, baseline mean " + FactNumbers.pct(base) + "/yr)",
                ">= " + FactNumbers.ratio(ratio), m >= ratio, FactNumbers.logBelow(m, ratio));
    }
}
