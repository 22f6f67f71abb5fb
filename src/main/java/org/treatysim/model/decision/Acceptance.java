package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;

/**
 * A side's answer to an offer in a negotiating round: accept or reject. In the protocol the answer follows the side's
 * win-set (it accepts what it can sign and ratify); it is registered as a decision so that a what-if can force or
 * forbid it ("what if Japan had taken the two-island offer in 1956?"). The negotiation protocol, not the monthly
 * choice, takes it: {@link #decide} is never called.
 */
public final class Acceptance extends DecisionRule {
    public static final int REJECT = 0, ACCEPT = 1;

    public Acceptance(Country side) {
        super((side == Country.JP ? "JP" : "RU") + ".accept", side,
                (side == Country.JP ? "Tokyo" : "Moscow") + " accepts or rejects the offer on the table", "reject", "accept");
    }

    @Override public int current(World w) { return REJECT; }

    @Override protected void utilities(TreatyModel m, World w, double[] u) {
        throw new UnsupportedOperationException("the negotiation protocol answers offers");
    }

    @Override protected double inertia() { return 0; }

    @Override protected void apply(TreatyModel m, World w, int from, int to) {
        throw new UnsupportedOperationException("the negotiation protocol answers offers");
    }

    @Override public double value(int k) { return k; }

    @Override public String sentence(int k) {
        String who = actor() == Country.JP ? "Tokyo" : "Moscow";
        return k == ACCEPT ? who + " accepts the offer" : who + " rejects the offer";
    }
}
