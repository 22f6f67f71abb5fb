package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow retaliates against Japan: expels diplomats, bans entry, suspends an agreement (the 1998 fishing framework,
 * the visa-free exchanges), as in 2022. Likeliest just after Japan raises its sanctions, and under hostile relations.
 * An act just taken makes the next less likely for a while. Each act chills relations and both publics.
 */
public final class RuRetaliate extends ActRule {
    private final Coef base = coef("base"), sanctionsRise = coef("sanctions_rise"), sanctions = coef("sanctions"),
            hostility = coef("hostility"), repeat = coef("repeat"), affinityShift = coef("affinity_shift"), favShift = coef("favourability_shift_pp");

    public RuRetaliate() {
        super("RU.retaliate", Country.RU, "Moscow retaliates: expulsions, entry bans, agreements suspended", "retaliate");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("Japan's new sanctions", sanctionsRise.value() * Signals.sanctionsRise(w));
        t.add("Japanese sanctions", sanctions.value() * w.value(Var.JP_SANCTIONS));
        t.add("a sudden chill in relations", hostility.value() * Signals.freshHostility(w));
        t.add("its own recent retaliation", -repeat.value() * Signals.recent(w, w.ruLastRetaliation()));
        return t.sum();
    }

    @Override protected void act(TreatyModel m, World w) {
        w.noteRetaliation();
        Signals.shift(w, Var.JP_RU_AFFINITY, -affinityShift.value());
        Signals.shift(w, Var.JP_FAVOURABILITY_RU, -favShift.value());
        Signals.shift(w, Var.RU_FAVOURABILITY_JP, -favShift.value());
    }

    @Override public String sentence(int k) { return "Moscow retaliates against Japan (expulsions, entry bans or a suspended agreement)"; }
}
