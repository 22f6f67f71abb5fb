package org.treatysim.experiment.design;

import ec.util.MersenneTwisterFast;
import org.treatysim.experiment.Seeds;

import java.util.List;

/**
 * A Latin hypercube of {@code n} points: in every dimension each of the {@code n} equal strata [j/n, (j+1)/n)
 * holds exactly one point, at a uniform position inside the stratum. Stratum permutations and positions derive
 * from the sweep seed, so any point can be computed on its own.
 */
public final class LatinHypercube implements Design {
    static final long PERM_STREAM = 0x4C48535045L;   // "LHSPE"
    static final long JITTER_STREAM = 0x4C48534A49L; // "LHSJI"

    private final int n;
    private final long seed;
    private final int[][] strata; // [dimension][point] -> stratum

    public LatinHypercube(int n, int dimensions, long seed) {
        if (n < 1) throw new IllegalArgumentException("lhs needs n >= 1 points, got " + n);
        if (n > MAX_POINTS) throw new IllegalArgumentException("lhs n is limited to " + MAX_POINTS);
        if (dimensions < 1) throw new IllegalArgumentException("lhs needs at least one parameter");
        this.n = n;
        this.seed = seed;
        this.strata = new int[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            MersenneTwisterFast rng = new MersenneTwisterFast(Seeds.derive(seed, PERM_STREAM, d));
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            strata[d] = perm;
        }
    }

    @Override public String type() { return "lhs"; }
    @Override public int dimensions() { return strata.length; }
    @Override public int points() { return n; }

    /** The stratum of point {@code p} in dimension {@code d}. */
    public int stratum(int p, int d) { return strata[d][p]; }

    @Override public double[] unit(int p) {
        if (p < 0 || p >= n) throw new IndexOutOfBoundsException("point " + p);
        double[] u = new double[strata.length];
        for (int d = 0; d < u.length; d++) {
            double jitter = (Seeds.derive(seed, JITTER_STREAM, p, d) >>> 11) * 0x1.0p-53; // uniform in [0,1)
            u[d] = (strata[d][p] + jitter) / n;
        }
        return u;
    }

    @Override public Settings settings() { return new Settings("lhs", n, 0, 0, List.of()); }
}
