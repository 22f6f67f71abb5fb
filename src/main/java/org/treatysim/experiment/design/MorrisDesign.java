package org.treatysim.experiment.design;

import ec.util.MersenneTwisterFast;
import org.treatysim.experiment.Seeds;

import java.util.List;

/**
 * Morris elementary-effects trajectories (Morris 1991, with Campolongo et al. 2007's mu*). Each of {@code r}
 * trajectories starts at a point of the p-level grid {0, 1/(p-1), ..., 1} and moves one parameter at a time,
 * in a random order, by Delta = p / (2 (p - 1)) up or down, so it has k + 1 points. Point
 * {@code t (k+1) + s} is step s of trajectory t. Everything derives from the sweep seed and t.
 */
public final class MorrisDesign implements Design {
    static final long STREAM = 0x4D4F52524953L; // "MORRIS"

    private final int r;
    private final int levels;
    private final int k;
    private final long seed;
    private final double delta;
    private int cachedT = -1;
    private double[][] cached;

    public MorrisDesign(int r, int levels, int k, long seed) {
        if (r < 1) throw new IllegalArgumentException("morris needs r >= 1 trajectories, got " + r);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("morris levels must be an even number >= 2, got " + levels);
        if (k < 1) throw new IllegalArgumentException("morris needs at least one parameter");
        if ((long) r * (k + 1) > MAX_POINTS) throw new IllegalArgumentException("the morris design has more than " + MAX_POINTS + " points; use a smaller r");
        this.r = r;
        this.levels = levels;
        this.k = k;
        this.seed = seed;
        this.delta = levels / (2.0 * (levels - 1));
    }

    @Override public String type() { return "morris"; }
    @Override public int dimensions() { return k; }
    @Override public int points() { return r * (k + 1); }
    public int trajectories() { return r; }
    public int levels() { return levels; }

    @Override public int group(int p) { return p / (k + 1); }

    /** The k+1 points of trajectory t. */
    public double[][] trajectory(int t) {
        if (t != cachedT) {
            cached = build(t);
            cachedT = t;
        }
        return cached;
    }

    private double[][] build(int t) {
        MersenneTwisterFast rng = new MersenneTwisterFast(Seeds.derive(seed, STREAM, t));
        int half = levels / 2;
        double[] x = new double[k];
        boolean[] up = new boolean[k];
        for (int d = 0; d < k; d++) {
            up[d] = rng.nextBoolean();
            // Upward moves start on the lower half of the levels, downward ones on the upper half: every move stays in [0,1].
            int level = rng.nextInt(half) + (up[d] ? 0 : half);
            x[d] = (double) level / (levels - 1);
        }
        int[] order = new int[k];
        for (int i = 0; i < k; i++) order[i] = i;
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
        }
        double[][] pts = new double[k + 1][];
        pts[0] = x.clone();
        for (int s = 1; s <= k; s++) {
            int d = order[s - 1];
            x[d] = up[d] ? x[d] + delta : x[d] - delta;
            x[d] = Math.max(0, Math.min(1, x[d]));
            pts[s] = x.clone();
        }
        return pts;
    }

    @Override public double[] unit(int p) {
        if (p < 0 || p >= points()) throw new IndexOutOfBoundsException("point " + p);
        return trajectory(p / (k + 1))[p % (k + 1)].clone();
    }

    @Override public Settings settings() { return new Settings("morris", 0, r, levels, List.of()); }
}
