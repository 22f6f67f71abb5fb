package org.treatysim.experiment.design;

import java.util.Arrays;

/**
 * The full factorial grid: parameter {@code d} takes {@code levels[d]} equally spaced values from the low to the
 * high end of its range, both included. Points are numbered with the last parameter varying fastest.
 */
public final class GridDesign implements Design {
    private final int[] levels;
    private final int points;

    public GridDesign(int[] levels) {
        if (levels.length == 0) throw new IllegalArgumentException("a grid needs at least one parameter");
        long n = 1;
        for (int l : levels) {
            if (l < 2) throw new IllegalArgumentException("grid levels must be at least 2, got " + l);
            n *= l;
            if (n > MAX_POINTS) throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points; use fewer levels or an lhs design");
        }
        this.levels = levels.clone();
        this.points = (int) n;
    }

    @Override public String type() { return "grid"; }
    @Override public int dimensions() { return levels.length; }
    @Override public int points() { return points; }

    @Override public double[] unit(int p) {
        if (p < 0 || p >= points) throw new IndexOutOfBoundsException("point " + p);
        double[] u = new double[levels.length];
        int rest = p;
        for (int d = levels.length - 1; d >= 0; d--) {
            u[d] = (double) (rest % levels[d]) / (levels[d] - 1);
            rest /= levels[d];
        }
        return u;
    }

    @Override public Settings settings() {
        return new Settings("grid", 0, 0, 0, Arrays.stream(levels).boxed().toList());
    }
}
