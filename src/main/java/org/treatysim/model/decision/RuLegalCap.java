package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Moscow puts a legal or formal bar on ceding territory, or lifts it: the Gromyko memoranda of 1960 (handover only
 * if all foreign troops leave Japan, answering the revised security treaty), lifted when Moscow reaffirmed Soviet-era
 * agreements in 1991-93; the constitutional ban of 2020 (Art. 67.2.1). A bar becomes likelier just after the US-Japan
 * alliance deepens, with Cold-War tension, with a public opposed to any transfer (weighted by how much the public
 * counts), and while a constitutional revision is under way; a committed leader and economic need weigh against it.
 * While in force it caps what Moscow can offer at {@code ru.legal_cap.islands}.
 */
public final class RuLegalCap extends SwitchRule {
    public static final String RATCHET = "ru-legal-bar";
    private final Coef base = coef("base"), allianceUp = coef("alliance_upgrade"), tension = coef("tension"),
            commitment = coef("commitment"), need = coef("need"), affinity = coef("affinity"), publicOpp = coef("public"),
            constitution = coef("constitution"), islands = coef("islands"), affinityShift = coef("affinity_shift");

    public RuLegalCap() {
        super("RU.legal_cap", Country.RU, "Moscow bars or allows ceding territory (1960 memoranda, 2020 constitution)", "none", "cap");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("US-Japan alliance upgrade", allianceUp.value() * Signals.allianceUpgrade(w));
        t.add("tension with the US", tension.value() * w.value(Var.US_TENSION_RU));
        t.add("leader's commitment", -commitment.value() * (w.value(Var.RU_COMMITMENT) - 0.5));
        t.add("economic need", -need.value() * Signals.effectiveNeed(w, m.params()));
        t.add("relations", -affinity.value() * w.value(Var.JP_RU_AFFINITY));
        double opp = Math.max(0.0, 1.0 - w.value(Var.RU_SUPPORT_TRANSFER) / 20.0);
        t.add("public opposed to a transfer", publicOpp.value() * w.value(Var.RU_PUBLIC_WEIGHT) * opp);
        t.add("constitutional revision under way", constitution.value() * w.value(Var.RU_CONSTITUTION_OPEN));
        return t.sum();
    }

    @Override protected boolean isOn(World w) { return w.ratchets().containsKey(RATCHET); }

    @Override protected void set(TreatyModel m, World w, boolean on) {
        if (on) w.addRatchet(RATCHET, Var.RU_MAX_OFFER, islands.value());
        else w.liftRatchet(RATCHET);
        Signals.shift(w, Var.JP_RU_AFFINITY, on ? -affinityShift.value() : affinityShift.value());
    }

    @Override public String sentence(int k) {
        return k == 1 ? "Moscow puts a legal bar on ceding any island" : "Moscow lifts its legal bar on ceding islands";
    }
}
