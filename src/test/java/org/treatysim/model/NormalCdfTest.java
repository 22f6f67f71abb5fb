package org.treatysim.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast normal CDF agrees with the exact one to 1e-9 relative, including the far left tail and the knots. */
class NormalCdfTest {
    @Test void matchesTheExactCdfToOnePartInABillion() {
        SplittableRandom r = new SplittableRandom(1);
        double worst = 0;
        for (int k = 0; k < 400_000; k++) {
            double z = -45 + 55 * r.nextDouble();
            double want = NormalCdf.exact(z), got = NormalCdf.cdf(z);
            double rel = want == 0 ? Math.abs(got) : Math.abs(got - want) / want;
            worst = Math.max(worst, rel);
        }
        assertTrue(worst < 1e-9, "worst relative error " + worst);
        for (int i = -2360; i <= 540; i++) { // every knot and its neighbourhood
            double z = i * NormalCdf.H;
            assertEquals(NormalCdf.exact(z), NormalCdf.cdf(z), 1e-9 * NormalCdf.exact(z), "z = " + z);
        }
    }

    @Test void knownValuesAndEdges() {
        assertEquals(0.5, NormalCdf.cdf(0.0), 1e-15);
        assertEquals(0.8413447460685429, NormalCdf.cdf(1.0), 1e-12);
        assertEquals(0.022750131948179195, NormalCdf.cdf(-2.0), 1e-13);
        assertEquals(2.866515718791939e-7, NormalCdf.cdf(-5.0), 1e-16);
        assertEquals(1.0, NormalCdf.cdf(9.0), 1e-15);
        assertEquals(0.0, NormalCdf.cdf(-50.0), 0.0);
        assertTrue(Double.isNaN(NormalCdf.cdf(Double.NaN)));
        assertEquals(1.0, NormalCdf.cdf(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(0.0, NormalCdf.cdf(Double.NEGATIVE_INFINITY), 0.0);
    }
}
