package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;

/**
 * A decision between two standing states (talks open or suspended, a legal bar in force or not, pressure on or off).
 * The utility of the second option over the first is a linear propensity from the state; the state in force has an
 * advantage of {@code <id>.inertia}. Each month: {@code P(switch on) = sigma(V - inertia)} while off,
 * {@code P(switch off) = sigma(-V - inertia)} while on.
 */
public abstract class SwitchRule extends DecisionRule {
    private final Coef inertia;

    protected SwitchRule(String id, Country actor, String summary, String off, String on) {
        super(id, actor, summary, off, on);
        inertia = coef("inertia");
    }

    /** Utility of option 1 (on) over option 0 (off); adds its terms to {@link #terms}. */
    protected abstract double propensity(TreatyModel m, World w);

    protected abstract boolean isOn(World w);

    /** Carries out the switch. */
    protected abstract void set(TreatyModel m, World w, boolean on);

    @Override public int current(World w) { return isOn(w) ? 1 : 0; }

    @Override protected void utilities(TreatyModel m, World w, double[] u) {
        u[0] = 0;
        u[1] = propensity(m, w);
    }

    @Override protected double inertia() { return inertia.value(); }

    @Override public double value(int k) { return k; }

    @Override protected final void apply(TreatyModel m, World w, int from, int to) { set(m, w, to == 1); }
}
