package org.treatysim.output;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Scales for a chart's left and right axes, both from zero, with the same number of ticks so that the ticks of the
 * two axes fall at the same heights and one set of gridlines serves both. Each tick step is a "nice" number
 * (1, 2, 2.5 or 5 times a power of ten). When both series fill at least half of a common scale, both axes get
 * that same scale, so that equal heights mean equal values.
 */
final class AlignedScales {
    private static final double[] NICE = {1, 2, 2.5, 5};
    /** The least upper bound of an axis, in the axis' unit (a flat series of zeros still gets a readable axis). */
    static final double MIN_TOP = 1;
    private static final int MIN_TICKS = 4, MAX_TICKS = 8;

    private AlignedScales() {}

    /** An axis from 0 to {@code upper} with ticks every {@code step}. */
    record Scale(double upper, double step) {
        int intervals() { return (int) Math.round(upper / step); }

        void apply(NumberAxis axis) {
            axis.setAutoRange(false);
            axis.setRange(0, upper);
            axis.setTickUnit(new NumberTickUnit(step, new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        }
    }

    /** Scales for two series whose largest values are {@code maxLeft} and {@code maxRight} (both >= 0). */
    static Scale[] choose(double maxLeft, double maxRight) {
        double a = Math.max(maxLeft, MIN_TOP), b = Math.max(maxRight, MIN_TOP);
        Scale[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int n = MIN_TICKS; n <= MAX_TICKS; n++) {
            double sa = niceCeil(a / n), sb = niceCeil(b / n);
            double score = a / (n * sa) + b / (n * sb) - 0.01 * Math.abs(n - 6);
            if (score > bestScore) { bestScore = score; best = new Scale[] {new Scale(n * sa, sa), new Scale(n * sb, sb)}; }
            double s = niceCeil(Math.max(a, b) / n);
            double fa = a / (n * s), fb = b / (n * s);
            if (Math.min(fa, fb) >= 0.5) {
                double shared = fa + fb + 0.3 - 0.01 * Math.abs(n - 6);
                if (shared > bestScore) { bestScore = shared; best = new Scale[] {new Scale(n * s, s), new Scale(n * s, s)}; }
            }
        }
        return best;
    }

    /** The smallest nice number (1, 2, 2.5 or 5 times a power of ten) at or above x > 0. */
    static double niceCeil(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double n : NICE) {
            double v = n * p;
            if (v >= x * (1 - 1e-9)) return clean(v);
        }
        return clean(10 * p);
    }

    /** Removes binary noise such as 2.5000000000000004 from a power-of-ten product. */
    private static double clean(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.10g", v));
    }
}
