package org.treatysim.scenario;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.scenario.effect.LeaderEffect;
import org.treatysim.scenario.effect.RatchetEffect;

import java.time.YearMonth;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baseline scenario holds the documented history with sources (shared/research/events.md). */
class BaselineScenarioTest {
    private final Scenario s = TestSupport.baseline();
    private static final Pattern SEED = Pattern.compile("\\b00[0-4]\\b|https?://|\\(gk\\)");

    @Test void spansTheReplayMonthByMonth() {
        assertEquals(YearMonth.of(1956, 1), s.start());
        assertEquals(YearMonth.of(2025, 12), s.end());
        assertEquals(840, s.months());
        assertEquals("two-level", s.bargaining());
    }

    @Test void holdsAtLeastFortyDatedSourcedEvents() {
        assertTrue(s.events().size() >= 40, "events: " + s.events().size());
        YearMonth prev = s.start();
        for (Event e : s.events()) {
            assertFalse(e.date().isBefore(prev), "events in date order at " + e.id());
            prev = e.date();
            assertTrue(SEED.matcher(e.source()).find(), e.id() + " cites no seed file or address: " + e.source());
            assertTrue(!e.effects().isEmpty() || e.isDecision(), e.id() + ": a shock needs effects (only a decision record may have none)");
            assertFalse(e.actors().isEmpty(), e.id());
        }
    }

    @Test void shocksAndFormerDecisionsAreSplitAndEveryDecisionNamesARuleOfTheModel() {
        var catalogue = org.treatysim.model.decision.Decisions.catalogue();
        int decisions = 0, shocks = 0;
        for (Event e : s.events()) {
            if (e.isDecision()) {
                decisions++;
                assertTrue(catalogue.containsKey(e.decision().rule()), e.id() + " names " + e.decision().rule());
                assertTrue(catalogue.get(e.decision().rule()).contains(e.decision().option()), e.id() + " names " + e.decision());
            } else {
                shocks++;
                for (var eff : e.effects()) assertFalse(eff.decisionOnly(), e.id() + " is a shock but " + eff.describe() + " is a decision");
            }
        }
        assertTrue(decisions >= 60 && shocks >= 60, decisions + " former decisions, " + shocks + " shocks");
        // Leaders, wars and crises stay shocks; what the governments chose is decided.
        assertFalse(s.event("1985-03-gorbachev-leader").isDecision());
        assertFalse(s.event("2022-02-ukraine-invasion").isDecision());
        assertFalse(s.event("1998-08-russian-default").isDecision());
        assertEquals("RU.legal_cap=cap", s.event("1960-01-gromyko-memorandum").decision().toString());
        assertEquals("RU.talks=suspended", s.event("2022-03-russia-suspends-talks").decision().toString());
        assertEquals("US.press=press", s.event("1956-08-dulles-intimidation").decision().toString());
        assertEquals("CN.stance=backs-japan", s.event("1964-07-mao-kurils-statement").decision().toString());
        // The agent model applies only the shocks; the scripted null applies all.
        assertEquals(shocks, s.appliedEvents().size());
        assertEquals(s.events().size(), s.withAgents(org.treatysim.scenario.Scenario.Agents.SCRIPTED).appliedEvents().size());
    }

    @Test void containsTheTurningPointsOfTheDispute() {
        assertEvent("1956-10", "Joint Declaration");
        assertEvent("1956-08", "Dulles");
        assertEvent("1960-01", "Gromyko");
        assertEvent("1993-10", "Tokyo Declaration");
        assertEvent("1998-04", "Kawana");
        assertEvent("2001-03", "Irkutsk");
        assertEvent("2018-11", "Singapore");
        assertEvent("2020-07", "onstitution");
        assertEvent("2022-02", "sanctions");
        assertEvent("2022-03", "suspends");
    }

    @Test void theConstitutionalBanIsARatchetThatIsNeverLifted() {
        boolean added = false;
        for (Event e : s.events()) for (Effect f : e.effects()) {
            if (f instanceof RatchetEffect r && r.id().equals("constitution-2020")) {
                added = true;
                assertEquals(YearMonth.of(2020, 7), e.date());
                assertEquals(Var.RU_MAX_OFFER, r.var());
            }
            if (f instanceof org.treatysim.scenario.effect.LiftRatchetEffect l) assertFalse(l.id().equals("constitution-2020"));
        }
        assertTrue(added);
    }

    @Test void everyJapanesePrimeMinisterFromKishiToTakaichiTakesOffice() {
        long jp = s.events().stream().flatMap(e -> e.effects().stream())
                .filter(f -> f instanceof LeaderEffect l && l.country() == Country.JP).count();
        assertTrue(jp >= 30, "Japanese leader changes: " + jp);
        assertNotNull(findLeader("Kishi"));
        assertNotNull(findLeader("Takaichi"));
        assertNotNull(findLeader("Gorbachev"));
        assertNotNull(findLeader("Putin"));
    }

    @Test void majorEventsHaveShortChartLabels() {
        for (Event e : s.events()) if (e.major()) assertTrue(e.chartLabel().length() <= 28 && !e.label().isEmpty(), e.id());
    }

    @Test void everyParameterHasUnitRangeAndSource() {
        for (ParameterSpec p : s.parameters().specs().values()) {
            assertFalse(p.unit().isBlank(), p.name());
            assertFalse(p.source().isBlank(), p.name());
            assertTrue(p.low() <= p.value() && p.value() <= p.high(), p.name());
        }
    }

    private void assertEvent(String month, String titlePart) {
        assertTrue(s.events().stream().anyMatch(e -> e.date().equals(YearMonth.parse(month)) && e.title().contains(titlePart)),
                "no event in " + month + " mentioning " + titlePart);
    }

    private Event findLeader(String name) {
        for (Event e : s.events()) for (Effect f : e.effects()) if (f instanceof LeaderEffect l && l.name().startsWith(name)) return e;
        return null;
    }
}
