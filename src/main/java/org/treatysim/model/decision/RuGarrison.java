package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * The garrison Moscow keeps on the four islands, in thousands of troops: a token force (2, after the 1950s
 * withdrawals), a division cadre (3.5, 1995 and 2011), a modernised division with coastal missiles (5, after
 * 2011-16), or a reinforced division (8, the 1978-81 build-up to 7,000-10,000). The target rises with tension with
 * the US, the depth of the US-Japan alliance and the threat of a Japan aligned with a hostile China; it falls with
 * Moscow's economic need (the 1990s cuts) and good relations. Reinforcing chills relations and Japanese opinion.
 */
public final class RuGarrison extends LevelRule {
    private final Coef base = coef("base"), tension = coef("tension"), alliance = coef("alliance"),
            encirclement = coef("encirclement"), need = coef("need"), affinity = coef("affinity"),
            affinityShift = coef("affinity_shift"), favShift = coef("favourability_shift_pp");

    public RuGarrison() {
        super("RU.garrison", Country.RU, "Moscow's garrison on the four islands (thousand troops)", Var.RU_GARRISON,
                new String[] {"token", "cadre", "modernised", "reinforced"}, new double[] {2, 3.5, 5, 8});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("tension with the US", tension.value() * w.value(Var.US_TENSION_RU));
        t.add("US-Japan alliance", alliance.value() * w.value(Var.US_ALLIANCE_JP));
        t.add("Japan-China alignment against Moscow", encirclement.value() * w.value(Var.CN_RIVALRY_RU) * (1.0 - w.value(Var.CN_TENSION_JP)));
        t.add("economic need (budget)", -need.value() * w.value(Var.RU_ECONOMIC_NEED));
        t.add("relations", -affinity.value() * w.value(Var.JP_RU_AFFINITY));
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        if (to > from) {
            Signals.shift(w, Var.JP_RU_AFFINITY, -affinityShift.value());
            Signals.shift(w, Var.JP_FAVOURABILITY_RU, -favShift.value());
        }
    }

    @Override public String sentence(int from, int to) {
        if (to == 1 && from > 1) return "Moscow cuts the islands' garrison back to a division cadre";
        if (to == 1 && from == 0) return "Moscow builds the islands' garrison back up to a division cadre";
        if (to == 2 && from == 3) return "Moscow draws the islands' garrison down from a full division, keeping its modern bases";
        return sentence(to);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Moscow cuts the islands' garrison to a token force";
            case 1 -> "Moscow keeps a division cadre on the islands";
            case 2 -> "Moscow modernises the islands' garrison with new bases and coastal missiles";
            default -> "Moscow reinforces the islands' garrison to a full division";
        };
    }
}
