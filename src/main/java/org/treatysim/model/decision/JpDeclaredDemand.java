package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Tokyo's declared demand on the island axis: "two only" (2.0, Shigemitsu's inclination of August 1956, never
 * declared), "two first, the rest to follow" (2.2, Watanabe 1992, Singapore 2018), "two plus parallel talks on the
 * other two" (2.5, Irkutsk 2001, Nagato 2016), "sovereignty over four, handover later" (3.2, Kawana 1998), or "four
 * at once" (4.0, from September 1956 and again after 2001 and 2022). The target softens with a committed leader,
 * with Moscow's own declared offer (reciprocity) and with the threat from China (Abe's hedge of 2013-18); it hardens
 * under US pressure and hostile relations. A softer demand warms relations.
 */
public final class JpDeclaredDemand extends LevelRule {
    private final Coef base = coef("base"), commitment = coef("commitment"), reciprocity = coef("reciprocity"),
            china = coef("china_threat"), us = coef("us_pressure"), hostility = coef("hostility"),
            affinityShift = coef("affinity_shift");

    public JpDeclaredDemand() {
        super("JP.declared_demand", Country.JP, "Tokyo's declared demand: four at once, four with a later handover, two plus, two first, or two only",
                Var.JP_DECLARED_DEMAND, new String[] {"two-only", "two-first", "two-plus", "four-later", "four-at-once"},
                new double[] {2.0, 2.2, 2.5, 3.2, 4.0});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("leader's commitment", -commitment.value() * (w.value(Var.JP_COMMITMENT) - 0.5));
        t.add("Moscow's declared offer", -reciprocity.value() * (w.value(Var.RU_DECLARED_OFFER) - 1.0));
        t.add("threat from China", -china.value() * w.value(Var.JP_THREAT_CN));
        t.add("US pressure", us.value() * w.value(Var.US_PRESSURE));
        t.add("hostile relations", hostility.value() * Signals.hostility(w));
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        Signals.shift(w, Var.JP_RU_AFFINITY, affinityShift.value() * (level(from) - level(to)));
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Tokyo declares it would settle for Habomai and Shikotan alone";
            case 1 -> "Tokyo declares 'two first': Habomai and Shikotan now, the other two to follow";
            case 2 -> "Tokyo declares 'two plus': two islands with parallel talks on the other two";
            case 3 -> "Tokyo demands sovereignty over all four islands, with a later handover";
            default -> "Tokyo demands all four islands at once";
        };
    }
}
