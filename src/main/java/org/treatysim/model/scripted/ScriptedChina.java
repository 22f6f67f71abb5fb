package org.treatysim.model.scripted;

import org.treatysim.model.Coefficient;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * v0.1's China (the scripted null model): alignment with Moscow, tension with Tokyo and its stance on the dispute relax toward the levels events
 * set. Alignment lowers Russia's need for Japan; tension raises Japan's threat perception; backing Japan's claim
 * (1964) makes Moscow fear a precedent.
 */
public final class ScriptedChina implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        double r = m.rate(Coefficient.EXO_HALFLIFE);
        w.relax(Var.CN_ALIGNMENT_RU, w.baseline(Var.CN_ALIGNMENT_RU), r);
        w.relax(Var.CN_TENSION_JP, w.baseline(Var.CN_TENSION_JP), r);
        w.relax(Var.CN_STANCE_KURILS, w.baseline(Var.CN_STANCE_KURILS), r);
    }
}
