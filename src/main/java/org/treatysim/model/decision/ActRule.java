package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;

/**
 * A one-off act the agent may take in any month (an assertion of the claim, a retaliation, a negotiating round):
 * {@code P(act) = sigma(V)} with a linear propensity V from the state. Nothing persists but the act's effects.
 */
public abstract class ActRule extends DecisionRule {
    protected ActRule(String id, Country actor, String summary, String act) {
        super(id, actor, summary, "none", act);
    }

    /** Utility of acting over not acting; adds its terms to {@link #terms}. */
    protected abstract double propensity(TreatyModel m, World w);

    /** Carries out the act. */
    protected abstract void act(TreatyModel m, World w);

    @Override public int current(World w) { return 0; }

    @Override protected void utilities(TreatyModel m, World w, double[] u) {
        u[0] = 0;
        u[1] = propensity(m, w);
    }

    @Override protected double inertia() { return 0; }

    @Override protected boolean isAct() { return true; }

    @Override public double value(int k) { return k; }

    @Override protected final void apply(TreatyModel m, World w, int from, int to) { if (to == 1) act(m, w); }
}
