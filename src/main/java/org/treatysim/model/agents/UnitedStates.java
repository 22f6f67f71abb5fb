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
 * The United States in the agent model: the alliance with Japan and tension with Moscow relax toward the levels
 * shocks set (the Cold War, detente, wars elsewhere); then Washington decides its sanctions on Moscow and whether to
 * press Tokyo against a concession.
 */
public final class UnitedStates implements Steppable {
    private static final long serialVersionUID = 1L;
    private final DecisionRule[] rules;

    public UnitedStates(List<DecisionRule> own) { this.rules = own.toArray(new DecisionRule[0]); }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        double r = m.rate(Coefficient.EXO_HALFLIFE);
        w.relax(Var.US_ALLIANCE_JP, w.baseline(Var.US_ALLIANCE_JP), r);
        w.relax(Var.US_TENSION_RU, w.baseline(Var.US_TENSION_RU), r);
        w.refreshDerivedAgents();
        for (DecisionRule d : rules) d.decide(m, w, m.random.nextDouble());
        w.refreshDerivedAgents();
    }
}
