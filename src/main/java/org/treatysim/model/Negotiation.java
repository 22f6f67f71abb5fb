package org.treatysim.model;

import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiation step: asks the scenario's bargaining theory for the month's hazard, then draws one uniform to
 * decide whether a treaty is signed. A signed treaty is absorbing: the replication records the month and the
 * islands, and its hazard is undefined (NaN) from then on. One uniform is drawn every month in every state.
 */
public final class Negotiation implements Steppable {
    private static final long serialVersionUID = 1L;
    private final BargainingTheory theory;
    private final BargainingTheory.Outcome out = new BargainingTheory.Outcome();

    public Negotiation(BargainingTheory theory) { this.theory = theory; }

    public BargainingTheory theory() { return theory; }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        w.refreshDerived();
        theory.evaluate(w, m.params(), out);
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
