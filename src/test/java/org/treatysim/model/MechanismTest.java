package org.treatysim.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.model.decision.Signals;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state's own mechanics, shared by both kinds of agents: ratchets, impulses, relaxation, relations. */
class MechanismTest {
    private Scenario scenario;
    private ModelParams params;
    private World w;

    @BeforeEach void setUp() {
        scenario = TestSupport.baseline();
        params = new ModelParams(scenario.parameters(), ParameterDraw.bestValues(scenario.parameters()));
        w = new World(params);
    }

    @Test void initialStateComesFromTheParameterFile() {
        assertEquals(scenario.parameters().get("init.RU.max_offer"), w.value(Var.RU_MAX_OFFER), 1e-12);
        assertEquals(scenario.parameters().get("init.US.alliance_JP"), w.baseline(Var.US_ALLIANCE_JP), 1e-12);
        assertTrue(w.channelOpen());
    }
    @Test void aRatchetCapsRussiasOfferAtOnceAndLiftingItFreesTheDynamics() {
        w.set(Var.RU_MAX_OFFER, 2.0);
        w.addRatchet("constitution-2020", Var.RU_MAX_OFFER, 0.0);
        assertEquals(0.0, w.value(Var.RU_MAX_OFFER), 0.0);
        w.set(Var.RU_MAX_OFFER, 3.0);
        assertEquals(0.0, w.value(Var.RU_MAX_OFFER), 0.0, "a legal cap binds events too");
        w.liftRatchet("constitution-2020");
        w.set(Var.RU_MAX_OFFER, 3.0);
        assertEquals(3.0, w.value(Var.RU_MAX_OFFER), 1e-12);
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
        assertEquals(2.2, w.value(Var.JP_MIN_ACCEPT), 1e-12);
    }
    @Test void anImpulseHalvesEachHalfLifeAndThenVanishes() {
        w.set(Var.JP_COMMITMENT, 0.4);
        w.addImpulse(Var.JP_COMMITMENT, 0.2, 6);
        assertEquals(0.6, w.value(Var.JP_COMMITMENT), 1e-12);
        for (int i = 0; i < 6; i++) w.decayImpulses();
        assertEquals(0.5, w.value(Var.JP_COMMITMENT), 1e-9);
        for (int i = 0; i < 200; i++) w.decayImpulses();
        assertEquals(0.4, w.value(Var.JP_COMMITMENT), 1e-4);
    }
    @Test void observedValuesStayInTheirUnitsRange() {
        w.set(Var.RU_SUPPORT_TRANSFER, 150);
        assertEquals(100, w.value(Var.RU_SUPPORT_TRANSFER), 0.0);
        w.addImpulse(Var.JP_COMMITMENT, 5, 6);
        assertEquals(1.0, w.value(Var.JP_COMMITMENT), 0.0);
    }
    @Test void relaxationCoversHalfTheDistanceInOneHalfLife() {
        w.set(Var.US_TENSION_RU, 0.0);
        double r = Rates.perMonth(6);
        for (int i = 0; i < 6; i++) w.relax(Var.US_TENSION_RU, 1.0, r);
        assertEquals(0.5, w.value(Var.US_TENSION_RU), 1e-9);
    }
    @Test void annualisedHazardCompoundsTwelveMonths() {
        assertEquals(1 - Math.pow(0.99, 12), Rates.annualise(0.01), 1e-15);
        assertEquals(0.0, Rates.annualise(0.0), 0.0);
    }
    @Test void affinityFollowsReciprocity() {
        TreatyModel m = model();
        w.setLeader(Country.JP, "A", 0.9);
        w.setLeader(Country.RU, "B", 0.9);
        for (int i = 0; i < 48; i++) { new Relations().step(m); w.set(Var.JP_COMMITMENT, 0.9); w.set(Var.RU_COMMITMENT, 0.9); }
        double warm = w.value(Var.JP_RU_AFFINITY);
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
    @Test void chinaRussiaAlignmentSubstitutesRussianNeed() {
        w.set(Var.RU_ECONOMIC_NEED, 0.8);
        w.setDecision(Var.CN_ALIGNMENT_RU, 0.0);
        double alone = Signals.effectiveNeed(w, params);
        w.setDecision(Var.CN_ALIGNMENT_RU, 1.0);
        double aligned = Signals.effectiveNeed(w, params);
        assertEquals(0.8, alone, 1e-12);
        assertEquals(0.8 * (1 - params.get(Coefficient.RU_CHINA_SUBSTITUTION)), aligned, 1e-12);
    }

    @Test void japaneseSanctionsCutTheTrendOfTrade() {
        TreatyModel m = model();
        w.setBaseline(Var.JP_RU_TRADE_GROWTH, 10);
        w.set(Var.JP_RU_TRADE_GROWTH, 10);
        w.set(Var.JP_RU_TRADE, 10);
        w.setDecision(Var.JP_SANCTIONS, 2);
        double before = w.value(Var.JP_RU_TRADE);
        new Relations().step(m);
        double expected = Math.pow(1 + (10 - 2 * params.get(Coefficient.SANCTIONS_TRADE_GROWTH)) / 100.0, 1.0 / 12.0);
        double noise = Math.abs(Math.log(w.value(Var.JP_RU_TRADE) / before / expected));
        assertTrue(noise < 4 * params.get(Coefficient.TRADE_NOISE_SD), "growth " + w.value(Var.JP_RU_TRADE) / before + " vs trend " + expected);
    }

    private TreatyModel model() {
        TreatyModel m = new TreatyModel(1, scenario, ParameterDraw.bestValues(scenario.parameters()), null) {
            @Override public World world() { return w; }
        };
        return m;
    }
}
