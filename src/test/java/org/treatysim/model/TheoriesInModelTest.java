package org.treatysim.model;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The expected-utility and Nash theories on the model's state: directions and limits, not calibrated values. */
class TheoriesInModelTest {
    static final Scenario S = Scenarios.load(Path.of("scenarios/baseline.yaml"));

    static World world(ModelParams p, double minAccept, double maxOffer) {
        World w = new World(p);
        w.set(Var.JP_MIN_ACCEPT, minAccept);
        w.set(Var.RU_MAX_OFFER, maxOffer);
        w.set(Var.JP_COMMITMENT, 0.8);
        w.set(Var.RU_COMMITMENT, 0.8);
        w.setChannelOpen(true);
        return w;
    }

    @Test void nashSettlesInsideTheBargainingSetAndRisesWithTheSurplus() {
        ModelParams p = new ModelParams(ParameterDraw.point(S.parameters()));
        NashTheory nash = new NashTheory();
        BargainingTheory.Outcome narrow = new BargainingTheory.Outcome(), wide = new BargainingTheory.Outcome(), none = new BargainingTheory.Outcome();
        nash.evaluate(world(p, 2.0, 2.5), p, narrow);
        double alpha = S.parameters().get("nash.jp_power");
        assertEquals(2.0 + alpha * 0.5, narrow.settlement, 1e-12, "Japan gets its disagreement point plus alpha x surplus");
        nash.evaluate(world(p, 2.0, 3.5), p, wide);
        assertTrue(wide.hazard > narrow.hazard && narrow.hazard > 0);
        nash.evaluate(world(p, 4.0, 0.0), p, none);
        assertTrue(none.hazard < narrow.hazard / 100, "far apart: almost no chance");
        assertEquals(1.0, narrow.pRatify, 0.0, "unitary actors: no ratification level");
        World closed = world(p, 2.0, 3.5);
        closed.setChannelOpen(false);
        BargainingTheory.Outcome c = new BargainingTheory.Outcome();
        nash.evaluate(closed, p, c);
        assertEquals(0.0, c.hazard, 0.0);
    }

    @Test void expectedUtilityConvergesWhenPositionsMeetAndNotWhenFarApart() {
        ModelParams p = new ModelParams(ParameterDraw.point(S.parameters()));
        ExpectedUtilityTheory eu = new ExpectedUtilityTheory();
        BargainingTheory.Outcome same = new BargainingTheory.Outcome(), far = new BargainingTheory.Outcome();
        eu.evaluate(world(p, 2.0, 2.0), p, same);
        assertEquals(1.0, same.pZopa, 1e-12, "no gap left");
        assertEquals(2.0, same.settlement, 1e-12);
        eu.evaluate(world(p, 4.0, 0.0), p, far);
        assertTrue(far.pZopa < 0.01, "four islands apart with both claimants at high salience: " + far.pZopa);
        assertTrue(same.hazard > far.hazard);
        assertTrue(same.hazard <= p.get(P.H_MAX));
    }
}
