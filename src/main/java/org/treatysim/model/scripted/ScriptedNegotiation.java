package org.treatysim.model.scripted;

import org.treatysim.model.Rates;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * v0.1's negotiation step (the scripted null model): the month's hazard from {@link ScriptedHazard}, then one uniform
 * decides whether a treaty is signed. A signed treaty is absorbing: the hazard is undefined (NaN) from then on. One
 * uniform is drawn every month in every state.
 */
public final class ScriptedNegotiation implements Steppable {
    private static final long serialVersionUID = 1L;
    private final ScriptedHazard.Outcome out = new ScriptedHazard.Outcome();

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        w.refreshDerived();
        ScriptedHazard.evaluate(w, m.params(), out);
        double u = m.random.nextDouble();
        w.put(Var.TREATY_P_ZOPA, out.pZopa);
        w.put(Var.TREATY_P_RATIFY, out.pRatify);
        w.put(Var.TREATY_SETTLEMENT, out.settlement);
        if (m.signedStep() >= 0) {
            w.put(Var.TREATY_HAZARD_ANNUAL, Double.NaN);
            return;
        }
        double h = Math.max(0.0, Math.min(1.0, out.hazard));
        w.put(Var.TREATY_HAZARD_ANNUAL, Rates.annualise(h));
        if (u < h) {
            m.sign(out.settlement);
            w.put(Var.TREATY_SIGNED, 1.0);
        }
    }
}
