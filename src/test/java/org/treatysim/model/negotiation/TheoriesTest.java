package org.treatysim.model.negotiation;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import static org.junit.jupiter.api.Assertions.*;

/** The three theories in the offers protocol: win-sets, offers, ratification; directions and limits, not values. */
class TheoriesTest {
    static final Scenario S = TestSupport.baseline();
    static final ModelParams P0 = new ModelParams(S.parameters(), ParameterDraw.bestValues(S.parameters()));

    static World world(double minAccept, double maxOffer) {
        World w = new World(P0);
        w.set(Var.JP_MIN_ACCEPT, minAccept);
        w.set(Var.RU_MAX_OFFER, maxOffer);
        w.set(Var.RU_SUPPORT_TRANSFER, 40);
        w.set(Var.RU_PUBLIC_WEIGHT, 0.8);
        w.setBeliefs(maxOffer, 0.5, minAccept, 0.5);
        return w;
    }

    static <T extends BargainingTheory> T bound(T t) {
        t.bind(P0);
        return t;
    }

    @Test void twoLevelWinSetsAreTheGovernmentsBoundsNarrowedByRatification() {
        TwoLevelTheory t = bound(new TwoLevelTheory());
        World w = world(2.0, 3.0);
        assertEquals(2.0, t.jpMin(w), 1e-12, "Japan can ratify any deal with P >= threshold (public weight 0.5)");
        w.set(Var.RU_PUBLIC_WEIGHT, 0.0);
        assertEquals(Double.POSITIVE_INFINITY, t.domesticBound(w), "a public that does not count sets no bound");
        w.set(Var.RU_PUBLIC_WEIGHT, 0.8);
        assertEquals(3.0, t.ruMax(w), 1e-12, "support 40% allows three islands at this threshold");
        w.set(Var.RU_SUPPORT_TRANSFER, 8);
        assertTrue(t.ruMax(w) < 2.0, "with 8% support Russia cannot ratify two islands: its win-set shrinks to " + t.ruMax(w));
        assertTrue(t.ratifyRu(w, 2.0) < t.ratifyRu(w, 1.0), "domestic acceptance falls with the size of the deal");
        assertTrue(t.ratifyJp(w, 2.0) < t.ratifyJp(w, 3.0));
    }

    /** Japan proposes, Moscow answers by its win-set, Japan learns from each rejection: the accepted settlement. */
    static double accepted(TwoLevelTheory t, World w) {
        for (int round = 0; round < 30; round++) {
            double x = t.propose(Country.JP, w, t.jpMin(w), t.ruMax(w));
            if (Double.isNaN(x)) return Double.NaN;
            if (x <= t.ruMax(w)) return x;
            double[] b = Offers.afterRejectionBelow(x, w.jpBeliefMean(), w.jpBeliefSd());
            w.setBeliefs(b[0], b[1], w.ruBeliefMean(), w.ruBeliefSd());
        }
        return Double.NaN;
    }

    @Test void theSettlementLeansTowardTheSideWithTheSmallerWinSet() {
        // Schelling (1960), Putnam (1988): an offer must fit inside the other's win-set, so a government whose public
        // allows less gets a deal nearer its own position.
        TwoLevelTheory t = bound(new TwoLevelTheory());
        World wide = world(2.0, 3.0);
        World narrow = world(2.0, 3.0);
        narrow.set(Var.RU_SUPPORT_TRANSFER, 15);
        assertTrue(t.ruMax(narrow) < 2.5 && t.ruMax(wide) == 3.0, t.ruMax(narrow) + " " + t.ruMax(wide));
        double xWide = accepted(t, wide), xNarrow = accepted(t, narrow);
        assertTrue(xNarrow <= t.ruMax(narrow) + 1e-9, "the accepted deal lies in the narrow win-set: " + xNarrow);
        assertTrue(xNarrow < xWide, "narrow " + xNarrow + " vs wide " + xWide);
    }

    @Test void moreUncertaintyMakesTheBestOfferBolderAndLessLikelyAccepted() {
        // Fearon 1995: the proposer trades the chance of acceptance against its gain; a wider belief lowers the chance.
        TwoLevelTheory t = bound(new TwoLevelTheory());
        double[] chance = new double[3];
        double[] sds = {0.2, 0.5, 1.0};
        for (int i = 0; i < sds.length; i++) {
            World w = world(2.0, 3.0);
            w.setBeliefs(3.0, sds[i], 2.0, sds[i]);
            double x = t.propose(Country.JP, w, t.jpMin(w), t.ruMax(w));
            chance[i] = Offers.acceptAbove(x, 3.0, sds[i]);
        }
        assertTrue(chance[0] > chance[1] && chance[1] > chance[2], java.util.Arrays.toString(chance));
    }

    @Test void aProposerSeeingNoChanceMakesNoOffer() {
        TwoLevelTheory t = bound(new TwoLevelTheory());
        World w = world(3.8, 3.0);
        w.setBeliefs(0.5, 0.2, 3.8, 0.2);
        assertTrue(Double.isNaN(t.propose(Country.JP, w, t.jpMin(w), t.ruMax(w))), "Japan believes Moscow will concede at most half an island");
    }

    @Test void aRejectedOfferTruncatesTheBelief() {
        double[] b = Offers.afterRejectionBelow(2.5, 2.5, 0.5);
        // Truncating N(2.5, 0.5) at its mean: mean 2.5 - 0.5 sqrt(2/pi), sd 0.5 sqrt(1 - 2/pi).
        assertEquals(2.5 - 0.5 * Math.sqrt(2 / Math.PI), b[0], 1e-9);
        assertEquals(0.5 * Math.sqrt(1 - 2 / Math.PI), b[1], 1e-9);
        double[] a = Offers.afterRejectionAbove(2.0, 2.0, 0.5);
        assertEquals(2.0 + 0.5 * Math.sqrt(2 / Math.PI), a[0], 1e-9);
    }

    @Test void nashUsesOutsideOptionsAndNoRatification() {
        NashTheory n = bound(new NashTheory());
        World w = world(2.0, 3.0);
        w.put(Var.US_PRESSURE, 0.8);
        w.setDecision(Var.CN_ALIGNMENT_RU, 1.0);
        assertEquals(2.0 + P0.get("nash.jp_outside_islands") * 0.8, n.jpMin(w), 1e-12);
        assertEquals(3.0 - P0.get("nash.ru_outside_islands"), n.ruMax(w), 1e-12);
        assertEquals(1.0, n.ratifyJp(w, 2.0), 0.0);
        assertEquals(1.0, n.ratifyRu(w, 4.0), 0.0);
        double x = n.propose(Country.JP, w, n.jpMin(w), n.ruMax(w));
        assertTrue(x >= n.jpMin(w) - 1e-12 && x <= 3.0, "inside the constrained set: " + x);
    }

    @Test void expectedUtilityCarriesPositionsAndRestartsAChangedOne() {
        ExpectedUtilityTheory eu = bound(new ExpectedUtilityTheory());
        World w = world(2.0, 3.0);
        w.setDecision(Var.JP_DECLARED_DEMAND, 4.0);
        w.setDecision(Var.RU_DECLARED_OFFER, 0.0);
        w.put(Var.US_PRESSURE, 0.6);
        w.setDecision(Var.CN_STANCE_KURILS, -0.8);
        eu.month(null, w);
        double[] first = eu.positions();
        for (int i = 0; i < 24; i++) eu.month(null, w);
        double[] later = eu.positions();
        assertFalse(java.util.Arrays.equals(first, later), "rounds carried over months move the positions: " + java.util.Arrays.toString(later));
        w.setDecision(Var.JP_DECLARED_DEMAND, 2.2);
        eu.month(null, w);
        assertTrue(Math.abs(eu.positions()[0] - 2.2) < 0.5, "a new declared demand restarts Japan's position near it: " + eu.positions()[0]);
        double f = eu.forecast();
        assertTrue(f >= 0 && f <= 4);
    }

    @Test void everyTheoryDeclaresParametersTheFileHas() {
        for (String name : BargainingTheories.names()) {
            for (String p : BargainingTheories.parameters(name)) assertTrue(S.parameters().contains(p), name + " reads " + p);
        }
        assertTrue(S.parameters().contains(Coefficient.JP_ACCEPT_MID.key));
    }
}
