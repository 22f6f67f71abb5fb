package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.time.YearMonth;
import java.util.Set;

/**
 * {@code {type: never_reaches, after, reference_peak, fraction}}: from {@code after} to the end of the span the mean
 * hazard stays below {@code fraction} times its peak over {@code reference_peak}.
 */
public final class NeverReaches implements FactTest {
    private final YearMonth after;
    private final Window reference;
    private final double fraction;

    NeverReaches(YearMonth after, Window reference, double fraction) { this.after = after; this.reference = reference; this.fraction = fraction; }

    static NeverReaches parse(Node n) {
        n.onlyFields(Set.of("type", "after", "reference_peak", "fraction"));
        return new NeverReaches(n.required("after", "the first month, YYYY-MM").asYearMonth(),
                Window.parse(n.required("reference_peak", "YYYY-MM..YYYY-MM")),
                n.required("fraction", "share of the reference peak never reached again").asDouble("a share > 0", 1e-9, 1e9));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return new Window(WindowPeakAbove.min(after, reference.from()), Window.OPEN_END); }

    @Override public String type() { return "never_reaches"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] h = ctx.hazard();
        double later = ctx.peak(h, new Window(after, ctx.end())), ref = ctx.peak(h, reference);
        if (!(ref >= ctx.floor())) return ctx.belowFloor("reference peak", ref);
        double m = FactNumbers.div(later, ref);
        return new Outcome(m, FactNumbers.ratio(m) + " (later peak " + FactNumbers.pct(later) + "/yr, reference peak " + FactNumbers.pct(ref) + "/yr)",
                "< " + FactNumbers.ratio(fraction), m < fraction, FactNumbers.logAbove(m, fraction));
    }
}
