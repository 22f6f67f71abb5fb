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
 * v0.1's Soviet Union, then Russia (the scripted null model). Each month:
 * <ul>
 *   <li>the leader's commitment relaxes toward the leader's base;</li>
 *   <li>economic need relaxes toward its baseline; China-Russia alignment substitutes part of it;</li>
 *   <li>the reservation point {@code RU.max_offer} relaxes toward the declared position, widened by effective need
 *       (more so with Japanese aid on the table), by trade interdependence and by commitment; narrowed by the islands'
 *       military value under US-Russian tension and by the precedent China's backing of Japan would set; never above
 *       the legal cap;</li>
 *   <li>public support for a transfer follows leader cues while talks are open and government relations;
 *       favourability toward Japan follows relations.</li>
 * </ul>
 */
public final class ScriptedRussia implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        ModelParams p = m.params();
        w.relax(Var.RU_COMMITMENT, w.leaderBase(Country.RU), m.rate(Coefficient.LEADER_HALFLIFE));
        w.set(Var.RU_COMMITMENT, w.value(Var.RU_COMMITMENT) + p.get(Coefficient.LEADER_NOISE_SD) * m.random.nextGaussian());

        w.relax(Var.RU_ECONOMIC_NEED, w.baseline(Var.RU_ECONOMIC_NEED), m.rate(Coefficient.EXO_HALFLIFE));
        w.relax(Var.RU_PUBLIC_WEIGHT, w.baseline(Var.RU_PUBLIC_WEIGHT), m.rate(Coefficient.EXO_HALFLIFE));
        double need = effectiveNeed(w, p);
        double aid = w.value(Var.JP_AID_OFFER);
        double trade = w.value(Var.JP_RU_TRADE);
        double target = w.baseline(Var.RU_MAX_OFFER)
                + need * (p.get(Coefficient.RU_OFFER_NEED) + p.get(Coefficient.RU_OFFER_AID) * aid / (aid + p.get(Coefficient.RU_AID_HALF)))
                + p.get(Coefficient.RU_OFFER_TRADE) * trade / (trade + p.get(Coefficient.RU_TRADE_HALF))
                + p.get(Coefficient.RU_OFFER_COMMITMENT) * (w.value(Var.RU_COMMITMENT) - 0.5)
                - p.get(Coefficient.RU_OFFER_MILITARY) * w.value(Var.US_TENSION_RU)
                - p.get(Coefficient.RU_OFFER_PRECEDENT) * Math.max(0.0, w.value(Var.CN_STANCE_KURILS));
        offerAndPublics(m, w, p, target);
    }

    /**
     * Moves Moscow's bound toward {@code target} (never above the legal cap), and its public toward the leader's cues
     * (while talks are open) and relations: the same in the scripted and the agent model.
     */
    public static void offerAndPublics(TreatyModel m, World w, ModelParams p, double target) {
        target = Math.min(Var.RU_MAX_OFFER.clamp(target), w.ruCap());
        w.relax(Var.RU_MAX_OFFER, target, m.rate(Coefficient.POSITION_HALFLIFE));
        if (w.value(Var.RU_MAX_OFFER) > w.ruCap()) w.set(Var.RU_MAX_OFFER, w.ruCap());

        double affinity = w.value(Var.JP_RU_AFFINITY);
        double thr = p.get(Coefficient.RU_SUPPORT_CUE_THRESHOLD);
        double cue = w.channelOpen() ? Math.max(0.0, w.value(Var.RU_COMMITMENT) - thr) / (1.0 - thr) : 0.0;
        double support = w.baseline(Var.RU_SUPPORT_TRANSFER) + p.get(Coefficient.RU_SUPPORT_CUE) * cue + p.get(Coefficient.RU_SUPPORT_AFFINITY) * affinity;
        w.relax(Var.RU_SUPPORT_TRANSFER, support, m.rate(Coefficient.PUBLIC_HALFLIFE));
        double fav = w.baseline(Var.RU_FAVOURABILITY_JP) + p.get(Coefficient.RU_FAV_AFFINITY) * affinity;
        w.relax(Var.RU_FAVOURABILITY_JP, fav, m.rate(Coefficient.PUBLIC_HALFLIFE));
    }

    /** Economic need net of what China can supply instead. */
    public static double effectiveNeed(World w, ModelParams p) {
        return w.value(Var.RU_ECONOMIC_NEED) * (1.0 - p.get(Coefficient.RU_CHINA_SUBSTITUTION) * w.value(Var.CN_ALIGNMENT_RU));
    }
}
