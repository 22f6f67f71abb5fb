package org.treatysim.model.agents;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Signals;
import org.treatysim.model.scripted.ScriptedRussia;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * The Soviet Union, then Russia, in the agent model: government and public, then decisions. Each month:
 * <ul>
 *   <li>the leader's commitment relaxes toward the leader's base, moved by public support for a transfer
 *       ({@code ru.commitment_public} per 100 points above 10%);</li>
 *   <li>economic need and the weight of public opinion relax toward the levels shocks set;</li>
 *   <li>the reservation point {@code RU.max_offer} relaxes toward the declared offer plus {@code ru.shade_islands},
 *       widened by effective need (more with Japanese aid on the table), trade and commitment; narrowed by the
 *       islands' military value under US tension, by the garrison kept there, by Japanese sanctions and by the
 *       precedent China's backing of Japan would set; never above the legal bar in force;</li>
 *   <li>public support for a transfer follows the leader's cues while talks are open, and relations;</li>
 *   <li>then Russia's decision rules are taken in order (legal bar, declared offer, talks, garrison, joint activity,
 *       retaliation, assertions).</li>
 * </ul>
 */
public final class Russia implements Steppable {
    private static final long serialVersionUID = 1L;
    private final DecisionRule[] rules;

    public Russia(List<DecisionRule> own) { this.rules = own.toArray(new DecisionRule[0]); }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        ModelParams p = m.params();
        double commitTarget = w.leaderBase(Country.RU) + p.get(Coefficient.RU_COMMITMENT_PUBLIC) * (w.value(Var.RU_SUPPORT_TRANSFER) - 10.0) / 100.0;
        w.relax(Var.RU_COMMITMENT, Var.RU_COMMITMENT.clamp(commitTarget), m.rate(Coefficient.LEADER_HALFLIFE));
        w.set(Var.RU_COMMITMENT, w.value(Var.RU_COMMITMENT) + p.get(Coefficient.LEADER_NOISE_SD) * m.random.nextGaussian());

        w.relax(Var.RU_ECONOMIC_NEED, w.baseline(Var.RU_ECONOMIC_NEED), m.rate(Coefficient.EXO_HALFLIFE));
        w.relax(Var.RU_PUBLIC_WEIGHT, w.baseline(Var.RU_PUBLIC_WEIGHT), m.rate(Coefficient.EXO_HALFLIFE));
        double need = Signals.effectiveNeed(w, p);
        double aid = w.value(Var.JP_AID_OFFER);
        double trade = w.value(Var.JP_RU_TRADE);
        double target = w.value(Var.RU_DECLARED_OFFER) + p.get(Coefficient.RU_SHADE)
                + need * (p.get(Coefficient.RU_OFFER_NEED) + p.get(Coefficient.RU_OFFER_AID) * aid / (aid + p.get(Coefficient.RU_AID_HALF)))
                + p.get(Coefficient.RU_OFFER_TRADE) * trade / (trade + p.get(Coefficient.RU_TRADE_HALF))
                + p.get(Coefficient.RU_OFFER_COMMITMENT) * (w.value(Var.RU_COMMITMENT) - 0.5)
                - p.get(Coefficient.RU_OFFER_MILITARY) * w.value(Var.US_TENSION_RU)
                - p.get(Coefficient.RU_OFFER_GARRISON) * w.value(Var.RU_GARRISON) / 10.0
                - p.get(Coefficient.RU_OFFER_SANCTIONS) * w.value(Var.JP_SANCTIONS)
                - p.get(Coefficient.RU_OFFER_PRECEDENT) * Math.max(0.0, w.value(Var.CN_STANCE_KURILS));
        ScriptedRussia.offerAndPublics(m, w, p, target);

        for (DecisionRule r : rules) r.decide(m, w, m.random.nextDouble());
    }
}
