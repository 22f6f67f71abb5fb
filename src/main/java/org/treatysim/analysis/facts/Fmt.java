package org.treatysim.analysis.facts;

import java.util.Locale;

/** Number formats of the evaluation table. */
final class Fmt {
    private Fmt() {}

    static String pct(double x) { return Double.isNaN(x) ? "n/a" : x == 0 ? "0%" : String.format(Locale.ROOT, "%.3g%%", 100 * x); }
    static String ratio(double x) { return Double.isNaN(x) ? "n/a" : Double.isInfinite(x) ? "inf" : String.format(Locale.ROOT, "x%.3g", x); }
    static String num(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3g", x); }

    /** a / b, infinite when b is 0 and a positive, NaN when either is undefined. */
    static double div(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (b == 0) return a > 0 ? Double.POSITIVE_INFINITY : (a == 0 ? 1.0 : Double.NEGATIVE_INFINITY);
        return a / b;
    }

    /** Largest log-ratio a loss counts: a ratio off by a factor of a million or more (or undefined) costs ln(1e6)^2. */
    static final double MAX_LOG = Math.log(1e6);

    /** Squared log shortfall of a ratio below {@code min}: (ln(min / measured))^2 if measured < min, else 0. */
    static double logBelow(double measured, double min) {
        if (Double.isNaN(measured) || measured <= 0) return MAX_LOG * MAX_LOG;
        double h = Math.min(MAX_LOG, Math.max(0, Math.log(min / measured)));
        return h * h;
    }

    /** Squared log excess of a ratio over {@code max}: (ln(measured / max))^2 if measured > max, else 0. */
    static double logAbove(double measured, double max) {
        if (Double.isNaN(measured) || Double.isInfinite(measured)) return MAX_LOG * MAX_LOG;
        if (measured <= 0) return 0;
        double h = Math.min(MAX_LOG, Math.max(0, Math.log(measured / max)));
        return h * h;
    }

    /** Squared relative excess of {@code measured} over {@code max} (0 if at or below). NaN counts as 1. */
    static double above(double measured, double max) {
        if (Double.isNaN(measured)) return 1.0;
        if (Double.isInfinite(measured)) return 1.0;
        double h = Math.max(0, (measured - max) / max);
        return h * h;
    }
}
