package org.treatysim.analysis.facts;

import org.treatysim.io.Node;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Var;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code {type: series_within, metric, points: [{date, value, tolerance}]}}: the mean of a state variable is within
 * {@code tolerance} of each documented {@code value}. Measured: the largest deviation in tolerances (a hit is at most
 * 1); the calibration loss is the mean of the squared deviations in tolerances.
 */
public final class SeriesWithin implements FactTest {
    public record Point(YearMonth date, double value, double tolerance) {}

    private final String metric;
    private final List<Point> points;

    public SeriesWithin(String metric, List<Point> points) { this.metric = metric; this.points = List.copyOf(points); }

    static SeriesWithin parse(Node n) {
        n.onlyFields(Set.of("type", "metric", "points"));
        Node mn = n.required("metric", "a state variable, e.g. JP.favourability_RU");
        String metric = mn.asString("a state variable");
        if (Var.byId(metric) == null) {
            throw mn.error("unknown metric '" + metric + "'", "name a state variable of docs/scenario-format.md, e.g. JP.favourability_RU");
        }
        if (metric.equals(Metrics.SIGNED)) { // found by fuzzing: the replay records it as the cumulative share signed
            throw mn.error("the replay records treaty.signed as the share of replications signed, which a cumulative_below test checks",
                    "use {type: cumulative_below, by: YYYY-MM, max: p}");
        }
        List<Point> pts = new ArrayList<>();
        for (Node p : n.required("points", "a list of {date, value, tolerance}").elements("points")) {
            p.requireObject("{date: YYYY-MM, value: x, tolerance: t}");
            p.onlyFields(Set.of("date", "value", "tolerance"));
            pts.add(new Point(p.required("date", "YYYY-MM").asYearMonth(), p.required("value", "the documented value").asDouble("a number"),
                    p.required("tolerance", "how far the model may be off, > 0").asDouble("a tolerance > 0", 1e-12, 1e12)));
        }
        if (pts.isEmpty()) throw n.field("points").error("points is empty", "give at least one {date, value, tolerance}");
        return new SeriesWithin(metric, pts);
    }

    public String metric() { return metric; }
    public List<Point> points() { return points; }

    @Override public Window period(org.treatysim.scenario.Scenario s) {
        java.time.YearMonth a = points.get(0).date(), b = a;
        for (Point p : points) {
            if (p.date().isBefore(a)) a = p.date();
            if (p.date().isAfter(b)) b = p.date();
        }
        return new Window(a, b);
    }

    @Override public boolean treatyOnly() { return false; }

    @Override public String type() { return "series_within"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] xs = ctx.mean(metric);
        double worst = 0, sq = 0;
        StringBuilder got = new StringBuilder();
        StringBuilder want = new StringBuilder();
        for (Point p : points) {
            int i = ctx.index(p.date());
            double v = i < 0 ? Double.NaN : xs[i];
            double z = Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.abs(v - p.value()) / p.tolerance();
            worst = Math.max(worst, z);
            sq += Double.isInfinite(z) ? 100.0 : z * z;
            if (want.length() > 0) { got.append(", "); want.append(", "); }
            got.append(p.date().getYear()).append(' ').append(FactNumbers.num(v));
            want.append(p.date().getYear()).append(' ').append(FactNumbers.num(p.value())).append("+-").append(FactNumbers.num(p.tolerance()));
        }
        got.append(String.format(Locale.ROOT, " (worst %.2f tol)", worst));
        return new FactTest.Outcome(worst, got.toString(), want.toString(), worst <= 1.0, sq / points.size());
    }
}
