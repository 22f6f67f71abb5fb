package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * The aid and investment Tokyo puts on the table, in USD bn: none, a modest package (1.0: the 1993 and 1998 credits,
 * the first Sochi plan), a large one (2.5: October 1991, Nagato 2016), or a grand bargain (28: the top of the April
 * 1991 press reports of what a settlement could bring; never offered, a what-if can force it). Japan's "linkage" policy tied money to
 * movement on the islands, so the target rises with Moscow's declared offer and a committed leader, and with Moscow's
 * need; Cold-War tension (CoCom) and sanctions weigh against it. Money on the table warms relations.
 */
public final class JpAid extends LevelRule {
    private final Coef base = coef("base"), commitment = coef("commitment"), reciprocity = coef("reciprocity"),
            need = coef("need"), tension = coef("tension"), sanctions = coef("sanctions"), affinityShift = coef("affinity_shift");

    public JpAid() {
        super("JP.aid", Country.JP, "Tokyo's aid and investment offer (USD bn): none, modest, large, or a grand bargain (never offered; for what-ifs)",
                Var.JP_AID_OFFER, new String[] {"none", "modest", "large", "grand-bargain"}, new double[] {0, 1.0, 2.5, 28});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("leader's commitment", commitment.value() * (w.value(Var.JP_COMMITMENT) - 0.5));
        t.add("Moscow's declared offer", reciprocity.value() * (w.value(Var.RU_DECLARED_OFFER) - 1.0));
        t.add("Moscow's economic need", need.value() * w.value(Var.RU_ECONOMIC_NEED));
        t.add("Cold-War tension", -tension.value() * w.value(Var.US_TENSION_RU));
        t.add("Japanese sanctions", -sanctions.value() * w.value(Var.JP_SANCTIONS));
        return t.sum();
    }

    @Override protected void changed(TreatyModel m, World w, int from, int to) {
        Signals.shift(w, Var.JP_RU_AFFINITY, affinityShift.value() * (level(to) - level(from)));
    }

    @Override public String sentence(int from, int to) {
        if (to == 1 && from > 1) return "Tokyo scales its aid and investment offer back to a modest package (about USD 1 bn)";
        if (to == 2 && from > 2) return "Tokyo scales its grand bargain back to a large aid and investment package (about USD 2.5 bn)";
        return sentence(to);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Tokyo takes its aid and investment offer off the table";
            case 1 -> "Tokyo offers a modest aid and investment package (about USD 1 bn)";
            case 2 -> "Tokyo offers a large aid and investment package (about USD 2.5 bn)";
            default -> "Tokyo offers a grand bargain: about USD 28 bn of credit and investment for a settlement";
        };
    }
}
