package org.treatysim.model;

import org.apache.commons.math3.special.Erf;

/**
 * A fast standard normal CDF, for the monthly hot path. It uses cubic Hermite interpolation on a 1/64 grid of
 * exact values (Commons Math {@code Erf.erfc}, computed once). Left of 0 it interpolates log Phi, so small
 * probabilities keep their relative accuracy. Right of 0 it interpolates Phi. Relative error stays below 1e-9 over
 * [-37, 8.5] (NormalCdfTest); outside that range the exact formula is used. About 20-50 times faster than
 * {@code 0.5 * (1 + Erf.erf(z / sqrt 2))}, which runs an incomplete-gamma continued fraction on every call and
 * loses all relative accuracy below z = -6 or so.
 *
 * <p>Not wired in: switching {@code TwoLevelTheory.phi} to it changes output bytes (docs/performance.md).
 */
public final class NormalCdf {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    static final double LO = -37.0, HI = 8.5, H = 1.0 / 64;
    private static final int NL = (int) Math.round(-LO / H), NR = (int) Math.round(HI / H);
    /** Left of 0: log Phi and its derivative phi/Phi at z = -i*H. Right of 0: Phi and phi at z = i*H. */
    private static final double[] LY = new double[NL + 1], LD = new double[NL + 1], RY = new double[NR + 1], RD = new double[NR + 1];

    static {
        for (int i = 0; i <= NL; i++) {
            double z = -i * H, p = exact(z);
            LY[i] = Math.log(p);
            LD[i] = pdf(z) / p;
        }
        for (int i = 0; i <= NR; i++) {
            double z = i * H;
            RY[i] = exact(z);
            RD[i] = pdf(z);
        }
    }

    private NormalCdf() {}

    /** Phi(z), exactly as Commons Math computes it (erfc form, accurate in the left tail). */
    public static double exact(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** Phi(z). NaN gives NaN. */
    public static double cdf(double z) {
        if (z < 0) {
            if (!(z > LO)) return exact(z);
            double x = -z / H;
            int i = (int) x;
            double t = x - i; // from knot -i*H toward -(i+1)*H: step -H
            return Math.exp(hermite(LY[i], -LD[i] * H, LY[i + 1], -LD[i + 1] * H, t));
        }
        if (!(z < HI)) return z >= HI ? exact(z) : z; // NaN passes through
        double x = z / H;
        int i = (int) x;
        return hermite(RY[i], RD[i] * H, RY[i + 1], RD[i + 1] * H, x - i);
    }

    private static double hermite(double y0, double m0, double y1, double m1, double t) {
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
    }
}
