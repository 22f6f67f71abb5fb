package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow's declared position on the island axis: "no territorial problem exists" (0, the line of 1961-1990), "a
 * dispute over four islands, to be settled" (1, Gorbachev 1991, Lavrov 2019), or "the 1956 basis: Habomai and
 * Shikotan after a treaty" (2, Malik 1955, Putin 2000-2018). The target rises with the leader's commitment and
 * Moscow's need for Japanese capital; it falls with Cold-War tension, with the depth of the US-Japan alliance (Tokyo
 * cannot promise that no US forces would use returned islands: Putin, December 2018), with a public opposed to any
 * transfer (weighted by how much the public counts), with Japanese sanctions and poor relations; it never exceeds the
 * legal bar in force. A softer position warms relations.
 */
public final class RuDeclaredOffer extends LevelRule {
    private final Coef base = coef("base"), commitment = coef("commitment"), need = coef("need"),
            tension = coef("tension"), alliance = coef("alliance"), publicOpp = coef("public"),
            sanctions = coef("sanctions"), affinity = coef("affinity"),
            affinityShift = coef("affinity_shift");

    public RuDeclaredOffer() {
        super("RU.declared_offer", Country.RU, "Moscow's declared position: no territorial problem, a dispute acknowledged, or the 1956 basis",
                Var.RU_DECLARED_OFFER, new String[] {"no-dispute", "dispute-acknowledged", "1956-basis"}, new double[] {0, 1, 2});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("leader's commitment", commitment.value() * (w.value(Var.RU_COMMITMENT) - 0.5));
        t.add("economic need", need.value() * Signals.effectiveNeed(w, m.params()));
        t.add("tension with the US", -tension.value() * w.value(Var.US_TENSION_RU));
        t.add("US-Japan alliance (no promise of no US forces)", -alliance.value() * w.value(Var.US_ALLIANCE_JP));
        double opp = Math.max(0.0, 1.0 - w.value(Var.RU_SUPPORT_TRANSFER) / 20.0);
        t.add("public opposed to a transfer", -publicOpp.value() * w.value(Var.RU_PUBLIC_WEIGHT) * opp);
        t.add("Japanese sanctions", -sanctions.value() * w.value(Var.JP_SANCTIONS));
        t.add("relations", affinity.value() * w.value(Var.JP_RU_AFFINITY));
        double cap = w.ruCap();
        if (t.sum() > cap) t.add("legal bar", cap - t.sum());
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        Signals.shift(w, Var.JP_RU_AFFINITY, affinityShift.value() * (level(to) - level(from)));
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Moscow declares that no territorial problem exists";
            case 1 -> "Moscow acknowledges a dispute over the four islands, with nothing promised";
            default -> "Moscow offers the 1956 basis: Habomai and Shikotan after a peace treaty";
        };
    }
}
