package org.treatysim.model.negotiation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Nash bargaining with outside options as constraints (Binmore, Rubinstein and Wolinsky 1986) on textbook cases. */
class NashTheoryTest {
    @Test void symmetricPlayersSplitTheSurplusEqually() {
        assertEquals(2.5, NashTheory.solution(2.0, 3.0, 0.5, 0, 0), 1e-12);
        assertEquals(2.0, NashTheory.solution(0.0, 4.0, 0.5, 0, 0), 1e-12);
    }

    @Test void bargainingPowerTiltsTheSplit() {
        assertEquals(2.7, NashTheory.solution(2.0, 3.0, 0.7, 0, 0), 1e-12, "Japan gets r_JP + alpha (r_RU - r_JP)");
    }

    @Test void anOutsideOptionBindsOnlyWhenTheSplitGivesLess() {
        assertEquals(2.5, NashTheory.solution(2.0, 3.0, 0.5, 0.2, 0), 1e-12, "Japan's outside option 0.2 < its Nash gain 0.5: no effect");
        assertEquals(2.8, NashTheory.solution(2.0, 3.0, 0.5, 0.8, 0), 1e-12, "binding: Japan gets exactly its outside option");
        assertEquals(2.2, NashTheory.solution(2.0, 3.0, 0.5, 0, 0.8), 1e-12, "binding for Russia");
        // Outside options as the disagreement point (the error BRW warn against) would move the split at once:
        double wrong = 2.2 + 0.5 * (3.0 - 2.2);
        assertNotEquals(wrong, NashTheory.solution(2.0, 3.0, 0.5, 0.2, 0), 1e-9);
    }

    @Test void noDealWhenTheConstrainedSetIsEmpty() {
        assertTrue(Double.isNaN(NashTheory.solution(2.0, 3.0, 0.5, 0.6, 0.5)));
        assertTrue(Double.isNaN(NashTheory.solution(3.0, 2.0, 0.5, 0, 0)), "Japan's bound above Russia's");
    }

    @Test void registeredUnderTheirScenarioNames() {
        assertTrue(BargainingTheories.names().containsAll(java.util.List.of("two-level", "expected-utility", "nash")));
        assertEquals("nash", BargainingTheories.create("nash").name());
        assertEquals("expected-utility", BargainingTheories.create("expected-utility").name());
    }
}
