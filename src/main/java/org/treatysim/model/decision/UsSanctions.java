package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Washington's sanctions on the USSR/Russia: none, targeted (Poland 1981-82, Crimea 2014) or broad (Afghanistan
 * 1980, Ukraine 2022). The target rises with US-Soviet/Russian tension and with Soviet/Russian troops at war abroad
 * (a shock: the invasions are outside the dispute; the sanctions are Washington's choice).
 */
public final class UsSanctions extends LevelRule {
    private final Coef base = coef("base"), tension = coef("tension"), war = coef("war");

    public UsSanctions() {
        super("US.sanctions", Country.US, "Washington's sanctions on Moscow: none, targeted or broad",
                Var.US_SANCTIONS, new String[] {"none", "targeted", "broad"}, new double[] {0, 1, 2});
    }

    @Override protected double target(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("tension with Moscow", tension.value() * w.value(Var.US_TENSION_RU));
        t.add("Soviet/Russian war abroad", war.value() * Math.min(1.0, w.value(Var.RU_WAR_TROOPS) / 100.0));
        return t.sum();
    }

    @Override public String sentence(int from, int to) {
        return to == 1 && from == 2 ? "Washington eases its sanctions on Moscow to targeted measures" : sentence(to);
    }

    @Override public String sentence(int k) {
        return switch (k) {
            case 0 -> "Washington lifts its sanctions on Moscow";
            case 1 -> "Washington imposes targeted sanctions on Moscow";
            default -> "Washington imposes broad sanctions on Moscow";
        };
    }

    /** Outlives the dispute: a treaty does not settle it. */
    @Override protected boolean settledByTreaty() { return false; }
}
