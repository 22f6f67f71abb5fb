package org.treatysim.model.scripted;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * v0.1's Japan (the scripted null model): government and public relax toward the levels dated events set. Each month:
 * <ul>
 *   <li>threat perception of China follows China-Japan tension;</li>
 *   <li>the leader's commitment relaxes toward the leader's base, drained by US pressure;</li>
 *   <li>the reservation point {@code JP.min_accept} relaxes toward the declared position, loosened by commitment and
 *       by the China threat (Abe's logic of 2016-18), tightened by US pressure (the Dulles effect), never below the
 *       legal floor;</li>
 *   <li>favourability toward Russia relaxes toward its baseline shifted by government relations.</li>
 * </ul>
 */
public final class ScriptedJapan implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        ModelParams p = m.params();
        w.relax(Var.JP_THREAT_CN, w.value(Var.CN_TENSION_JP), m.rate(Coefficient.JP_THREAT_HALFLIFE));

        double pressure = w.value(Var.US_PRESSURE);
        double commitTarget = w.leaderBase(Country.JP) * (1.0 - p.get(Coefficient.JP_US_DRAIN) * pressure);
        w.relax(Var.JP_COMMITMENT, commitTarget, m.rate(Coefficient.LEADER_HALFLIFE));
        w.set(Var.JP_COMMITMENT, w.value(Var.JP_COMMITMENT) + p.get(Coefficient.LEADER_NOISE_SD) * m.random.nextGaussian());

        double target = w.baseline(Var.JP_MIN_ACCEPT)
                - p.get(Coefficient.JP_FLEX_COMMITMENT) * (w.value(Var.JP_COMMITMENT) - 0.5)
                - p.get(Coefficient.JP_FLEX_CHINA) * w.value(Var.JP_THREAT_CN)
                + p.get(Coefficient.JP_US_PUSH) * pressure;
        target = Math.max(target, w.jpFloor());
        w.relax(Var.JP_MIN_ACCEPT, Var.JP_MIN_ACCEPT.clamp(target), m.rate(Coefficient.POSITION_HALFLIFE));
        if (w.value(Var.JP_MIN_ACCEPT) < w.jpFloor()) w.set(Var.JP_MIN_ACCEPT, w.jpFloor());

        double fav = w.baseline(Var.JP_FAVOURABILITY_RU) + p.get(Coefficient.JP_FAV_AFFINITY) * w.value(Var.JP_RU_AFFINITY);
        w.relax(Var.JP_FAVOURABILITY_RU, fav, m.rate(Coefficient.PUBLIC_HALFLIFE));
    }
}
