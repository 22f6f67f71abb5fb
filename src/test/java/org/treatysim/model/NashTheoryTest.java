package org.treatysim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Nash bargaining on textbook cases. */
class NashTheoryTest {
    @Test void symmetricPlayersSplitThePieEqually() {
        assertEquals(0.5, NashTheory.split(1.0, 0.0, 0.0, 0.5), 1e-12);
        assertEquals(2.0, NashTheory.split(4.0, 0.0, 0.0, 0.5), 1e-12);
    }

    @Test void anOutsideOptionShiftsTheSplitByHalfTheDifference() {
        // Pie 1, A can walk away with 0.2: A gets 0.2 + (1 - 0.2)/2 = 0.6, B 0.4.
        assertEquals(0.6, NashTheory.split(1.0, 0.2, 0.0, 0.5), 1e-12);
        // Both have outside options 0.3 and 0.1: A gets 0.3 + 0.6/2 = 0.6.
        assertEquals(0.6, NashTheory.split(1.0, 0.3, 0.1, 0.5), 1e-12);
        // Raising B's outside option lowers A's share one-for-one at half the rate.
        assertTrue(NashTheory.split(1.0, 0.3, 0.3, 0.5) < NashTheory.split(1.0, 0.3, 0.1, 0.5));
    }

    @Test void bargainingPowerTiltsTheSplit() {
        // Generalised Nash solution: A gets d_A + alpha * surplus.
        assertEquals(0.7, NashTheory.split(1.0, 0.0, 0.0, 0.7), 1e-12);
    }

    @Test void noDealWhenOutsideOptionsExceedThePie() {
        assertTrue(Double.isNaN(NashTheory.split(1.0, 0.6, 0.5, 0.5)));
        assertEquals(0.0, NashTheory.split(1.0, 0.0, 1.0, 0.5), 1e-12, "an empty surplus leaves A at its disagreement point");
    }

    @Test void expectedSurplusIsTheNormalPartialExpectation() {
        // E[max(0, e)] for e ~ N(0,1) is 1/sqrt(2 pi).
        assertEquals(1.0 / Math.sqrt(2 * Math.PI), NashTheory.expectedSurplus(0.0, 1.0), 1e-12);
        assertEquals(3.0, NashTheory.expectedSurplus(3.0, 0.0), 0.0);
        assertTrue(NashTheory.expectedSurplus(-1, 0.3) > 0 && NashTheory.expectedSurplus(-1, 0.3) < 0.01);
        assertTrue(NashTheory.expectedSurplus(1, 0.3) > 1.0);
    }

    @Test void registeredUnderTheirScenarioNames() {
        assertTrue(BargainingTheories.names().containsAll(java.util.List.of("two-level", "expected-utility", "nash")));
        assertEquals("nash", BargainingTheories.create("nash").name());
        assertEquals("expected-utility", BargainingTheories.create("expected-utility").name());
    }
}
