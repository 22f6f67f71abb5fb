package org.treatysim.model.scripted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** v0.1's mechanisms, kept as the scripted null model: the noise-driven two-level hazard and the agents' couplings. */
class ScriptedMechanismTest {
    private Scenario scenario;
    private ModelParams params;
    private World w;

    @BeforeEach void setUp() {
        scenario = TestSupport.baseline().withAgents(Scenario.Agents.SCRIPTED);
        params = new ModelParams(scenario.parameters(), ParameterDraw.bestValues(scenario.parameters()));
        w = new World(params);
    }

    @Test void pZopaIsOneHalfWhenTheReservationPointsMeetAndRisesWithTheOverlap() {
        ScriptedHazard.Outcome o = new ScriptedHazard.Outcome();
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 2.0);
        ScriptedHazard.evaluate(w, params, o);
        assertEquals(0.5, o.pZopa, 1e-12);
        assertEquals(2.0, o.settlement, 1e-12);
        double atZero = o.hazard;
        w.set(Var.RU_MAX_OFFER, 2.5);
        ScriptedHazard.evaluate(w, params, o);
        assertTrue(o.pZopa > 0.85, "overlap of 0.5 islands: " + o.pZopa);
        assertEquals(2.25, o.settlement, 1e-12);
        assertTrue(o.hazard > atZero);
        w.set(Var.RU_MAX_OFFER, 0.0);
        ScriptedHazard.evaluate(w, params, o);
        assertTrue(o.pZopa < 1e-6, "two islands apart: no zone of agreement");
    }
    @Test void aSuspendedChannelMeansNoSigning() {
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 3.0);
        w.setChannelOpen(false);
        ScriptedHazard.Outcome o = new ScriptedHazard.Outcome();
        ScriptedHazard.evaluate(w, params, o);
        assertEquals(0.0, o.hazard, 0.0);
        assertTrue(o.pZopa > 0.99);
    }
    @Test void theHazardScalesWithBothLeadersCommitment() {
        w.set(Var.JP_MIN_ACCEPT, 2.0);
        w.set(Var.RU_MAX_OFFER, 2.2);
        w.setLeader(Country.JP, "A", 0.8);
        w.setLeader(Country.RU, "B", 0.5);
        ScriptedHazard.Outcome o = new ScriptedHazard.Outcome();
        ScriptedHazard.evaluate(w, params, o);
        double h = o.hazard;
        w.setLeader(Country.RU, "C", 0.25);
        ScriptedHazard.evaluate(w, params, o);
        assertEquals(h / 2, o.hazard, 1e-12);
        assertEquals("C", w.leader(Country.RU));
    }
    @Test void russianRatificationFallsWithPublicOppositionWhenThePublicCounts() {
        w.setBaseline(Var.RU_PUBLIC_WEIGHT, 0.8);
        w.set(Var.RU_PUBLIC_WEIGHT, 0.8);
        w.set(Var.RU_SUPPORT_TRANSFER, 10);
        double low = ScriptedHazard.ratifyRussia(w, params);
        w.set(Var.RU_SUPPORT_TRANSFER, 40);
        double high = ScriptedHazard.ratifyRussia(w, params);
        assertTrue(high > low);
        w.set(Var.RU_PUBLIC_WEIGHT, 0.0);
        assertEquals(1.0, ScriptedHazard.ratifyRussia(w, params), 1e-12, "a Soviet-style leadership ignores the public");
    }
    @Test void japaneseAcceptanceFollowsThePolls() {
        // Half the public accepts a deal at the documented midpoint (Asahi, Jan 2019); few accept two islands only.
        double mid = params.get(Coefficient.JP_ACCEPT_MID);
        double w8 = params.get(Coefficient.JP_PUBLIC_WEIGHT);
        assertEquals(1 - w8 * 0.5, ScriptedHazard.ratifyJapan(mid, params), 1e-12);
        assertTrue(ScriptedHazard.ratifyJapan(2.0, params) < ScriptedHazard.ratifyJapan(3.0, params));
    }
    @Test void usPressureIsAllianceTimesTension() {
        w.setBaseline(Var.US_ALLIANCE_JP, 0.9);
        w.set(Var.US_ALLIANCE_JP, 0.9);
        w.setBaseline(Var.US_TENSION_RU, 0.5);
        w.set(Var.US_TENSION_RU, 0.5);
        TreatyModel m = model();
        new ScriptedUnitedStates().step(m);
        assertEquals(0.45, w.value(Var.US_PRESSURE), 1e-12);
    }
    @Test void usPressureRaisesJapansReservationPoint() {
        TreatyModel m = model();
        w.set(Var.US_TENSION_RU, 0.0);
        w.setBaseline(Var.US_TENSION_RU, 0.0);
        new ScriptedUnitedStates().step(m);
        World calm = copyAfterJapanSteps(m, 24);
        setUp();
        TreatyModel m2 = model();
        w.set(Var.US_TENSION_RU, 1.0);
        w.setBaseline(Var.US_TENSION_RU, 1.0);
        new ScriptedUnitedStates().step(m2);
        World tense = copyAfterJapanSteps(m2, 24);
        assertTrue(tense.value(Var.JP_MIN_ACCEPT) > calm.value(Var.JP_MIN_ACCEPT) + 0.1,
                "tension " + tense.value(Var.JP_MIN_ACCEPT) + " vs calm " + calm.value(Var.JP_MIN_ACCEPT));
    }
    @Test void economicNeedWidensRussiasOffer() {
        TreatyModel m = model();
        w.setBaseline(Var.RU_ECONOMIC_NEED, 0.0);
        w.set(Var.RU_ECONOMIC_NEED, 0.0);
        for (int i = 0; i < 36; i++) new ScriptedRussia().step(m);
        double lowNeed = w.value(Var.RU_MAX_OFFER);
        setUp();
        TreatyModel m2 = model();
        w.setBaseline(Var.RU_ECONOMIC_NEED, 1.0);
        w.set(Var.RU_ECONOMIC_NEED, 1.0);
        for (int i = 0; i < 36; i++) new ScriptedRussia().step(m2);
        assertTrue(w.value(Var.RU_MAX_OFFER) > lowNeed + 0.2, "need 1 vs 0: " + w.value(Var.RU_MAX_OFFER) + " vs " + lowNeed);
    }
    private TreatyModel model() {
        TreatyModel m = new TreatyModel(1, scenario, ParameterDraw.bestValues(scenario.parameters()), null) {
            @Override public World world() { return w; }
        };
        return m;
    }

    private World copyAfterJapanSteps(TreatyModel m, int months) {
        for (int i = 0; i < months; i++) new ScriptedJapan().step(m);
        return w;
    }
}
