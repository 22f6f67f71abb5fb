package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.Set;

/**
 * {@code {type: peak_at_least, window, min}}: the mean annual hazard reaches at least {@code min} somewhere in
 * {@code window} (an absolute test, for windows whose surroundings are at ~0 and so cannot serve as a ratio's
 * reference).
 */
public final class PeakAtLeast implements FactTest {
    private final Window window;
    private final double min;

    PeakAtLeast(Window window, double min) { this.window = window; this.min = min; }

    static PeakAtLeast parse(Node n) {
        n.onlyFields(Set.of("type", "window", "min"));
        return new PeakAtLeast(Window.parse(n.required("window", "YYYY-MM..YYYY-MM")),
                n.required("min", "the least annual hazard at the peak, e.g. 0.005").asDouble("an annual probability", 1e-12, 1));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return window; }

    @Override public String type() { return "peak_at_least"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double peak = ctx.peak(ctx.hazard(), window);
        return new Outcome(peak, "peak " + FactNumbers.pct(peak) + "/yr", ">= " + FactNumbers.pct(min) + "/yr", peak >= min, FactNumbers.logBelow(peak, min));
    }
}
