package org.treatysim.web;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Stories on request: only a replication the result has, a bounded number told and waiting at once, recent ones kept. */
class StoriesTest {
    static final Scenario BASELINE = Scenarios.load(Path.of("scenarios/baseline.yaml"));
    static final Stories.Inputs THREE = new Stories.Inputs(List.of(BASELINE), List.of("baseline.yaml"), 3, 5, "scenarios");

    @Test void onlyAReplicationTheResultHas() {
        Stories s = new Stories(1, 1 << 20);
        for (int k : new int[] {-1, 3, Integer.MAX_VALUE}) {
            ApiException e = assertThrows(ApiException.class, () -> s.tell("id", THREE, k));
            assertEquals(400, e.status());
            assertEquals("this result has replications 0 to 2; there is no replication " + k, e.getMessage());
        }
        assertEquals(0, s.computed());
    }

    @Test void withNoTurnFreeTheServerSaysItIsBusy() {
        ApiException e = assertThrows(ApiException.class, () -> new Stories(0, 4, 20, 1 << 20).tell("id", THREE, 0));
        assertEquals(503, e.status());
        ApiException full = assertThrows(ApiException.class, () -> new Stories(1, 0, 60_000, 1 << 20).tell("id", THREE, 0));
        assertEquals(503, full.status(), "no room to wait: refused at once, not after a minute");
    }

    @Test void aStoryAskedAgainIsToldFromMemoryWhileItFits() {
        Stories kept = new Stories(1, 1 << 20);
        byte[] a = kept.tell("id", THREE, 1);
        assertArrayEquals(a, kept.tell("id", THREE, 1));
        assertEquals(1, kept.computed());
        kept.tell("other", THREE, 1);
        assertEquals(2, kept.computed(), "the key is the result and the replication");
        Stories tiny = new Stories(1, 100);
        byte[] b = tiny.tell("id", THREE, 1);
        assertArrayEquals(a, b, "the same replication, the same bytes");
        tiny.tell("id", THREE, 1);
        assertEquals(2, tiny.computed(), "a story larger than the memory is not kept");
    }
}
