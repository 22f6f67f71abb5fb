package org.treatysim.model.scripted;

import org.treatysim.model.Coefficient;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * v0.1's United States (the scripted null model): the alliance with Japan and tension with Moscow relax toward the levels events set; their
 * product is the pressure against a Japanese concession (the Dulles effect of 1956, the base objections of 2018).
 */
public final class ScriptedUnitedStates implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        double r = m.rate(Coefficient.EXO_HALFLIFE);
        w.relax(Var.US_ALLIANCE_JP, w.baseline(Var.US_ALLIANCE_JP), r);
        w.relax(Var.US_TENSION_RU, w.baseline(Var.US_TENSION_RU), r);
        w.put(Var.US_PRESSURE, w.value(Var.US_ALLIANCE_JP) * w.value(Var.US_TENSION_RU));
    }
}
