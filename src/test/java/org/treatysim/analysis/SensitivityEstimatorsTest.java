package org.treatysim.analysis;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.design.MorrisDesign;
import org.treatysim.experiment.design.SaltelliDesign;
import org.treatysim.output.SensitivityReport;

import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

/** The estimators against functions whose Sobol indices are known analytically. */
class SensitivityEstimatorsTest {
    /** Runs f over a Saltelli design of n base rows (inputs in the unit cube) and estimates the indices. */
    static SobolIndices.Result sobol(int n, int k, ToDoubleFunction<double[]> f) {
        SaltelliDesign d = new SaltelliDesign(n, k);
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            fA[j] = f.applyAsDouble(d.unit(j * (k + 2)));
            fB[j] = f.applyAsDouble(d.unit(j * (k + 2) + 1));
            for (int i = 0; i < k; i++) fAB[i][j] = f.applyAsDouble(d.unit(j * (k + 2) + 2 + i));
        }
        return SobolIndices.compute(fA, fB, fAB, 1000, 0.95, 12345);
    }

    static void assertCovers(SobolIndices.Estimate e, double truth, double tol, String what) {
        assertTrue(e.low() <= truth && truth <= e.high(), what + ": true " + truth + " outside CI [" + e.low() + ", " + e.high() + "] (estimate " + e.value() + ")");
        assertEquals(truth, e.value(), tol, what + " estimate");
        assertTrue(e.high() - e.low() < 0.2, what + ": interval too wide to mean anything");
    }

    @Test void ishigamiIndicesAreRecovered() {
        double a = 7, b = 0.1, pi = Math.PI;
        ToDoubleFunction<double[]> f = u -> {
            double x1 = -pi + 2 * pi * u[0], x2 = -pi + 2 * pi * u[1], x3 = -pi + 2 * pi * u[2];
            return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
        };
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(pi, 4) / 5, 2), v2 = a * a / 8, v13 = b * b * Math.pow(pi, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0}, st = {(v1 + v13) / v, v2 / v, v13 / v};
        // The published values (Saltelli et al. 2008): S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244.
        assertArrayEquals(new double[] {0.314, 0.442, 0}, s1, 0.001);
        assertArrayEquals(new double[] {0.558, 0.442, 0.244}, st, 0.001);
        SobolIndices.Result r = sobol(8192, 3, f);
        for (int i = 0; i < 3; i++) {
            assertCovers(r.s1()[i], s1[i], 0.04, "Ishigami S1 x" + (i + 1));
            assertCovers(r.st()[i], st[i], 0.04, "Ishigami ST x" + (i + 1));
        }
    }

    @Test void sobolGFunctionIndicesAreRecovered() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        ToDoubleFunction<double[]> g = u -> {
            double p = 1;
            for (int i = 0; i < k; i++) p *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            return p;
        };
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) { vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i])); prod *= 1 + vi[i]; }
        double v = prod - 1;
        SobolIndices.Result r = sobol(8192, k, g);
        for (int i = 0; i < k; i++) {
            double s1 = vi[i] / v, st = vi[i] * (prod / (1 + vi[i])) / v;
            assertCovers(r.s1()[i], s1, 0.04, "g S1 x" + (i + 1));
            assertCovers(r.st()[i], st, 0.04, "g ST x" + (i + 1));
        }
        // The ordering a reader takes from the chart: x1 dominates, x5 and x6 are negligible.
        assertTrue(r.st()[0].value() > 0.7);
        assertTrue(r.st()[4].value() < 0.01 && r.st()[5].value() < 0.01);
    }

    @Test void morrisOfALinearFunctionGivesItsSlopes() {
        double[] c = {3, -2, 0, 0.5};
        MorrisDesign d = new MorrisDesign(20, 4, c.length, 5);
        double[] y = new double[d.points()];
        for (int p = 0; p < y.length; p++) {
            double[] u = d.unit(p);
            double s = 0;
            for (int i = 0; i < c.length; i++) s += c[i] * u[i];
            y[p] = s;
        }
        MorrisIndices.Result r = MorrisIndices.compute(SensitivityReport.elementaryEffects(d, y), 500, 0.95, 1);
        for (int i = 0; i < c.length; i++) {
            assertEquals(Math.abs(c[i]), r.muStar()[i].value(), 1e-9, "mu* = |slope|");
            assertEquals(0, r.sigma()[i].value(), 1e-9, "no interaction, no spread");
        }
    }

    @Test void morrisSeparatesInteractingFromIdleParameters() {
        // y = x0 * x1: x0 and x1 have effects that depend on each other (sigma > 0); x2 does nothing.
        MorrisDesign d = new MorrisDesign(40, 4, 3, 11);
        double[] y = new double[d.points()];
        for (int p = 0; p < y.length; p++) { double[] u = d.unit(p); y[p] = u[0] * u[1]; }
        MorrisIndices.Result r = MorrisIndices.compute(SensitivityReport.elementaryEffects(d, y), 500, 0.95, 1);
        assertTrue(r.muStar()[0].value() > 0.2 && r.sigma()[0].value() > 0.1);
        assertEquals(0, r.muStar()[2].value(), 1e-12);
        assertTrue(r.muStar()[0].low() <= r.muStar()[0].value() && r.muStar()[0].value() <= r.muStar()[0].high());
    }

    @Test void bootstrapIsReproducible() {
        double[] fA = {1, 2, 3, 4, 5}, fB = {2, 1, 4, 3, 6};
        double[][] fAB = {{1.5, 2, 3.5, 4, 5.5}};
        SobolIndices.Result x = SobolIndices.compute(fA, fB, fAB, 200, 0.95, 9), y = SobolIndices.compute(fA, fB, fAB, 200, 0.95, 9);
        assertArrayEquals(x.s1(), y.s1());
        assertArrayEquals(x.st(), y.st());
        assertTrue(x.s1()[0].low() < x.s1()[0].high());
    }
}
