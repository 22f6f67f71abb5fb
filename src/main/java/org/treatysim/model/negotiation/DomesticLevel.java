package org.treatysim.model.negotiation;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.scenario.Var;

import java.util.List;

/**
 * Level II of Putnam's two-level game: how domestic acceptance falls with the size of the deal, and so which deals
 * each government can ratify.
 * <ul>
 *   <li>Japan: the share of the public accepting a settlement of x islands rises along a logistic
 *       ({@code jp.accept_mid_islands}, {@code jp.accept_scale_islands}; polls of 2016-19, figures.md s1c); joint
 *       economic activity on the other islands, while offered, adds {@code jp.joint_value_islands} to what a deal is
 *       worth. P(ratify) = 1 - {@code jp.public_weight} x (share rejecting).</li>
 *   <li>Russia: support for a transfer of x islands is the measured support for a transfer ({@code RU.support_transfer},
 *       Levada's question, taken as support for the 1956 two islands) halving with every
 *       {@code ru.support_halving_islands} islands beyond two. P(ratify) = 1 - {@code RU.public_weight} x the
 *       shortfall of that support below {@code ru.ratify_support_needed_pct}.</li>
 * </ul>
 * A government signs only what it can ratify with probability at least {@code negotiation.ratify_threshold}: that
 * bound narrows its win-set.
 */
public final class DomesticLevel {
    public static final List<String> PARAMETERS = List.of("jp.joint_value_islands", "ru.support_halving_islands",
            "negotiation.ratify_threshold");
    private ModelParams p;
    private int jointValue, halving, threshold;

    public void bind(ModelParams p) {
        this.p = p;
        jointValue = p.index("jp.joint_value_islands");
        halving = p.index("ru.support_halving_islands");
        threshold = p.index("negotiation.ratify_threshold");
    }

    public double threshold() { return p.value(threshold); }

    public double jointValue(World w) { return w.value(Var.JP_RU_JOINT) * p.value(jointValue); }

    /** Share of the Japanese public accepting a deal of {@code x} islands. */
    public double jpAcceptance(World w, double x) {
        double xe = x + jointValue(w);
        return 1.0 / (1.0 + Math.exp(-(xe - p.get(Coefficient.JP_ACCEPT_MID)) / p.get(Coefficient.JP_ACCEPT_SCALE)));
    }

    public double ratifyJp(World w, double x) {
        return 1.0 - p.get(Coefficient.JP_PUBLIC_WEIGHT) * (1.0 - jpAcceptance(w, x));
    }

    /** Russian support (%) for a transfer of {@code x} islands. */
    public double ruSupport(World w, double x) {
        return w.value(Var.RU_SUPPORT_TRANSFER) * Math.pow(2.0, -(x - 2.0) / p.value(halving));
    }

    public double ratifyRu(World w, double x) {
        double shortfall = Math.max(0.0, 1.0 - ruSupport(w, x) / p.get(Coefficient.RU_RATIFY_NEEDED));
        return 1.0 - w.value(Var.RU_PUBLIC_WEIGHT) * shortfall;
    }

    /** The fewest islands Japan can ratify with probability at least the threshold (-inf: any; +inf: none). */
    public double jpRatifiableMin(World w) {
        double a = 1.0 - (1.0 - threshold()) / p.get(Coefficient.JP_PUBLIC_WEIGHT);
        if (a <= 0) return Double.NEGATIVE_INFINITY;
        if (a >= 1) return Double.POSITIVE_INFINITY;
        return p.get(Coefficient.JP_ACCEPT_MID) + p.get(Coefficient.JP_ACCEPT_SCALE) * Math.log(a / (1.0 - a)) - jointValue(w);
    }

    /** The most islands Russia can ratify with probability at least the threshold (+inf: any; -inf: none). */
    public double ruRatifiableMax(World w) {
        double weight = w.value(Var.RU_PUBLIC_WEIGHT);
        double q = p.get(Coefficient.RU_RATIFY_NEEDED) * (1.0 - (1.0 - threshold()) / Math.max(weight, 1e-12));
        if (q <= 0) return Double.POSITIVE_INFINITY;
        double s = w.value(Var.RU_SUPPORT_TRANSFER);
        if (s <= 0) return Double.NEGATIVE_INFINITY;
        return 2.0 + p.value(halving) * Math.log(s / q) / Math.log(2.0);
    }
}
