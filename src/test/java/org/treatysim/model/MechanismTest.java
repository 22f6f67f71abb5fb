package org.treatysim.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each submodel on its own: ratchets, impulses, relaxation, the two-level hazard and the agents' couplings. */
class MechanismTest {
    private Scenario scenario;
    private ModelParams params;
    private World w;

    @BeforeEach void setUp() {
        scenario = TestSupport.baseline();
        params = new ModelParams(ParameterDraw.point(scenario.parameters()));
        w = new World(params);
    }

    @Test void initialStateComesFromTheParameterFile() {
        assertEquals(scenario.parameters().get("init.RU.max_offer"), w.v(Var.RU_MAX_OFFER), 1e-12);
        assertEquals(scenario.parameters().get("init.US.alliance_JP"), w.baseline(Var.US_ALLIANCE_JP), 1e-12);
        assertTrue(w.channelOpen());
    }

    @Test void aRatchetCapsRussiasOfferAtOnceAndLiftingItFreesTheDynamics() {
        w.set(Var.RU_MAX_OFFER, 2.0);
        w.addRatchet("constitution-2020", Var.RU_MAX_OFFER, 0.0);
        assertEquals(0.0, w.v(Var.RU_MAX_OFFER), 0.0);
        w.set(Var.RU_MAX_OFFER, 3.0);
        assertEquals(0.0, w.v(Var.RU_MAX_OFFER), 0.0, "a legal cap binds events too");
        w.liftRatchet("constitution-2020");
        w.set(Var.RU_MAX_OFFER, 3.0);
        assertEquals(3.0, w.v(Var.RU_MAX_OFFER), 1e-12);
    }

    @Test void theTightestOfSeveralCapsBinds() {
        w.addRatchet("a", Var.RU_MAX_OFFER, 1.5);
        w.addRatchet("b", Var.RU_MAX_OFFER, 0.5);
        w.refreshDerived();
        assertEquals(0.5, w.ruCap(), 0.0);
        w.liftRatchet("b");
        assertEquals(1.5, w.ruCap(), 0.0);
    }

    @Test void aFloorHoldsJapansReservationPoint() {
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.addRatchet("inherent-territory-2009", Var.JP_MIN_ACCEPT, 2.2);
        assertEquals(2.2, w.v(Var.JP_MIN_ACCEPT), 1e-12);
    }

    @Test void anImpulseHalvesEachHalfLifeAndThenVanishes() {
        w.set(Var.JP_COMMITMENT, 0.4);
        w.addImpulse(Var.JP_COMMITMENT, 0.2, 6);
        assertEquals(0.6, w.v(Var.JP_COMMITMENT), 1e-12);
        for (int i = 0; i < 6; i++) w.decayImpulses();
        assertEquals(0.5, w.v(Var.JP_COMMITMENT), 1e-9);
        for (int i = 0; i < 200; i++) w.decayImpulses();
        assertEquals(0.4, w.v(Var.JP_COMMITMENT), 1e-4);
    }

    @Test void observedValuesStayInTheirUnitsRange() {
        w.set(Var.RU_SUPPORT_TRANSFER, 150);
        assertEquals(100, w.v(Var.RU_SUPPORT_TRANSFER), 0.0);
        w.addImpulse(Var.JP_COMMITMENT, 5, 6);
        assertEquals(1.0, w.v(Var.JP_COMMITMENT), 0.0);
    }

    @Test void relaxationCoversHalfTheDistanceInOneHalfLife() {
        w.set(Var.US_TENSION_RU, 0.0);
        double r = Rates.perMonth(6);
        for (int i = 0; i < 6; i++) w.relax(Var.US_TENSION_RU, 1.0, r);
        assertEquals(0.5, w.v(Var.US_TENSION_RU), 1e-9);
    }

    @Test void annualisedHazardCompoundsTwelveMonths() {
        assertEquals(1 - Math.pow(0.99, 12), Rates.annualise(0.01), 1e-15);
        assertEquals(0.0, Rates.annualise(0.0), 0.0);
    }

    @Test void pZopaIsOneHalfWhenTheReservationPointsMeetAndRisesWithTheOverlap() {
        TwoLevelTheory t = new TwoLevelTheory();
        BargainingTheory.Outcome o = new BargainingTheory.Outcome();
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 2.0);
        t.evaluate(w, params, o);
        assertEquals(0.5, o.pZopa, 1e-12);
        assertEquals(2.0, o.settlement, 1e-12);
        double atZero = o.hazard;
        w.set(Var.RU_MAX_OFFER, 2.5);
        t.evaluate(w, params, o);
        assertTrue(o.pZopa > 0.85, "overlap of 0.5 islands: " + o.pZopa);
        assertEquals(2.25, o.settlement, 1e-12);
        assertTrue(o.hazard > atZero);
        w.set(Var.RU_MAX_OFFER, 0.0);
        t.evaluate(w, params, o);
        assertTrue(o.pZopa < 1e-6, "two islands apart: no zone of agreement");
    }

    @Test void aSuspendedChannelMeansNoSigning() {
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 3.0);
        w.setChannelOpen(false);
        BargainingTheory.Outcome o = new BargainingTheory.Outcome();
        new TwoLevelTheory().evaluate(w, params, o);
        assertEquals(0.0, o.hazard, 0.0);
        assertTrue(o.pZopa > 0.99);
    }

    @Test void theHazardScalesWithBothLeadersCommitment() {
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 2.2);
        w.setLeader(Country.JP, "A", 0.8);
        w.setLeader(Country.RU, "B", 0.5);
        BargainingTheory.Outcome o = new BargainingTheory.Outcome();
        new TwoLevelTheory().evaluate(w, params, o);
        double h = o.hazard;
        w.setLeader(Country.RU, "C", 0.25);
        new TwoLevelTheory().evaluate(w, params, o);
        assertEquals(h / 2, o.hazard, 1e-12);
        assertEquals("C", w.leader(Country.RU));
    }

    @Test void russianRatificationFallsWithPublicOppositionWhenThePublicCounts() {
        w.setBaseline(Var.RU_PUBLIC_WEIGHT, 0.8);
        w.set(Var.RU_PUBLIC_WEIGHT, 0.8);
        w.set(Var.RU_SUPPORT_TRANSFER, 10);
        double low = TwoLevelTheory.ratifyRussia(w, params);
        w.set(Var.RU_SUPPORT_TRANSFER, 40);
        double high = TwoLevelTheory.ratifyRussia(w, params);
        assertTrue(high > low);
        w.set(Var.RU_PUBLIC_WEIGHT, 0.0);
        assertEquals(1.0, TwoLevelTheory.ratifyRussia(w, params), 1e-12, "a Soviet-style leadership ignores the public");
    }

    @Test void japaneseAcceptanceFollowsThePolls() {
        // Half the public accepts a deal at the documented midpoint (Asahi, Jan 2019); few accept two islands only.
        double mid = params.get(P.JP_ACCEPT_MID);
        double w8 = params.get(P.JP_PUBLIC_WEIGHT);
        assertEquals(1 - w8 * 0.5, TwoLevelTheory.ratifyJapan(mid, params), 1e-12);
        assertTrue(TwoLevelTheory.ratifyJapan(2.0, params) < TwoLevelTheory.ratifyJapan(3.0, params));
    }

    @Test void usPressureIsAllianceTimesTension() {
        w.setBaseline(Var.US_ALLIANCE_JP, 0.9);
        w.set(Var.US_ALLIANCE_JP, 0.9);
        w.setBaseline(Var.US_TENSION_RU, 0.5);
        w.set(Var.US_TENSION_RU, 0.5);
        TreatyModel m = model();
        new UnitedStates().step(m);
        assertEquals(0.45, w.v(Var.US_PRESSURE), 1e-12);
    }

    @Test void usPressureRaisesJapansReservationPoint() {
        TreatyModel m = model();
        w.set(Var.US_TENSION_RU, 0.0);
        w.setBaseline(Var.US_TENSION_RU, 0.0);
        new UnitedStates().step(m);
        World calm = copyAfterJapanSteps(m, 24);
        setUp();
        TreatyModel m2 = model();
        w.set(Var.US_TENSION_RU, 1.0);
        w.setBaseline(Var.US_TENSION_RU, 1.0);
        new UnitedStates().step(m2);
        World tense = copyAfterJapanSteps(m2, 24);
        assertTrue(tense.v(Var.JP_MIN_ACCEPT) > calm.v(Var.JP_MIN_ACCEPT) + 0.1,
                "tension " + tense.v(Var.JP_MIN_ACCEPT) + " vs calm " + calm.v(Var.JP_MIN_ACCEPT));
    }

    @Test void chinaRussiaAlignmentSubstitutesRussianNeed() {
        w.set(Var.RU_ECONOMIC_NEED, 0.8);
        w.set(Var.CN_ALIGNMENT_RU, 0.0);
        double alone = Russia.effectiveNeed(w, params);
        w.set(Var.CN_ALIGNMENT_RU, 1.0);
        double aligned = Russia.effectiveNeed(w, params);
        assertEquals(0.8, alone, 1e-12);
        assertEquals(0.8 * (1 - params.get(P.RU_CHINA_SUBSTITUTION)), aligned, 1e-12);
    }

    @Test void economicNeedWidensRussiasOffer() {
        TreatyModel m = model();
        w.setBaseline(Var.RU_ECONOMIC_NEED, 0.0);
        w.set(Var.RU_ECONOMIC_NEED, 0.0);
        for (int i = 0; i < 36; i++) new Russia().step(m);
        double lowNeed = w.v(Var.RU_MAX_OFFER);
        setUp();
        TreatyModel m2 = model();
        w.setBaseline(Var.RU_ECONOMIC_NEED, 1.0);
        w.set(Var.RU_ECONOMIC_NEED, 1.0);
        for (int i = 0; i < 36; i++) new Russia().step(m2);
        assertTrue(w.v(Var.RU_MAX_OFFER) > lowNeed + 0.2, "need 1 vs 0: " + w.v(Var.RU_MAX_OFFER) + " vs " + lowNeed);
    }

    @Test void affinityFollowsReciprocity() {
        TreatyModel m = model();
        w.setLeader(Country.JP, "A", 0.9);
        w.setLeader(Country.RU, "B", 0.9);
        for (int i = 0; i < 48; i++) { new Relations().step(m); w.set(Var.JP_COMMITMENT, 0.9); w.set(Var.RU_COMMITMENT, 0.9); }
        double warm = w.v(Var.JP_RU_AFFINITY);
        assertTrue(warm > 0.2, "two committed leaders warm relations: " + warm);
    }

    @Test void poissonInversionUsesExactlyOneUniform() {
        assertEquals(0, Relations.poisson(0.1, 0.5));
        assertEquals(0, Relations.poisson(0.1, Math.exp(-0.1) - 1e-12));
        assertEquals(1, Relations.poisson(0.1, Math.exp(-0.1) + 1e-12));
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) sum += Relations.poisson(0.7, (i + 0.5) / n);
        assertEquals(0.7, sum / n, 1e-3);
    }

    private TreatyModel model() {
        TreatyModel m = new TreatyModel(1, scenario, ParameterDraw.point(scenario.parameters()), null) {
            @Override World world() { return w; }
        };
        return m;
    }

    private World copyAfterJapanSteps(TreatyModel m, int months) {
        for (int i = 0; i < months; i++) new Japan().step(m);
        return w;
    }
}
