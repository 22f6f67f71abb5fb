package org.treatysim.analysis.facts;

import java.util.Locale;

/** Number formats of the evaluation table. */
final class FactNumbers {
    private FactNumbers() {}

    static String pct(double x) { return Double.isNaN(x) ? "n/a" : x == 0 ? "0%" : String.format(Locale.ROOT, "%.3g%%", 100 * x); }
    static String ratio(double x) { return Double.isNaN(x) ? "n/a" : Double.isInfinite(x) ? "inf" : String.format(Locale.ROOT, "x%.3g", x); }
    static String num(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3g", x); }

    /** a / b, infinite when b is 0 and a positive, NaN when either is undefined. */
    static double div(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (b == 0) return a > 0 ? Double.POSITIVE_INFINITY : (a == 0 ? 1.0 : Double.NEGATIVE_INFINITY);
        return a / b;
    }

    /**
     * Largest shortfall a loss counts, in decades: a ratio off by a factor of a thousand or more (or undefined) costs
     * 3^2 = 9, so one fact cannot drown all the others in a calibration.
     */
    static final double MAX_DECADES = 3;

    /** Squared shortfall in decades of a ratio below {@code min}: (log10(min / measured))^2 if measured < min, else 0. */
    static double logBelow(double measured, double min) {
        if (Double.isNaN(measured) || measured <= 0) return MAX_DECADES * MAX_DECADES;
        double h = Math.min(MAX_DECADES, Math.max(0, Math.log10(min / measured)));
        return h * h;
    }

    /** Squared excess in decades of a ratio over {@code max}: (log10(measured / max))^2 if measured > max, else 0. */
    static double logAbove(double measured, double max) {
        if (Double.isNaN(measured) || Double.isInfinite(measured)) return MAX_DECADES * MAX_DECADES;
        if (measured <= 0) return 0;
        double h = Math.min(MAX_DECADES, Math.max(0, Math.log10(measured / max)));
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
