package org.treatysim.experiment;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.ParameterSpec;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedsAndDrawsTest {
    @Test void seedsAreAPureFunctionOfMasterAndReplication() {
        // The mixer is SplitMix64's (Steele, Lea & Flood 2014): its first output from state 0 is 0xe220a8397b1dcdaf.
        assertEquals(0xE220A8397B1DCDAFL, Seeds.mix(0));
        // Pinned: every published result (seed 1 is the default) depends on these derivations staying as they are.
        assertEquals(-1207623543555346222L, Seeds.modelSeed(1, 5));
        assertEquals(4414435367520121428L, Seeds.parameterSeed(1, 5));
        assertNotEquals(Seeds.modelSeed(1, 5), Seeds.modelSeed(1, 6));
        assertNotEquals(Seeds.modelSeed(1, 5), Seeds.modelSeed(2, 5));
        assertNotEquals(Seeds.modelSeed(1, 5), Seeds.parameterSeed(1, 5), "independent streams");
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) assertTrue(seen.add(Seeds.modelSeed(42, i)));
    }

    @Test void drawsStayInTheirPlausibleRangesAndFixedParametersNeverMove() {
        ParameterSet set = TestSupport.baseline().parameters();
        for (int rep = 0; rep < 200; rep++) {
            ParameterDraw d = ParameterDraw.draw(set, Seeds.parameterSeed(1, rep));
            for (ParameterSpec s : set.specs().values()) {
                double v = d.get(s.name());
                assertTrue(v >= s.low() && v <= s.high(), s.name() + "=" + v);
                if (!s.varies()) assertEquals(s.value(), v, 0.0, s.name());
            }
        }
    }

    @Test void triangularDrawsCentreOnTheBestValue() {
        ParameterSpec s = new ParameterSpec("x.y", 2.0, "u", 1.0, 5.0, ParameterSpec.Distribution.TRIANGULAR, "judgement", "src", "");
        assertEquals(1.0, ParameterDraw.quantile(s, 0.0), 1e-12);
        assertEquals(5.0, ParameterDraw.quantile(s, 1.0), 1e-12);
        // Mode at 2: P(X <= 2) = (2-1)/(5-1) = 0.25
        assertEquals(2.0, ParameterDraw.quantile(s, 0.25), 1e-9);
        ParameterSpec u = new ParameterSpec("x.z", 2.0, "u", 1.0, 5.0, ParameterSpec.Distribution.UNIFORM, "judgement", "src", "");
        assertEquals(3.0, ParameterDraw.quantile(u, 0.5), 1e-12);
    }

    @Test void replicationIOfTwoScenariosSharesItsRandomNumbers() {
        // Same master seed: the same replication draws the same parameters whatever the scenario.
        ParameterSet set = TestSupport.baseline().parameters();
        ParameterDraw a = ParameterDraw.draw(set, Seeds.parameterSeed(9, 3));
        ParameterDraw b = ParameterDraw.draw(set.with(set.spec("negotiation.h_max").withValue(0.1)), Seeds.parameterSeed(9, 3));
        assertEquals(a.get("jp.us_push"), b.get("jp.us_push"), 0.0);
    }
}
