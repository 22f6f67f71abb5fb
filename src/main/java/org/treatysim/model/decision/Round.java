package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * The two governments hold a negotiating round on the treaty this month (a summit, or foreign ministers' talks on the
 * treaty): only while the talks are open. Likelier the more committed both leaders are, the better relations are,
 * while joint activity gives them an agenda, and the closer their declared positions (there is something to settle:
 * 1956, the 1990s, 2013-19; little between Tokyo's four islands and Moscow's "no problem" of 1961-85), and when Moscow
 * courts Tokyo: against a US-China front (Tanaka in Moscow, 1973, after Nixon's Beijing visit) or for Japanese capital
 * (Siberian development in the 1970s, the crises of 1991 and 1998). In a round one
 * side may make an offer (the negotiation protocol). Abe and Putin met 27 times by September 2019
 * (https://www2.jimin.jp/english/news/138930.html): about four meetings a year.
 */
public final class Round extends ActRule {
    private final Coef base = coef("base"), commitment = coef("commitment"), affinity = coef("affinity"),
            joint = coef("joint_activity"), gap = coef("declared_gap"), encirclement = coef("encirclement"), need = coef("need"),
            boost = coef("commitment_boost");

    public Round() {
        super("JP_RU.round", Country.JP, "Tokyo and Moscow hold a negotiating round on the treaty", "meet");
    }

    @Override protected double propensity(TreatyModel m, World w) {
        if (!w.channelOpen()) return Double.NEGATIVE_INFINITY;
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("both leaders' commitment", commitment.value() * (w.value(Var.JP_COMMITMENT) + w.value(Var.RU_COMMITMENT) - 1.0));
        t.add("relations", affinity.value() * w.value(Var.JP_RU_AFFINITY));
        t.add("joint activity on the agenda", joint.value() * w.value(Var.JP_RU_JOINT));
        t.add("declared positions apart", -gap.value() * Math.max(0.0, w.value(Var.JP_DECLARED_DEMAND) - w.value(Var.RU_DECLARED_OFFER)));
        t.add("a US-China front to split", encirclement.value() * w.value(Var.CN_RIVALRY_RU) * (1.0 - w.value(Var.CN_TENSION_US)));
        t.add("Moscow's need for Japanese capital", need.value() * Signals.effectiveNeed(w, m.params()));
        return t.sum();
    }

    /** Chance of a round this month given the state (for the hazard; not a draw). */
    public double probability(TreatyModel m, World w) {
        terms.reset();
        double v = propensity(m, w);
        return v == Double.NEGATIVE_INFINITY ? 0.0 : sigmoid(v);
    }

    @Override protected void act(TreatyModel m, World w) {
        w.noteRound();
        w.addImpulse(Var.JP_COMMITMENT, boost.value(), 6);
        w.addImpulse(Var.RU_COMMITMENT, boost.value(), 6);
    }

    @Override public String sentence(int k) { return "Tokyo and Moscow hold a round of peace-treaty talks"; }

    /** No round while the talks are suspended, not even a forced one. */
    @Override protected boolean available(World w, int k) { return k == 0 || w.channelOpen(); }
}
