package org.treatysim.model.agents;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * Japan in the agent model: its government and public, then its decisions. Each month:
 * <ul>
 *   <li>threat perception of China follows China-Japan tension;</li>
 *   <li>the leader's commitment relaxes toward the leader's base, drained by US pressure and lifted (or lowered) by
 *       public favourability toward Russia ({@code jp.commitment_public} per 100 points above 25%);</li>
 *   <li>the reservation point {@code JP.min_accept} relaxes toward the declared demand less {@code jp.shade_islands},
 *       loosened by commitment and the China threat, tightened by US pressure, loosened while Moscow offers joint
 *       economic activity, never below the legal floor;</li>
 *   <li>favourability toward Russia relaxes toward its baseline shifted by government relations;</li>
 *   <li>then Japan's decision rules are taken in order (sanctions, aid, declared demand, assertions, talks).</li>
 * </ul>
 */
public final class Japan implements Steppable {
    private static final long serialVersionUID = 1L;
    private final DecisionRule[] rules;

    public Japan(List<DecisionRule> own) { this.rules = own.toArray(new DecisionRule[0]); }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        ModelParams p = m.params();
        w.relax(Var.JP_THREAT_CN, w.value(Var.CN_TENSION_JP), m.rate(Coefficient.JP_THREAT_HALFLIFE));

        double pressure = w.value(Var.US_PRESSURE);
        double commitTarget = w.leaderBase(Country.JP) * (1.0 - p.get(Coefficient.JP_US_DRAIN) * pressure)
                + p.get(Coefficient.JP_COMMITMENT_PUBLIC) * (w.value(Var.JP_FAVOURABILITY_RU) - 25.0) / 100.0;
        w.relax(Var.JP_COMMITMENT, Var.JP_COMMITMENT.clamp(commitTarget), m.rate(Coefficient.LEADER_HALFLIFE));
        w.set(Var.JP_COMMITMENT, w.value(Var.JP_COMMITMENT) + p.get(Coefficient.LEADER_NOISE_SD) * m.random.nextGaussian());

        double target = w.value(Var.JP_DECLARED_DEMAND) - p.get(Coefficient.JP_SHADE)
                - p.get(Coefficient.JP_FLEX_COMMITMENT) * (w.value(Var.JP_COMMITMENT) - 0.5)
                - p.get(Coefficient.JP_FLEX_CHINA) * w.value(Var.JP_THREAT_CN)
                + p.get(Coefficient.JP_US_PUSH) * pressure
                - p.get(Coefficient.JP_JOINT_VALUE) * w.value(Var.JP_RU_JOINT);
        double floor = Math.max(w.jpFloor(), p.get(Coefficient.JP_MIN_FLOOR)); // never below the two islands of 1956
        target = Math.max(target, floor);
        w.relax(Var.JP_MIN_ACCEPT, Var.JP_MIN_ACCEPT.clamp(target), m.rate(Coefficient.POSITION_HALFLIFE));
        if (w.value(Var.JP_MIN_ACCEPT) < floor) w.set(Var.JP_MIN_ACCEPT, floor);

        double fav = w.baseline(Var.JP_FAVOURABILITY_RU) + p.get(Coefficient.JP_FAV_AFFINITY) * w.value(Var.JP_RU_AFFINITY);
        w.relax(Var.JP_FAVOURABILITY_RU, fav, m.rate(Coefficient.PUBLIC_HALFLIFE));

        for (DecisionRule r : rules) r.decide(m, w, m.random.nextDouble());
    }
}
