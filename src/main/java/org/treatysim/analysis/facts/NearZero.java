package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.Set;

/** {@code {type: near_zero, window, max}}: the mean annual hazard never exceeds {@code max} in {@code window}. */
public final class NearZero implements FactTest {
    private final Window window;
    private final double max;

    NearZero(Window window, double max) { this.window = window; this.max = max; }

    static NearZero parse(Node n) {
        n.onlyFields(Set.of("type", "window", "max"));
        return new NearZero(Window.parse(n.required("window", "YYYY-MM..YYYY-MM")),
                n.required("max", "the largest annual hazard, e.g. 0.005").asDouble("an annual probability", 1e-12, 1));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return window; }

    @Override public String type() { return "near_zero"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double peak = ctx.peak(ctx.hazard(), window);
        // A window in which every replication had already signed has no hazard: that is not "near zero".
        return new Outcome(peak, "peak " + FactNumbers.pct(peak) + "/yr", "<= " + FactNumbers.pct(max) + "/yr", peak <= max, FactNumbers.above(peak, max));
    }
}
