package org.treatysim.model.negotiation;

import org.treatysim.model.DecisionObserver;
import org.treatysim.model.ModelParams;
import org.treatysim.model.Rates;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.model.decision.Acceptance;
import org.treatysim.model.decision.Round;
import org.treatysim.model.decision.UsPress;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiation in the agent model: offers under private information, one month at a time.
 * <ol>
 *   <li>Beliefs drift: each side expects the other's bound to lie {@code negotiation.belief_margin_islands} beyond its
 *       declared position, with spread relaxing toward {@code negotiation.belief_sd}; a new leader on the other side
 *       widens it to {@code negotiation.belief_sd_new_leader} (he may not honour his predecessor's line).</li>
 *   <li>While talks are open the governments may hold a round ({@link Round}). In a round the keener leader (higher
 *       commitment; alternating on a tie) proposes what the theory says; the other accepts what lies in its win-set
 *       (an intervention can force or forbid acceptance: then the deal is the other side's declared position).</li>
 *   <li>A rejected offer teaches the proposer where the other's bound is not (its belief is truncated there) and costs
 *       it some commitment.</li>
 *   <li>An agreed deal that concedes islands is blocked by Washington with the probability {@link UsPress} gives while
 *       it presses; else each side ratifies it with the theory's probability. A signed and ratified treaty is
 *       absorbing.</li>
 * </ol>
 * Each month records the first gate that stopped a treaty ({@code gate.*}) and the hazard: the chance, given the state,
 * that the month ends in a treaty (P(round) x the accepted offer's chance of passing the third party and both
 * ratifications), annualised. Its mean over live replications is the expected share that sign that month. Four
 * uniforms are drawn every month in every state (round, block, two ratifications).
 */
public final class Protocol implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Var[] GATES = {Var.GATE_CLOSED, Var.GATE_NO_OVERLAP, Var.GATE_NO_OFFER, Var.GATE_REJECTED,
            Var.GATE_THIRD_PARTY, Var.GATE_RATIFY_JP, Var.GATE_RATIFY_RU, Var.GATE_SIGNED};

    private final BargainingTheory theory;
    private final Round round;
    private final Acceptance jpAccept, ruAccept;
    private final UsPress press;
    private ModelParams p;
    private int beliefSd, beliefSdNew, margin, rejectionCost, ratifyFailCost;
    private double beliefRate;

    public Protocol(BargainingTheory theory, Round round, Acceptance jpAccept, Acceptance ruAccept, UsPress press) {
        this.theory = theory;
        this.round = round;
        this.jpAccept = jpAccept;
        this.ruAccept = ruAccept;
        this.press = press;
    }

    public BargainingTheory theory() { return theory; }

    public static final java.util.List<String> PARAMETERS = java.util.List.of("negotiation.belief_sd", "negotiation.belief_sd_new_leader",
            "negotiation.belief_halflife_months", "negotiation.belief_margin_islands", "negotiation.rejection_cost",
            "negotiation.ratification_failure_cost");

    public void bind(ModelParams p) {
        this.p = p;
        theory.bind(p);
        beliefSd = p.index("negotiation.belief_sd");
        beliefSdNew = p.index("negotiation.belief_sd_new_leader");
        margin = p.index("negotiation.belief_margin_islands");
        rejectionCost = p.index("negotiation.rejection_cost");
        ratifyFailCost = p.index("negotiation.ratification_failure_cost");
        beliefRate = Rates.perMonth(p.get("negotiation.belief_halflife_months"));
    }

    /** Initial beliefs: each side reads the other's declared position plus the margin. */
    public void start(World w) {
        double sd = p.value(beliefSd), mg = p.value(margin);
        w.setBeliefs(w.value(Var.RU_DECLARED_OFFER) + mg, sd, w.value(Var.JP_DECLARED_DEMAND) - mg, sd);
    }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        int t = w.month();
        w.refreshDerivedAgents();
        drift(w, t);
        theory.month(m, w);
        double pRound = round.forced(t, 1) ? 1.0 : round.forbidden(t, 1) ? 0.0 : round.probability(m, w);
        boolean signedBefore = m.signedStep() >= 0;
        int met = signedBefore ? 0 : round.decide(m, w, m.random.nextDouble());
        if (signedBefore) m.random.nextDouble();
        double uBlock = m.random.nextDouble(), uRatJ = m.random.nextDouble(), uRatR = m.random.nextDouble();
        if (signedBefore) {
            for (Var g : GATES) w.put(g, Double.NaN);
            w.put(Var.TREATY_HAZARD_ANNUAL, Double.NaN);
            w.put(Var.JP_RU_ROUND, 0);
            w.refreshDerivedAgents();
            return;
        }
        w.put(Var.JP_RU_ROUND, met);
        double jpMin = theory.jpMin(w), ruMax = theory.ruMax(w);
        boolean overlap = jpMin <= ruMax;
        w.put(Var.TREATY_P_ZOPA, overlap ? 1 : 0);
        Var gate;
        double hazard = 0, settlement = Math.max(0, Math.min(4, 0.5 * (Math.max(0, jpMin) + Math.min(4, ruMax))));
        if (!w.channelOpen()) {
            gate = Var.GATE_CLOSED;
        } else {
            // Forbidding rejection is forcing acceptance (an answer has two options).
            boolean jpForced = jpAccept.forced(t, Acceptance.ACCEPT) || jpAccept.forbidden(t, Acceptance.REJECT);
            boolean ruForced = ruAccept.forced(t, Acceptance.ACCEPT) || ruAccept.forbidden(t, Acceptance.REJECT);
            boolean jpNo = jpAccept.forced(t, Acceptance.REJECT) || jpAccept.forbidden(t, Acceptance.ACCEPT);
            boolean ruNo = ruAccept.forced(t, Acceptance.REJECT) || ruAccept.forbidden(t, Acceptance.ACCEPT);
            Country proposer = proposer(w, jpForced, ruForced);
            double x = Double.NaN;
            boolean accept = false;
            if (met == 1 || overlap || jpForced || ruForced) {
                if (jpForced) x = w.value(Var.RU_DECLARED_OFFER);
                else if (ruForced) x = w.value(Var.JP_DECLARED_DEMAND);
                else x = theory.propose(proposer, w, jpMin, ruMax);
                if (!Double.isNaN(x)) {
                    settlement = x;
                    accept = proposer == Country.JP
                            ? (ruForced || (!ruNo && x <= ruMax))
                            : (jpForced || (!jpNo && x >= jpMin));
                }
            }
            double pBlock = x < 4.0 ? press.blockProbability(w) : 0.0;
            double rJ = accept ? theory.ratifyJp(w, x) : 0, rR = accept ? theory.ratifyRu(w, x) : 0;
            if (accept) hazard = pRound * (1.0 - pBlock) * rJ * rR;
            boolean anyway = jpForced || ruForced;
            if (met == 0) {
                gate = overlap || anyway ? Var.GATE_NO_OFFER : Var.GATE_NO_OVERLAP;
            } else if (Double.isNaN(x)) {
                gate = overlap ? Var.GATE_NO_OFFER : Var.GATE_NO_OVERLAP;
            } else {
                Country responder = proposer == Country.JP ? Country.RU : Country.JP;
                note(m, t, proposer, (proposer == Country.JP ? "JP" : "RU") + ".propose", "offer", x,
                        jpForced || ruForced ? "the other side's declared position" : "best offer given its belief");
                note(m, t, responder, (responder == Country.JP ? "JP" : "RU") + ".accept", accept ? "accept" : "reject", accept ? 1 : 0,
                        accept ? (anyway ? "intervention: forced" : "inside its win-set") : ((responder == Country.JP ? jpNo : ruNo) ? "intervention: forbidden"
                                : responder == Country.RU ? "more than Moscow can sign and ratify" : "less than Tokyo can sign and ratify"));
                if (!accept) {
                    gate = overlap ? Var.GATE_REJECTED : Var.GATE_NO_OVERLAP;
                    learn(w, proposer, x);
                    w.addImpulse(proposer == Country.JP ? Var.JP_COMMITMENT : Var.RU_COMMITMENT, -p.value(rejectionCost), 6);
                } else if (uBlock < pBlock) {
                    gate = Var.GATE_THIRD_PARTY;
                    note(m, t, Country.US, "US.block", "block", 1, "Washington presses against a concession");
                    press.blocked(w);
                } else if (uRatJ >= rJ) {
                    gate = Var.GATE_RATIFY_JP;
                    note(m, t, Country.JP, "JP.ratify", "fail", 0, String.format(java.util.Locale.ROOT, "P(ratify) %.2f", rJ));
                    w.addImpulse(Var.JP_COMMITMENT, -p.value(ratifyFailCost), 12);
                } else if (uRatR >= rR) {
                    gate = Var.GATE_RATIFY_RU;
                    note(m, t, Country.RU, "RU.ratify", "fail", 0, String.format(java.util.Locale.ROOT, "P(ratify) %.2f", rR));
                    w.addImpulse(Var.RU_COMMITMENT, -p.value(ratifyFailCost), 12);
                } else {
                    gate = Var.GATE_SIGNED;
                    m.sign(x);
                    w.put(Var.TREATY_SIGNED, 1.0);
                    note(m, t, Country.JP, "treaty", "signed", x, String.format(java.util.Locale.ROOT, "%.2f islands to Japan", x));
                }
            }
        }
        for (Var g : GATES) w.put(g, g == gate ? 1.0 : 0.0);
        w.put(Var.TREATY_SETTLEMENT, settlement);
        w.put(Var.TREATY_P_RATIFY, theory.ratifyJp(w, settlement) * theory.ratifyRu(w, settlement));
        w.put(Var.TREATY_HAZARD_ANNUAL, Rates.annualise(Math.max(0.0, Math.min(1.0, hazard))));
        w.refreshDerivedAgents();
    }

    /** The keener leader proposes; on a tie, the sides alternate. A forced acceptance makes the other side propose. */
    private static Country proposer(World w, boolean jpForced, boolean ruForced) {
        if (jpForced) return Country.RU;
        if (ruForced) return Country.JP;
        double cj = w.value(Var.JP_COMMITMENT), cr = w.value(Var.RU_COMMITMENT);
        if (cj > cr) return Country.JP;
        if (cr > cj) return Country.RU;
        return w.rounds() % 2 == 0 ? Country.JP : Country.RU;
    }

    /** Beliefs drift toward the other side's declared position plus the margin; a new leader widens them. */
    private void drift(World w, int t) {
        double sd0 = p.value(beliefSd), mg = p.value(margin), r = beliefRate;
        double jm = w.jpBeliefMean() + (w.value(Var.RU_DECLARED_OFFER) + mg - w.jpBeliefMean()) * r;
        double js = w.jpBeliefSd() + (sd0 - w.jpBeliefSd()) * r;
        double rm = w.ruBeliefMean() + (w.value(Var.JP_DECLARED_DEMAND) - mg - w.ruBeliefMean()) * r;
        double rs = w.ruBeliefSd() + (sd0 - w.ruBeliefSd()) * r;
        double wide = p.value(beliefSdNew);
        if (w.leaderSince(Country.RU) == t) js = Math.max(js, wide);
        if (w.leaderSince(Country.JP) == t) rs = Math.max(rs, wide);
        w.setBeliefs(jm, js, rm, rs);
    }

    /** A rejected offer: the proposer learns the other's bound lies on the far side of it. */
    private static void learn(World w, Country proposer, double x) {
        if (proposer == Country.JP) {
            double[] b = Offers.afterRejectionBelow(x, w.jpBeliefMean(), w.jpBeliefSd());
            w.setBeliefs(b[0], b[1], w.ruBeliefMean(), w.ruBeliefSd());
        } else {
            double[] b = Offers.afterRejectionAbove(x, w.ruBeliefMean(), w.ruBeliefSd());
            w.setBeliefs(w.jpBeliefMean(), w.jpBeliefSd(), b[0], b[1]);
        }
    }

    private static void note(TreatyModel m, int t, Country actor, String rule, String option, double value, String cause) {
        DecisionObserver o = m.decisionObserver();
        if (o != null) o.decided(t, actor, rule, option, value, cause);
    }
}
