package org.treatysim.model.negotiation;

import sim.util.distribution.Probability;

import java.util.function.DoubleUnaryOperator;

/**
 * Offers under private information (Fearon 1995). Each side knows its own bound and holds a normal belief about the
 * other's. A proposer picks the offer that maximises its expected gain: P(the other accepts | belief) x its surplus
 * over its own bound x the chance the deal survives ratification. A rejected offer tells the proposer the other's bound
 * lies on the far side of it: the belief is truncated there ({@link #afterRejectionBelow}, {@link #afterRejectionAbove}).
 * With more uncertainty the best offer is bolder and more often rejected, so more uncertainty means fewer deals.
 */
public final class Offers {
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final int ITERATIONS = 24;

    private Offers() {}

    /** Standard normal CDF (Cephes ndtr via MASON's COLT port). */
    public static double phi(double z) {
        if (z < -38) return 0.0;
        if (z > 38) return 1.0;
        return Probability.normal(z);
    }

    static double density(double z) { return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI); }

    /** The x in [lo, hi] maximising a unimodal f, by golden-section search. */
    static double argmax(DoubleUnaryOperator f, double lo, double hi) {
        if (!(hi > lo)) return lo;
        double a = lo, b = hi;
        double c = b - GOLDEN * (b - a), d = a + GOLDEN * (b - a);
        double fc = f.applyAsDouble(c), fd = f.applyAsDouble(d);
        for (int i = 0; i < ITERATIONS; i++) {
            if (fc >= fd) {
                b = d; d = c; fd = fc;
                c = b - GOLDEN * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c; c = d; fc = fd;
                d = a + GOLDEN * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return 0.5 * (a + b);
    }

    /** Chance the other side's upper bound lies at or above x (Japan proposing to Moscow). */
    public static double acceptAbove(double x, double mean, double sd) { return 1.0 - phi((x - mean) / sd); }

    /** Chance the other side's lower bound lies at or below y (Moscow proposing to Tokyo). */
    public static double acceptBelow(double y, double mean, double sd) { return phi((y - mean) / sd); }

    /** Belief after an offer x was rejected by a side whose bound is below x: N(mean, sd) truncated to (-inf, x). */
    public static double[] afterRejectionBelow(double x, double mean, double sd) {
        double a = (x - mean) / sd;
        double cdf = Math.max(phi(a), 1e-12), lambda = density(a) / cdf;
        double m = mean - sd * lambda;
        double v = sd * sd * Math.max(1e-4, 1.0 - a * lambda - lambda * lambda);
        return new double[] {m, Math.sqrt(v)};
    }

    /** Belief after an offer y was rejected by a side whose bound is above y: N(mean, sd) truncated to (y, inf). */
    public static double[] afterRejectionAbove(double y, double mean, double sd) {
        double b = (y - mean) / sd;
        double tail = Math.max(1.0 - phi(b), 1e-12), lambda = density(b) / tail;
        double m = mean + sd * lambda;
        double v = sd * sd * Math.max(1e-4, 1.0 + b * lambda - lambda * lambda);
        return new double[] {m, Math.sqrt(v)};
    }
}
