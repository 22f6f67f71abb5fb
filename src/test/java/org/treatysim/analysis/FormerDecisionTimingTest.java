package org.treatysim.analysis;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.DecisionRecord;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timing of the former decision events: the nearest firing is found as documented, and docs/former-decisions.md
 * is what the code prints for the baseline (so docs/ODD.md's link shows the model as it is).
 */
class FormerDecisionTimingTest {
    static Event event(Scenario s, String id) {
        Event e = s.event(id);
        assertTrue(e != null && e.isDecision(), id + " is a former decision event of the baseline");
        return e;
    }

    @Test void theNearestFiringOfTheRuleAndOptionIsFoundAndTiesGoEarlier() {
        Scenario s = TestSupport.baseline();
        Event memoranda = event(s, "1960-01-gromyko-memorandum"); // RU.legal_cap=cap
        int at = s.stepOf(memoranda.date());
        List<DecisionRecord> d = List.of(
                new DecisionRecord(at - 30, Country.RU, "RU.legal_cap", "cap", 1, ""),
                new DecisionRecord(at - 3, Country.RU, "RU.legal_cap", "none", 0, ""),     // another option
                new DecisionRecord(at - 1, Country.RU, "RU.talks", "suspended", 0, ""),    // another rule
                new DecisionRecord(at - 5, Country.RU, "RU.legal_cap", "cap", 1, ""),
                new DecisionRecord(at + 5, Country.RU, "RU.legal_cap", "cap", 1, ""));
        assertEquals(at - 5, FormerDecisionTiming.nearest(d, memoranda, at));
        assertEquals(Integer.MIN_VALUE, FormerDecisionTiming.nearest(List.of(d.get(1), d.get(2)), memoranda, at));
        assertEquals(3, FormerDecisionTiming.rank(new int[]{1, 2, 3, 4, 5}, 0.5));
        assertEquals(1, FormerDecisionTiming.rank(new int[]{1, 2, 3, 4, 5}, 0.05));
        assertEquals(5, FormerDecisionTiming.rank(new int[]{1, 2, 3, 4, 5}, 0.95));
    }

    @Test void theCheckedInTableIsTheGeneratedOne() throws Exception {
        TestSupport.CliResult r = TestSupport.cli("decisions", "--timing", "--markdown", "-n", "300", "-s", "1", "-t", "2");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("docs/former-decisions.md")), r.out(),
                "docs/former-decisions.md is stale: regenerate it with `./treatysim decisions --timing --markdown > docs/former-decisions.md`");
        assertTrue(r.out().contains("| 1960-01 | ") && r.out().contains("`RU.legal_cap=cap`"), "the 1960 memoranda are a row");
    }
}
