package org.treatysim.analysis.calibration;

import org.junit.jupiter.api.Test;
import org.treatysim.scenario.ParameterSpec;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ABC-SMC on problems whose answer is known: it narrows the prior onto the parameter values that reproduce the data. */
class AbcSmcTest {
    static ParameterSpec p(String name, double lo, double hi) {
        return new ParameterSpec(name, (lo + hi) / 2, "index", lo, hi, ParameterSpec.Distribution.UNIFORM, "calibrated", "test", "");
    }

    static final List<ParameterSpec> TWO = List.of(p("a.x", 0, 10), p("a.y", -5, 5));

    /** Distance to the point (3, -1) in x; y does not matter at all. */
    static double distance(double[] v) { return Math.abs(v[0] - 3.0); }

    @Test void theInformativeParameterNarrowsAroundItsValueAndTheOtherStaysAsWideAsItsPrior() {
        AbcSmc.Result r = new AbcSmc(TWO, AbcSmcTest::distance, v -> List.of(), new AbcSmc.Settings(200, 6, 20_000, 0.5), 11).run(null);
        assertEquals(6, r.generations().size(), "every generation finished within the budget");
        assertFalse(r.budgetExhausted());
        assertEquals(3.0, r.median()[0], 0.15, "x centres on 3");
        assertTrue(r.quantile(0, 0.95) - r.quantile(0, 0.05) < 0.6, "x narrowed from a prior 10 wide to "
                + (r.quantile(0, 0.95) - r.quantile(0, 0.05)));
        assertTrue(r.quantile(1, 0.95) - r.quantile(1, 0.05) > 6, "y, which the data do not inform, keeps most of its prior 10 wide: "
                + (r.quantile(1, 0.95) - r.quantile(1, 0.05)));
        for (int g = 2; g < r.generations().size(); g++) {
            assertTrue(r.generations().get(g).tolerance() <= r.generations().get(g - 1).tolerance(), "tolerances shrink");
        }
        double sum = 0;
        for (AbcSmc.Particle q : r.posterior()) {
            sum += q.weight();
            assertTrue(q.distance() <= r.generations().get(5).tolerance(), "every particle met the last tolerance");
            assertTrue(q.values()[0] >= 0 && q.values()[0] <= 10 && q.values()[1] >= -5 && q.values()[1] <= 5, "inside the prior");
        }
        assertEquals(1.0, sum, 1e-9, "weights are normalised");
        assertTrue(r.effectiveSize() > 50, "the weights are not degenerate: " + r.effectiveSize());
    }

    @Test void theSameSeedGivesTheSamePosteriorAndAnotherSeedAnother() {
        AbcSmc.Settings s = new AbcSmc.Settings(50, 3, 5000, 0.5);
        AbcSmc.Result a = new AbcSmc(TWO, AbcSmcTest::distance, v -> List.of(), s, 5).run(null);
        AbcSmc.Result b = new AbcSmc(TWO, AbcSmcTest::distance, v -> List.of(), s, 5).run(null);
        AbcSmc.Result c = new AbcSmc(TWO, AbcSmcTest::distance, v -> List.of(), s, 6).run(null);
        assertEquals(a.posterior().size(), b.posterior().size());
        for (int k = 0; k < a.posterior().size(); k++) {
            assertArrayEquals(a.posterior().get(k).values(), b.posterior().get(k).values());
            assertEquals(a.posterior().get(k).weight(), b.posterior().get(k).weight());
        }
        assertFalse(java.util.Arrays.equals(a.posterior().get(0).values(), c.posterior().get(0).values()));
    }

    @Test void aBudgetThatRunsOutDropsTheUnfinishedGenerationAndSaysSo() {
        int[] calls = {0};
        AbcSmc.Result r = new AbcSmc(TWO, v -> { calls[0]++; return distance(v); }, v -> List.of(), new AbcSmc.Settings(20, 10, 70, 0.5), 3).run(null);
        assertTrue(r.budgetExhausted());
        assertEquals(70, r.evaluations());
        assertEquals(70, calls[0], "never more replays than the budget");
        int kept = r.generations().size();
        assertTrue(kept >= 1 && kept < 10);
        assertEquals(20, r.posterior().size(), "the posterior is the last complete generation");
    }

    @Test void badSettingsAreRefused() {
        assertThrowsIae(() -> new AbcSmc.Settings(5, 3, 100, 0.5));
        assertThrowsIae(() -> new AbcSmc.Settings(20, 0, 100, 0.5));
        assertThrowsIae(() -> new AbcSmc.Settings(20, 3, 10, 0.5));
        assertThrowsIae(() -> new AbcSmc.Settings(20, 3, 100, 1.0));
    }

    static void assertThrowsIae(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    }
}
