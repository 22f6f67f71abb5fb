package org.treatysim.model;

import sim.util.distribution.Probability;
import org.treatysim.scenario.Var;

/**
 * Putnam's (1988) two-level game. Level I: the governments can sign only if their reservation points overlap.
 * Each side knows the other's only up to noise, so the chance of a zone of agreement is
 * {@code P(ZOPA) = Phi((max_offer - min_accept) / sigma)}. Level II: the deal, struck at the midpoint of the zone,
 * must be ratified at home: in Russia its chance falls as public support for a transfer falls short of what
 * ratification needs, weighted by how much the public counts; in Japan it rises with the share of the public that
 * accepts a deal of that size (polls of 2016-19). The monthly hazard is
 * {@code h_max x channel x commitment_JP x commitment_RU x P(ZOPA) x P(ratify)}.
 */
public final class TwoLevelTheory implements BargainingTheory {
    @Override public String name() { return "two-level"; }

    @Override public String summary() { return "Putnam's two-level game: overlapping win-sets of both governments, then domestic ratification"; }

    @Override public void evaluate(World w, ModelParams p, Outcome out) {
        double minAccept = w.v(Var.JP_MIN_ACCEPT);
        double maxOffer = w.v(Var.RU_MAX_OFFER);
        out.pZopa = phi((maxOffer - minAccept) / p.get(P.POSITION_SD));
        out.settlement = Math.max(0.0, Math.min(4.0, 0.5 * (minAccept + maxOffer)));
        out.pRatify = ratifyRussia(w, p) * ratifyJapan(out.settlement, p);
        double channel = w.channelOpen() ? 1.0 : 0.0;
        out.hazard = p.get(P.H_MAX) * channel * w.v(Var.JP_COMMITMENT) * w.v(Var.RU_COMMITMENT) * out.pZopa * out.pRatify;
    }

    /** Standard normal CDF (Cephes ndtr via MASON's COLT port: accurate to ~1e-15 and far cheaper than a series erf). */
    static double phi(double z) {
        if (z < -38) return 0.0;
        if (z > 38) return 1.0;
        return Probability.normal(z);
    }

    /** Chance the Russian side ratifies: 1 - weight x shortfall of public support below what ratification needs. */
    static double ratifyRussia(World w, ModelParams p) {
        double shortfall = Math.max(0.0, 1.0 - w.v(Var.RU_SUPPORT_TRANSFER) / p.get(P.RU_RATIFY_NEEDED));
        return 1.0 - w.v(Var.RU_PUBLIC_WEIGHT) * shortfall;
    }

    /** Chance the Japanese side ratifies a deal of {@code islands}: 1 - weight x share of the public rejecting it. */
    static double ratifyJapan(double islands, ModelParams p) {
        double accept = 1.0 / (1.0 + Math.exp(-(islands - p.get(P.JP_ACCEPT_MID)) / p.get(P.JP_ACCEPT_SCALE)));
        return 1.0 - p.get(P.JP_PUBLIC_WEIGHT) * (1.0 - accept);
    }
}
