package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Tokyo's sanctions on the USSR/Russia: none, limited (2014: visa talks and investment agreements suspended), or
 * aligned with the G7 (1980: credits frozen, high-tech bans, Olympic boycott; 2022: asset freezes, MFN revoked).
 * Alliance conformity drives it: the target follows how far the US goes, weighted by the depth of the alliance; a
 * leader committed to a deal with Moscow holds back in proportion (Abe in 2014). Sanctions cut trade and chill
 * relations.
 */
public final class JpSanctions extends LevelRule {
    private final Coef base = coef("base"), conformity = coef("conformity"), commitment = coef("commitment"),
            affinityShift = coef("affinity_shift"), tradeDrop = coef("trade_drop");

    public JpSanctions() {
        super("JP.sanctions", Country.JP, "Tokyo's sanctions on Moscow: none, limited, or aligned with the G7",
                Var.JP_SANCTIONS, new String[] {"none", "limited", "aligned"}, new double[] {0, 1, 2});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        double us = w.value(Var.US_SANCTIONS);
        t.add("US sanctions x alliance", conformity.value() * us * w.value(Var.US_ALLIANCE_JP));
        t.add("leader's commitment to a deal", -commitment.value() * us * (w.value(Var.JP_COMMITMENT) - 0.5));
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        double d = level(to) - level(from);
        Signals.shift(w, Var.JP_RU_AFFINITY, -affinityShift.value() * d);
        if (d > 0) w.set(Var.JP_RU_TRADE, w.value(Var.JP_RU_TRADE) * Math.max(0.0, 1.0 - tradeDrop.value() * d));
    }

    @Override public String sentence(int from, int to) {
        return to == 1 && from == 2 ? "Tokyo eases its sanctions on Moscow to limited measures" : sentence(to);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Tokyo lifts its sanctions on Moscow";
            case 1 -> "Tokyo imposes limited sanctions on Moscow";
            default -> "Tokyo joins its allies' sanctions on Moscow in full";
        };
    }

    /** Outlives the dispute: a treaty does not settle it. */
    @Override protected boolean settledByTreaty() { return false; }
}
