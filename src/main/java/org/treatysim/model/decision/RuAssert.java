package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow asserts its sovereignty in deeds: a leader's visit to the islands (Medvedev 2010, 2012, 2015, 2019;
 * Mishustin 2021), a tax-free zone, a "Victory over Militaristic Japan" day. events.md notes these followed Japanese
 * government transitions and Japanese assertions; they come while the dispute is live (Moscow acknowledges it) and
 * relations are poor; under the "no territorial problem" line there is nothing to assert, and an assertion just made is
 * not soon repeated. Each chills relations and Japanese opinion and saps the Japanese leader's commitment.
 */
public final class RuAssert extends ActRule {
    private final Coef base = coef("base"), newLeader = coef("new_japanese_leader"), reply = coef("reply"),
            hostility = coef("hostility"), sanctions = coef("sanctions"), commitment = coef("commitment"),
            noDispute = coef("no_dispute"), repeat = coef("repeat"),
            affinityShift = coef("affinity_shift"), favShift = coef("favourability_shift_pp"),
            commitmentShift = coef("commitment_shift");

    public RuAssert() {
        super("RU.assert", Country.RU, "Moscow asserts sovereignty (a leader's visit to the islands, a tax-free zone)", "assert");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("a new Japanese government", newLeader.value() * Signals.newLeader(w, Country.JP));
        t.add("a Japanese assertion", reply.value() * Signals.recent(w, w.jpLastAssert()));
        t.add("a sudden chill in relations", hostility.value() * Signals.freshHostility(w));
        t.add("Japanese sanctions", sanctions.value() * w.value(Var.JP_SANCTIONS));
        t.add("leader's commitment", -commitment.value() * (w.value(Var.RU_COMMITMENT) - 0.5));
        if (w.value(Var.RU_DECLARED_OFFER) < 0.5) t.add("'no territorial problem': nothing to assert", -noDispute.value());
        t.add("its own recent assertion", -repeat.value() * Signals.recent(w, w.ruLastAssert()));
        return t.sum();
    }

    @Override protected void act(TreatyModel m, World w) {
        w.noteAssertion(Country.RU);
        Signals.shift(w, Var.JP_RU_AFFINITY, -affinityShift.value());
        Signals.shift(w, Var.JP_FAVOURABILITY_RU, -favShift.value());
        w.addImpulse(Var.JP_COMMITMENT, -commitmentShift.value(), 6);
    }

    @Override public String sentence(int k) { return "Moscow asserts its sovereignty (a leader's visit to the islands)"; }
}
