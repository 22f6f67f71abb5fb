package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow offers (or withdraws) joint economic activity on the islands "without prejudice" to either side's legal
 * position: Primakov's proposal of 1996, the Nagato "special system" of 2016 and its pilot projects of 2017, the
 * dialogue Moscow quit in 2022. Driven by economic need, Japanese money on the table, the leader's commitment and
 * relations; Japanese sanctions weigh against it. While offered, a smaller transfer is worth more to Japan
 * ({@code jp.joint_value_islands}) and relations warm.
 */
public final class RuJointActivity extends SwitchRule {
    private final Coef base = coef("base"), need = coef("need"), aid = coef("aid"), commitment = coef("commitment"),
            affinity = coef("affinity"), sanctions = coef("sanctions"), affinityShift = coef("affinity_shift");

    public RuJointActivity() {
        super("RU.joint_activity", Country.RU, "Moscow offers or withdraws joint economic activity on the islands", "none", "offered");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("economic need", need.value() * Signals.effectiveNeed(w, m.params()));
        double a = w.value(Var.JP_AID_OFFER);
        t.add("Japanese money on the table", aid.value() * a / (a + 1.0));
        t.add("leader's commitment", commitment.value() * (w.value(Var.RU_COMMITMENT) - 0.5));
        t.add("relations", affinity.value() * w.value(Var.JP_RU_AFFINITY));
        t.add("Japanese sanctions", -sanctions.value() * w.value(Var.JP_SANCTIONS));
        return t.sum();
    }

    @Override protected boolean isOn(World w) { return w.value(Var.JP_RU_JOINT) > 0.5; }

    @Override protected void set(TreatyModel m, World w, boolean on) {
        w.setDecision(Var.JP_RU_JOINT, on ? 1 : 0);
        Signals.shift(w, Var.JP_RU_AFFINITY, on ? affinityShift.value() : -affinityShift.value());
    }

    @Override public String sentence(int k) {
        return k == 1 ? "Moscow offers joint economic activity on the islands" : "Moscow withdraws from joint economic activity on the islands";
    }
}
