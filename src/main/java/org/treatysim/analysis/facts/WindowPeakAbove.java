package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.Set;

/**
 * {@code {type: window_peak_above, window, reference, ratio}}: the peak of the mean hazard in {@code window} is at
 * least {@code ratio} times the mean hazard over {@code reference}.
 */
public final class WindowPeakAbove implements FactTest {
    private final Window window, reference;
    private final double ratio;

    WindowPeakAbove(Window window, Window reference, double ratio) { this.window = window; this.reference = reference; this.ratio = ratio; }

    static WindowPeakAbove parse(Node n) {
        n.onlyFields(Set.of("type", "window", "reference", "ratio"));
        return new WindowPeakAbove(Window.parse(n.required("window", "YYYY-MM..YYYY-MM")),
                Window.parse(n.required("reference", "YYYY-MM..YYYY-MM")),
                n.required("ratio", "how many times the reference level the peak must reach").asDouble("a ratio > 0", 1e-9, 1e9));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return new Window(min(window.from(), reference.from()), max(window.to(), reference.to())); }

    static java.time.YearMonth min(java.time.YearMonth a, java.time.YearMonth b) { return a.isBefore(b) ? a : b; }
    static java.time.YearMonth max(java.time.YearMonth a, java.time.YearMonth b) { return a.isAfter(b) ? a : b; }

    @Override public String type() { return "window_peak_above"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] h = ctx.hazard();
        double peak = ctx.peak(h, window), ref = ctx.average(h, reference);
        if (!(ref >= ctx.floor())) return ctx.belowFloor("reference", ref);
        double m = FactNumbers.div(peak, ref);
        return new Outcome(m, FactNumbers.ratio(m) + " (peak " + FactNumbers.pct(peak) + "/yr, reference mean " + FactNumbers.pct(ref) + "/yr)",
                ">= " + FactNumbers.ratio(ratio), m >= ratio, FactNumbers.logBelow(m, ratio));
    }
}
