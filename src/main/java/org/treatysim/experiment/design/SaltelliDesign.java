package org.treatysim.experiment.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.List;

/**
 * Saltelli's sampling for Sobol indices (Saltelli et al. 2010). Row {@code j} of the base matrices A and B is
 * point {@code j+1} of a 2k-dimensional Sobol sequence (Commons Math), A taking its first k coordinates and B
 * the last k; the all-zero first point of the sequence is skipped. Matrix AB_i is A with column i taken from B.
 *
 * <p>Points are grouped by base row: point {@code j (k+2) + 0} is A_j, {@code + 1} is B_j and {@code + 2 + i} is
 * (AB_i)_j, so n base rows give n (k+2) points and a bootstrap can resample whole rows.
 */
public final class SaltelliDesign implements Design {
    public static final int ROLE_A = 0, ROLE_B = 1;

    private final int n;
    private final int k;
    private final SobolSequenceGenerator sobol;
    private int cachedRow = -1;
    private double[] cached;

    public SaltelliDesign(int n, int k) {
        if (n < 1) throw new IllegalArgumentException("sobol needs n >= 1 base samples, got " + n);
        if (k < 1) throw new IllegalArgumentException("sobol needs at least one parameter");
        if (2 * k > 1000) throw new IllegalArgumentException("sobol designs support at most 500 parameters");
        if ((long) n * (k + 2) > MAX_POINTS) throw new IllegalArgumentException("the sobol design has more than " + MAX_POINTS + " points; use a smaller n");
        this.n = n;
        this.k = k;
        this.sobol = new SobolSequenceGenerator(2 * k);
    }

    @Override public String type() { return "sobol"; }
    @Override public int dimensions() { return k; }
    @Override public int points() { return n * (k + 2); }

    @Override public int group(int p) { return row(p); }

    /** Base row of point p. */
    public int row(int p) { return p / (k + 2); }

    /** Role of point p within its row: {@link #ROLE_A}, {@link #ROLE_B}, or 2 + i for AB_i. */
    public int role(int p) { return p % (k + 2); }

    private double[] base(int j) {
        if (j != cachedRow) {
            cached = sobol.skipTo(j + 1);
            cachedRow = j;
        }
        return cached;
    }

    @Override public double[] unit(int p) {
        if (p < 0 || p >= points()) throw new IndexOutOfBoundsException("point " + p);
        double[] ab = base(row(p));
        int role = role(p);
        double[] u = new double[k];
        for (int d = 0; d < k; d++) {
            boolean fromB = role == ROLE_B || (role >= 2 && role - 2 == d);
            u[d] = fromB ? ab[k + d] : ab[d];
        }
        return u;
    }

    @Override public Settings settings() { return new Settings("sobol", n, 0, 0, List.of()); }
}
