package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.time.YearMonth;
import java.util.Set;

/**
 * {@code {type: collapses_after, event_date, before, after, ratio}}: the mean hazard over {@code after} is at most
 * {@code ratio} times the mean hazard over {@code before}. {@code event_date} documents the turning point and must
 * lie between the two windows.
 */
public final class CollapsesAfter implements FactTest {
    private final YearMonth event;
    private final Window before, after;
    private final double ratio;

    CollapsesAfter(YearMonth event, Window before, Window after, double ratio) { this.event = event; this.before = before; this.after = after; this.ratio = ratio; }

    static CollapsesAfter parse(Node n) {
        n.onlyFields(Set.of("type", "event_date", "before", "after", "ratio"));
        YearMonth ev = n.required("event_date", "the month of the turning point, YYYY-MM").asYearMonth();
        Window b = Window.parse(n.required("before", "YYYY-MM..YYYY-MM"));
        Window a = Window.parse(n.required("after", "YYYY-MM..YYYY-MM"));
        if (b.to().isAfter(ev) || a.from().isBefore(ev)) {
            throw n.error("event_date " + ev + " must lie between the before window " + b + " and the after window " + a, "end `before` by the event and start `after` at or after it");
        }
        return new CollapsesAfter(ev, b, a, n.required("ratio", "the largest after/before ratio").asDouble("a ratio > 0", 1e-9, 1e9));
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) { return new Window(before.from(), after.to()); }

    @Override public String type() { return "collapses_after"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] h = ctx.hazard();
        double pre = ctx.average(h, before), post = ctx.average(h, after);
        if (!(pre >= ctx.floor())) return ctx.belowFloor("before", pre);
        double m = FactNumbers.div(post, pre);
        return new Outcome(m, FactNumbers.ratio(m) + " (after " + FactNumbers.pct(post) + "/yr, before " + FactNumbers.pct(pre) + "/yr)",
                "<= " + FactNumbers.ratio(ratio), m <= ratio, FactNumbers.logAbove(m, ratio));
    }
}
