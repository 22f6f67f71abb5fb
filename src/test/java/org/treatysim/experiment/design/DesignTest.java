package org.treatysim.experiment.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class DesignTest {
    @Test void latinHypercubeHitsEveryStratumOncePerDimension() {
        int n = 97, k = 5;
        LatinHypercube d = new LatinHypercube(n, k, 42);
        assertEquals(n, d.points());
        boolean[][] hit = new boolean[k][n];
        for (int p = 0; p < n; p++) {
            double[] u = d.unit(p);
            for (int j = 0; j < k; j++) {
                assertTrue(u[j] >= 0 && u[j] < 1, "coordinate in [0,1)");
                int stratum = (int) Math.floor(u[j] * n);
                assertFalse(hit[j][stratum], "stratum " + stratum + " of dimension " + j + " hit twice");
                hit[j][stratum] = true;
            }
        }
        for (int j = 0; j < k; j++) for (int s = 0; s < n; s++) assertTrue(hit[j][s]);
        // Not the identity: dimensions are permuted independently.
        int same = 0;
        for (int p = 0; p < n; p++) if (d.stratum(p, 0) == d.stratum(p, 1)) same++;
        assertTrue(same < n / 4, "dimensions 0 and 1 share " + same + " strata");
    }

    @Test void latinHypercubeIsDeterministicPerSeedAndPointsAreIndependentOfOrder() {
        LatinHypercube a = new LatinHypercube(50, 3, 7), b = new LatinHypercube(50, 3, 7), c = new LatinHypercube(50, 3, 8);
        for (int p = 49; p >= 0; p--) assertArrayEquals(a.unit(p), b.unit(p));
        assertFalse(java.util.Arrays.equals(a.unit(0), c.unit(0)));
    }

    @Test void saltelliMatricesHaveTheirStructure() {
        int n = 64, k = 4;
        SaltelliDesign d = new SaltelliDesign(n, k);
        assertEquals(n * (k + 2), d.points());
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // the all-zero first point is skipped
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = d.unit(j * (k + 2)), b = d.unit(j * (k + 2) + 1);
            for (int c = 0; c < k; c++) {
                assertEquals(row[c], a[c], 0.0, "A is the first k Sobol coordinates");
                assertEquals(row[k + c], b[c], 0.0, "B is the last k");
            }
            for (int i = 0; i < k; i++) {
                double[] abi = d.unit(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) assertEquals(c == i ? b[c] : a[c], abi[c], 0.0, "AB_" + i + " = A with column " + i + " from B");
                assertEquals(2 + i, d.role(j * (k + 2) + 2 + i));
                assertEquals(j, d.row(j * (k + 2) + 2 + i));
            }
        }
        // A and B are different samples: they differ in most cells.
        int same = 0;
        for (int j = 0; j < n; j++) for (int c = 0; c < k; c++) if (d.unit(j * (k + 2))[c] == d.unit(j * (k + 2) + 1)[c]) same++;
        assertTrue(same < n * k / 10, same + " equal cells");
    }

    @Test void morrisTrajectoriesMoveOneParameterAtATimeByDelta() {
        int r = 30, p = 4, k = 6;
        MorrisDesign d = new MorrisDesign(r, p, k, 3);
        double delta = p / (2.0 * (p - 1));
        assertEquals(r * (k + 1), d.points());
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s <= k; s++) {
                double[] x = d.unit(t * (k + 1) + s);
                for (double v : x) {
                    double level = v * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the p-level grid");
                    assertTrue(v >= 0 && v <= 1);
                }
                if (s == 0) continue;
                double[] prev = d.unit(t * (k + 1) + s - 1);
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    if (x[i] != prev[i]) {
                        changed++;
                        assertEquals(delta, Math.abs(x[i] - prev[i]), 1e-12);
                        assertTrue(moved.add(i), "parameter " + i + " moved twice in trajectory " + t);
                    }
                }
                assertEquals(1, changed, "exactly one parameter changes per step");
            }
            assertEquals(k, moved.size());
        }
    }

    @Test void gridEnumeratesEveryCombinationLastParameterFastest() {
        GridDesign g = new GridDesign(new int[] {3, 2});
        assertEquals(6, g.points());
        assertArrayEquals(new double[] {0, 0}, g.unit(0));
        assertArrayEquals(new double[] {0, 1}, g.unit(1));
        assertArrayEquals(new double[] {0.5, 0}, g.unit(2));
        assertArrayEquals(new double[] {1, 1}, g.unit(5));
    }

    @Test void designsRebuildFromTheirManifestSettings() {
        Design[] ds = {new GridDesign(new int[] {2, 3}), new LatinHypercube(10, 2, 9), new SaltelliDesign(8, 2), new MorrisDesign(4, 6, 2, 9)};
        for (Design d : ds) {
            Design e = Design.fromSettings(d.settings(), 2, 9);
            for (int p = 0; p < d.points(); p++) assertArrayEquals(d.unit(p), e.unit(p), d.type());
        }
    }

    @Test void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(0, 4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(3, 5, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridDesign(new int[] {1}));
    }
}
