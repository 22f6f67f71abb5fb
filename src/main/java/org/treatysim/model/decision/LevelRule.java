package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * A decision among documented levels of one variable (a declared formula on the island axis, a sanctions tier, an
 * aid package). Each month the agent forms a target level from the state; option k's utility is
 * {@code -(level_k - target)^2 / (2 tolerance^2)}, the level in force has an advantage of {@code inertia}, and the
 * agent moves at most one level a month (positions shift one formula at a time). Coefficients:
 * {@code <id>.tolerance} (in the variable's units) and {@code <id>.inertia} (utility units).
 */
public abstract class LevelRule extends DecisionRule {
    protected final Var var;
    private final double[] levels;
    private final Coef tolerance, inertia;

    protected LevelRule(String id, Country actor, String summary, Var var, String[] names, double[] levels) {
        super(id, actor, summary, names);
        if (names.length != levels.length) throw new IllegalArgumentException(id + ": one level per option");
        for (int k = 1; k < levels.length; k++) {
            if (!(levels[k] > levels[k - 1])) throw new IllegalArgumentException(id + ": levels must increase");
        }
        this.var = var;
        this.levels = levels.clone();
        this.tolerance = coef("tolerance");
        this.inertia = coef("inertia");
    }

    public Var var() { return var; }

    /** The level the agent would choose if changing course cost nothing; adds its terms to {@link #terms}. */
    protected abstract double target(TreatyModel m, World w);

    @Override public int current(World w) {
        double x = w.value(var);
        int best = 0;
        for (int k = 1; k < levels.length; k++) if (Math.abs(levels[k] - x) < Math.abs(levels[best] - x)) best = k;
        return best;
    }

    @Override protected void utilities(TreatyModel m, World w, double[] u) {
        double target = target(m, w);
        double s = tolerance.value();
        double inv = 1.0 / (2 * s * s);
        int cur = inForce;
        for (int k = 0; k < u.length; k++) {
            double d = levels[k] - target;
            u[k] = Math.abs(k - cur) > 1 ? Double.NEGATIVE_INFINITY : -d * d * inv;
        }
    }

    @Override protected double inertia() { return inertia.value(); }

    @Override protected int direction(int from, int to) { return levels[to] > levels[from] ? 1 : -1; }

    @Override public double value(int k) { return levels[k]; }

    @Override protected final void apply(TreatyModel m, World w, int from, int to) {
        w.setDecision(var, levels[to]);
        changed(m, w, from, to);
    }

    /** Side effects of a change of level (on relations, trade, publics); none by default. */
    protected void changed(TreatyModel m, World w, int from, int to) {}

    protected double level(int k) { return levels[k]; }
}
