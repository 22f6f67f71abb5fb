package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Beijing's stance on the Kurils: backing Japan's claim (+0.8, Mao in 1964), neutral (0, after the 1989
 * normalisation), tilting to Moscow (-0.4, 2021) or siding with Moscow on "the outcomes of the Second World War"
 * (-0.8, December 2025). The target rises with the Sino-Soviet rivalry and falls with China's alignment with Moscow
 * and its tension with Japan. Backing Japan makes any Soviet concession a precedent for China's own claims: Moscow's
 * leader loses commitment.
 */
public final class CnStance extends LevelRule {
    private final Coef base = coef("base"), rivalry = coef("rivalry"), alignment = coef("alignment"),
            japan = coef("tension_japan"), commitmentShift = coef("commitment_shift");

    public CnStance() {
        super("CN.stance", Country.CN, "Beijing's stance on the Kurils: with Moscow, tilting to Moscow, neutral, or backing Japan",
                Var.CN_STANCE_KURILS, new String[] {"with-moscow", "tilts-moscow", "neutral", "backs-japan"}, new double[] {-0.8, -0.4, 0, 0.8});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("rivalry with Moscow", rivalry.value() * w.value(Var.CN_RIVALRY_RU));
        t.add("alignment with Moscow", -alignment.value() * w.value(Var.CN_ALIGNMENT_RU));
        t.add("tension with Japan", -japan.value() * w.value(Var.CN_TENSION_JP));
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        if (to == 3) w.addImpulse(Var.RU_COMMITMENT, -commitmentShift.value(), 12);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Beijing sides with Moscow on the Kurils as an outcome of the Second World War";
            case 1 -> "Beijing tilts toward Moscow on the Kurils";
            case 2 -> "Beijing stays neutral on the Kurils";
            default -> "Beijing backs Japan's claim to the Kurils";
        };
    }
}
