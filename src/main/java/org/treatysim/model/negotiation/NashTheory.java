package org.treatysim.model.negotiation;

import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

import java.util.List;

/**
 * Nash bargaining with outside options (Nash 1950; Binmore, Rubinstein and Wolinsky 1986) in the offers protocol. The
 * disagreement point is the status quo: each side's reservation point ({@code JP.min_accept}, {@code RU.max_offer}).
 * Outside options enter as constraints, binding only when the Nash split would give a side less: Japan's is the US
 * goodwill a concession would cost ({@code nash.jp_outside_islands} x US pressure), Moscow's its partnership with
 * China ({@code nash.ru_outside_islands} x China-Russia alignment). The solution is
 * {@code x = clamp(r_JP + alpha (r_RU - r_JP), r_JP + o_JP, r_RU - o_RU)}, alpha = {@code nash.jp_power}; the proposer
 * computes it from its belief about the other's reservation point. The actors are unitary: no ratification level.
 */
public final class NashTheory implements BargainingTheory {
    private ModelParams p;
    private int power, jpOutside, ruOutside;

    @Override public String name() { return "nash"; }

    @Override public String summary() {
        return "Nash bargaining with status-quo disagreement payoffs and outside options as constraints (Binmore, Rubinstein & Wolinsky 1986)";
    }

    @Override public List<String> parameters() { return List.of("nash.jp_power", "nash.jp_outside_islands", "nash.ru_outside_islands"); }

    @Override public void bind(ModelParams p) {
        this.p = p;
        power = p.index("nash.jp_power");
        jpOutside = p.index("nash.jp_outside_islands");
        ruOutside = p.index("nash.ru_outside_islands");
    }

    double outsideJp(World w) { return p.value(jpOutside) * w.value(Var.US_PRESSURE); }

    double outsideRu(World w) { return p.value(ruOutside) * w.value(Var.CN_ALIGNMENT_RU); }

    /**
     * The generalised Nash solution on the island axis with disagreement points {@code rJp} (Japan's) and {@code rRu}
     * (Russia's) and outside options {@code oJp}, {@code oRu} as constraints; NaN when the constrained set is empty.
     */
    public static double solution(double rJp, double rRu, double alpha, double oJp, double oRu) {
        double lo = rJp + oJp, hi = rRu - oRu;
        if (lo > hi) return Double.NaN;
        double x = rJp + alpha * (rRu - rJp);
        return Math.max(lo, Math.min(hi, x));
    }

    @Override public double jpMin(World w) { return w.value(Var.JP_MIN_ACCEPT) + outsideJp(w); }

    @Override public double ruMax(World w) { return w.value(Var.RU_MAX_OFFER) - outsideRu(w); }

    @Override public double propose(Country proposer, World w, double jpMin, double ruMax) {
        double alpha = p.value(power), oJ = outsideJp(w), oR = outsideRu(w);
        double x = proposer == Country.JP
                ? solution(w.value(Var.JP_MIN_ACCEPT), w.jpBeliefMean(), alpha, oJ, oR)
                : solution(w.ruBeliefMean(), w.value(Var.RU_MAX_OFFER), alpha, oJ, oR);
        return Double.isNaN(x) ? x : Math.max(0.0, Math.min(4.0, x));
    }

    @Override public double ratifyJp(World w, double islands) { return 1.0; }

    @Override public double ratifyRu(World w, double islands) { return 1.0; }
}
