package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Beijing's alignment with Moscow, from 0 (the 1969 border war) to 1 (the 1950 alliance, the 2022 "no limits"
 * partnership), in quarter steps. The target falls with the Sino-Soviet rivalry (a shock: the split, the border
 * war, the 1989 normalisation and the 2004-08 border settlement) and rises with China's tension with the US and
 * Japan and with Moscow's own confrontation with the US (a partner with nowhere else to go).
 */
public final class CnAlignment extends LevelRule {
    private final Coef base = coef("base"), rivalry = coef("rivalry"), us = coef("tension_us"),
            usRu = coef("us_russia_tension"), japan = coef("tension_japan");

    public CnAlignment() {
        super("CN.alignment", Country.CN, "Beijing's alignment with Moscow (0 border war ... 1 allied: the 1950 treaty of alliance, the 'no limits' partnership of 2022)", Var.CN_ALIGNMENT_RU,
                new String[] {"hostile", "distant", "normal", "partners", "allied"}, new double[] {0, 0.25, 0.5, 0.75, 1.0});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("rivalry with Moscow", -rivalry.value() * w.value(Var.CN_RIVALRY_RU));
        t.add("tension with the US", us.value() * w.value(Var.CN_TENSION_US));
        t.add("Moscow's tension with the US", usRu.value() * w.value(Var.US_TENSION_RU));
        t.add("tension with Japan", japan.value() * w.value(Var.CN_TENSION_JP));
        return t.sum();
    }

    @Override public String sentence(int from, int to) {
        if (to < from && to == 2) return "Beijing cools toward Moscow, to normal relations";
        if (to < from && to == 3) return "Beijing loosens its alliance with Moscow to a strategic partnership";
        if (to > from && to == 1) return "Beijing eases its hostility to Moscow, keeping it at a distance";
        return sentence(to);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Beijing treats Moscow as an adversary";
            case 1 -> "Beijing keeps Moscow at a distance";
            case 2 -> "Beijing normalises relations with Moscow";
            case 3 -> "Beijing aligns with Moscow as a strategic partner";
            default -> "Beijing allies itself closely with Moscow";
        };
    }

    /** Outlives the dispute: a treaty does not settle it. */
    @Override protected boolean settledByTreaty() { return false; }
}
