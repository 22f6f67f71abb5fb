package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Tokyo asserts its claim in law or teaching: Northern Territories Day (1981), the school-textbook guideline (2008),
 * the "inherent territory" amendment (2009), "illegally occupied" (2022). Likelier while Japan demands all four
 * islands, under hostile relations and just after a Russian assertion; a leader committed to a deal holds back, and
 * an assertion just made is not soon repeated. Each angers the Russian public and saps Moscow's commitment.
 */
public final class JpAssert extends ActRule {
    private final Coef base = coef("base"), fourIslands = coef("four_islands"), hostility = coef("hostility"),
            reply = coef("reply"), commitment = coef("commitment"), repeat = coef("repeat"), affinityShift = coef("affinity_shift"),
            favShift = coef("favourability_shift_pp"), commitmentShift = coef("commitment_shift");

    public JpAssert() {
        super("JP.assert", Country.JP, "Tokyo asserts its claim in law or teaching (2008 textbooks, 2009 law)", "assert");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        if (w.value(Var.JP_DECLARED_DEMAND) > 3.9) t.add("four-island demand", fourIslands.value());
        t.add("a sudden chill in relations", hostility.value() * Signals.freshHostility(w));
        t.add("a Russian assertion", reply.value() * Signals.recent(w, w.ruLastAssert()));
        t.add("leader's commitment", -commitment.value() * (w.value(Var.JP_COMMITMENT) - 0.5));
        t.add("its own recent assertion", -repeat.value() * Signals.recent(w, w.jpLastAssert()));
        return t.sum();
    }

    @Override protected void act(TreatyModel m, World w) {
        w.noteAssertion(Country.JP);
        Signals.shift(w, Var.JP_RU_AFFINITY, -affinityShift.value());
        Signals.shift(w, Var.RU_FAVOURABILITY_JP, -favShift.value());
        w.addImpulse(Var.RU_COMMITMENT, -commitmentShift.value(), 9);
    }

    @Override public String sentence(int k) { return "Tokyo asserts its claim in law or teaching"; }
}
