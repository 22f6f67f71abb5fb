package org.treatysim.model;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.treatysim.scenario.Var;

/**
 * Nash bargaining with outside options (Nash 1950; Binmore, Rubinstein and Wolinsky 1986). The pie is the four
 * islands. Japan's disagreement point is {@code JP.min_accept} (no deal is worth as much to Japan as that many
 * islands), Russia's is {@code 4 - RU.max_offer} (no deal is worth as much to Moscow as keeping that many). The
 * bargaining set is non-empty when the surplus {@code S = RU.max_offer - JP.min_accept} is positive; the
 * generalised Nash solution gives Japan {@code d_JP + alpha x S} islands, alpha = {@code nash.jp_power}.
 * Each side knows the other's disagreement point only up to {@code negotiation.position_sd}, so the expected
 * surplus is {@code E[max(0, S + e)] = S Phi(S/sd) + sd phi(S/sd)}. The monthly hazard rises with it:
 * {@code h_max x channel x commitment_JP x commitment_RU x (1 - exp(-E[S+] / nash.surplus_scale_islands))}.
 * Nash's actors are unitary: there is no ratification level (P(ratify) = 1).
 */
public final class NashTheory implements BargainingTheory {
    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);
    private ModelParams cachedFor;
    private double alpha, scale;

    @Override public String name() { return "nash"; }

    @Override public String summary() { return "Nash bargaining with outside options: a deal when the bargaining set is non-empty, hazard from the surplus"; }

    /**
     * The generalised Nash bargaining solution for dividing a pie of size {@code pie} between A and B with
     * disagreement payoffs {@code dA}, {@code dB} and A's bargaining power {@code alpha}: A's share, or NaN when the
     * bargaining set is empty ({@code dA + dB > pie}).
     */
    public static double split(double pie, double dA, double dB, double alpha) {
        double surplus = pie - dA - dB;
        if (surplus < 0) return Double.NaN;
        return dA + alpha * surplus;
    }

    /** E[max(0, S + e)] for e ~ N(0, sd^2). */
    public static double expectedSurplus(double s, double sd) {
        if (sd <= 0) return Math.max(0, s);
        double z = s / sd;
        return s * STD.cumulativeProbability(z) + sd * STD.density(z);
    }

    @Override public void evaluate(World w, ModelParams p, Outcome out) {
        if (cachedFor != p) {
            alpha = p.get("nash.jp_power");
            scale = p.get("nash.surplus_scale_islands");
            cachedFor = p;
        }
        double dJp = w.v(Var.JP_MIN_ACCEPT), dRu = 4.0 - w.v(Var.RU_MAX_OFFER);
        double sd = p.get(P.POSITION_SD);
        double surplus = 4.0 - dJp - dRu;
        double share = split(4.0, dJp, dRu, alpha);
        out.settlement = Double.isNaN(share) ? Math.max(0, Math.min(4, dJp + alpha * surplus)) : share;
        out.pZopa = STD.cumulativeProbability(surplus / sd);
        out.pRatify = 1.0;
        double channel = w.channelOpen() ? 1.0 : 0.0;
        out.hazard = p.get(P.H_MAX) * channel * w.v(Var.JP_COMMITMENT) * w.v(Var.RU_COMMITMENT)
                * (1.0 - Math.exp(-expectedSurplus(surplus, sd) / scale));
    }
}
