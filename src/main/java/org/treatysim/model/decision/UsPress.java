package org.treatysim.model.decision;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/**
 * Washington presses Tokyo against a concession when a deal comes near: Dulles's warning of August 1956 that
 * recognising Soviet sovereignty could cost Japan Okinawa; Obama's "now is not the time" of 2016. A deal is near when
 * talks are open and Japan's bottom line reaches Moscow's declared offer. The propensity rises with nearness weighted
 * by US-Soviet/Russian tension (a deal matters to Washington when it would hand an adversary a gain: the record has US
 * pressure in 1956 and 2016, both tense years, and none in the partnership years of the 1990s), with that tension weighted by
 * the alliance, and while the US holds Okinawa (the lever of 1956). While pressing, US
 * pressure (alliance x pressing) hardens Japan's demand and drains its leader's commitment, and a deal Tokyo has
 * agreed is blocked with probability {@code us.press.block_*}.
 */
public final class UsPress extends SwitchRule {
    private final Coef base = coef("base"), near = coef("near"), tension = coef("tension"), okinawa = coef("okinawa"),
            blockBase = coef("block_base"), blockOkinawa = coef("block_okinawa"), blockCost = coef("block_commitment_cost");

    public UsPress() {
        super("US.press", Country.US, "Washington presses Tokyo against a concession when a deal comes near", "none", "press");
    }

    /** How near a deal is, as Washington sees it (0-1): Japan's bottom line within one island of Moscow's offer. */
    public static double nearness(World w) {
        if (!w.channelOpen()) return 0.0;
        double gap = w.value(Var.JP_MIN_ACCEPT) - w.value(Var.RU_DECLARED_OFFER);
        return Math.max(0.0, Math.min(1.0, 1.0 - gap));
    }

    @Override protected double propensity(TreatyModel m, World w) {
        Terms t = terms;
        t.add(Terms.STANDING, base.value());
        t.add("a deal coming near while Moscow is an adversary", near.value() * nearness(w) * w.value(Var.US_TENSION_RU));
        t.add("tension with Moscow x alliance", tension.value() * w.value(Var.US_TENSION_RU) * w.value(Var.US_ALLIANCE_JP));
        t.add("Okinawa still held", okinawa.value() * w.value(Var.US_OKINAWA));
        return t.sum();
    }

    @Override protected boolean isOn(World w) { return w.value(Var.US_PRESSING) > 0.5; }

    @Override protected void set(TreatyModel m, World w, boolean on) {
        w.setDecision(Var.US_PRESSING, on ? 1 : 0);
        w.put(Var.US_PRESSURE, (on ? 1 : 0) * w.value(Var.US_ALLIANCE_JP));
    }

    /**
     * Chance that a deal conceding islands, agreed by Tokyo, is dropped under US pressure: {@code block_base} x the
     * alliance's depth, plus {@code block_okinawa} while the US holds Okinawa; 0 while Washington does not press.
     */
    public double blockProbability(World w) {
        if (!isOn(w)) return 0.0;
        return Math.max(0.0, Math.min(1.0, blockBase.value() * w.value(Var.US_ALLIANCE_JP) + blockOkinawa.value() * w.value(Var.US_OKINAWA)));
    }

    /** A blocked deal costs the Japanese leader commitment. */
    public void blocked(World w) { w.addImpulse(Var.JP_COMMITMENT, -blockCost.value(), 6); }

    @Override public String sentence(int k) {
        return k == 1 ? "Washington presses Tokyo not to concede the islands" : "Washington stops pressing Tokyo on the islands";
    }
}
