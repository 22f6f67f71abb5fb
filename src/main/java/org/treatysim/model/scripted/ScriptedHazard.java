package org.treatysim.model.scripted;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.model.negotiation.Offers;
import org.treatysim.scenario.Var;

/**
 * v0.1's two-level hazard (the scripted null model). Level I: the governments can sign only if their reservation
 * points overlap; each knows the other's only up to noise, so {@code P(ZOPA) = Phi((max_offer - min_accept) / sigma)}.
 * Level II: the deal, struck at the midpoint of the zone, must be ratified at home. The monthly hazard is
 * {@code h_max x channel x commitment_JP x commitment_RU x P(ZOPA) x P(ratify)}. Kept as the null the agent model
 * must beat: every window it shows is the tail of the position-noise term.
 */
final class ScriptedHazard {
    /** What the scripted theory says about one month. */
    static final class Outcome {
        double pZopa, pRatify, settlement, hazard;
    }

    private ScriptedHazard() {}

    static void evaluate(World w, ModelParams p, Outcome out) {
        double minAccept = w.value(Var.JP_MIN_ACCEPT);
        double maxOffer = w.value(Var.RU_MAX_OFFER);
        out.pZopa = Offers.phi((maxOffer - minAccept) / p.get(Coefficient.POSITION_SD));
        out.settlement = Math.max(0.0, Math.min(4.0, 0.5 * (minAccept + maxOffer)));
        out.pRatify = ratifyRussia(w, p) * ratifyJapan(out.settlement, p);
        double channel = w.channelOpen() ? 1.0 : 0.0;
        out.hazard = p.get(Coefficient.H_MAX) * channel * w.value(Var.JP_COMMITMENT) * w.value(Var.RU_COMMITMENT) * out.pZopa * out.pRatify;
    }

    /** Chance the Russian side ratifies: 1 - weight x shortfall of public support below what ratification needs. */
    static double ratifyRussia(World w, ModelParams p) {
        double shortfall = Math.max(0.0, 1.0 - w.value(Var.RU_SUPPORT_TRANSFER) / p.get(Coefficient.RU_RATIFY_NEEDED));
        return 1.0 - w.value(Var.RU_PUBLIC_WEIGHT) * shortfall;
    }

    /** Chance the Japanese side ratifies a deal of {@code islands}: 1 - weight x share of the public rejecting it. */
    static double ratifyJapan(double islands, ModelParams p) {
        double accept = 1.0 / (1.0 + Math.exp(-(islands - p.get(Coefficient.JP_ACCEPT_MID)) / p.get(Coefficient.JP_ACCEPT_SCALE)));
        return 1.0 - p.get(Coefficient.JP_PUBLIC_WEIGHT) * (1.0 - accept);
    }
}
