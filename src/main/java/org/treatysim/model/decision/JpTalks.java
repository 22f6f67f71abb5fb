package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Tokyo keeps the peace-treaty talks going or suspends them. Japan has wanted talks throughout (even in 2022 it was
 * Moscow that suspended them), so the base utility is high; hostile relations and a fresh Russian assertion of
 * sovereignty lower it.
 */
public final class JpTalks extends SwitchRule {
    private final Coef base = coef("base"), affinity = coef("affinity"), commitment = coef("commitment"),
            assertion = coef("assertion");

    public JpTalks() {
        super("JP.talks", Country.JP, "Tokyo keeps the peace-treaty talks open or suspends them", "suspended", "open");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("relations", affinity.value() * w.value(Var.JP_RU_AFFINITY));
        t.add("leader's commitment", commitment.value() * (w.value(Var.JP_COMMITMENT) - 0.5));
        t.add("Russian assertion of sovereignty", -assertion.value() * Signals.recent(w, w.ruLastAssert()));
        return t.sum();
    }

    @Override protected boolean isOn(World w) { return w.jpTalks(); }

    @Override protected void set(TreatyModel m, World w, boolean on) { w.setTalks(Country.JP, on); }

    @Override public String sentence(int k) {
        return k == 1 ? "Tokyo returns to the peace-treaty talks" : "Tokyo suspends the peace-treaty talks";
    }
}
