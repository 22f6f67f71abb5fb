package org.treatysim.model.agents;

import org.treatysim.model.Coefficient;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * China in the agent model: its tension with Japan and with the US and its rivalry with Moscow relax toward the levels
 * shocks set; then Beijing decides its alignment with Moscow and its stance on the Kurils.
 */
public final class China implements Steppable {
    private static final long serialVersionUID = 1L;
    private final DecisionRule[] rules;

    public China(List<DecisionRule> own) { this.rules = own.toArray(new DecisionRule[0]); }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        double r = m.rate(Coefficient.EXO_HALFLIFE);
        w.relax(Var.CN_TENSION_JP, w.baseline(Var.CN_TENSION_JP), r);
        w.relax(Var.CN_TENSION_US, w.baseline(Var.CN_TENSION_US), r);
        w.relax(Var.CN_RIVALRY_RU, w.baseline(Var.CN_RIVALRY_RU), r);
        for (DecisionRule d : rules) d.decide(m, w, m.random.nextDouble());
    }
}
