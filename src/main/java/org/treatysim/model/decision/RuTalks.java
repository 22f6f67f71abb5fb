package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow keeps the peace-treaty talks going or suspends them (1961, 1976, 2022; resumed 1972, 1986). Keeping them
 * is worth more with a committed leader, good relations and economic need, and when China, at odds with Moscow, draws
 * close to Washington (after Nixon's 1972 visit Moscow courted Tokyo); less under Japanese sanctions, Cold-War
 * tension, or when Moscow's own line is that no territorial problem exists.
 */
public final class RuTalks extends SwitchRule {
    private final Coef base = coef("base"), commitment = coef("commitment"), affinity = coef("affinity"),
            need = coef("need"), sanctions = coef("sanctions"), tension = coef("tension"), noDispute = coef("no_dispute"),
            encirclement = coef("encirclement"),
            affinityShift = coef("affinity_shift");

    public RuTalks() {
        super("RU.talks", Country.RU, "Moscow keeps the peace-treaty talks open or suspends them", "suspended", "open");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("leader's commitment", commitment.value() * (w.value(Var.RU_COMMITMENT) - 0.5));
        t.add("relations", affinity.value() * w.value(Var.JP_RU_AFFINITY));
        t.add("economic need", need.value() * Signals.effectiveNeed(w, m.params()));
        t.add("Japanese sanctions", -sanctions.value() * w.value(Var.JP_SANCTIONS));
        t.add("tension with the US", -tension.value() * w.value(Var.US_TENSION_RU));
        if (w.value(Var.RU_DECLARED_OFFER) < 0.5) t.add("'no territorial problem' line", -noDispute.value());
        t.add("a US-China front to split", encirclement.value() * w.value(Var.CN_RIVALRY_RU) * (1.0 - w.value(Var.CN_TENSION_US)));
        return t.sum();
    }

    @Override protected boolean isOn(World w) { return w.ruTalks(); }

    @Override protected void set(TreatyModel m, World w, boolean on) {
        w.setTalks(Country.RU, on);
        Signals.shift(w, Var.JP_RU_AFFINITY, on ? affinityShift.value() : -affinityShift.value());
    }

    @Override public String sentence(int k) {
        return k == 1 ? "Moscow resumes the peace-treaty talks" : "Moscow suspends the peace-treaty talks";
    }
}
