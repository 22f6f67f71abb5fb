package org.treatysim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.io.ScenarioException;
import org.treatysim.scenario.effect.ChannelEffect;
import org.treatysim.scenario.effect.ShiftEffect;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a what-if inherits, and how removals, modifications, additions, overrides and span changes apply. */
class ScenarioInheritanceTest {
    @TempDir Path dir;

    private Scenario load(String name, String text) {
        Fixtures.base(dir);
        return Fixtures.loader().load(Fixtures.write(dir, name, text));
    }

    private static List<String> ids(Scenario s) {
        return s.events().stream().map(Event::id).toList();
    }

    @Test void whatIfWithNoChangesHasTheBaseEventsButItsOwnNameAndNoInheritedNarrative() {
        Scenario s = load("w.yaml", "name: same\nextends: base.yaml\n");
        assertEquals("same", s.name());
        assertEquals(List.of("a-open", "b-cap", "c-lift"), ids(s));
        assertEquals(YearMonth.of(1990, 1), s.start());
        assertEquals(YearMonth.of(1999, 12), s.end());
        assertEquals("", s.title(), "a what-if tells its own story: the base's title is not inherited");
        assertEquals("", s.description());
        assertEquals(List.of(dir.resolve("w.yaml").toAbsolutePath().normalize(), dir.resolve("base.yaml").toAbsolutePath().normalize()), s.lineage());
        assertTrue(s.event("a-open").origin().startsWith("base.yaml:"), "untouched events keep their origin in the base");
    }

    @Test void removeModifyAndAddApplyInThatOrderAndEventsStayInDateOrder() {
        Scenario s = load("w.yaml", """
                name: w
                title: "A what-if"
                extends: base.yaml
                remove_events: [c-lift]
                modify_events:
                  a-open:
                    date: 1993-03
                    actors: [RU, JP]
                    effects:
                      - {op: shift, var: JP_RU.affinity, by: 0.25}
                events:
                  - id: d-new
                    date: 1991-02
                    actors: [JP]
                    title: "A new event"
                    direction: "+"
                    source: "test"
                    effects:
                      - {op: channel, open: true}
                """);
        assertEquals(List.of("d-new", "b-cap", "a-open"), ids(s), "re-sorted by date after the date change");
        Event a = s.event("a-open");
        assertEquals(YearMonth.of(1993, 3), a.date());
        assertEquals(List.of(Country.RU, Country.JP), a.actors());
        assertEquals(List.of(new ShiftEffect(Var.JP_RU_AFFINITY, NumberRef.constant(0.25))), a.effects(), "effects: replaces");
        assertEquals("Talks open", a.title(), "fields not named keep their inherited value");
        assertTrue(a.origin().startsWith("w.yaml:"), "a modified event is attributed to the what-if");
        assertNull(s.event("c-lift"));
        assertEquals("A what-if", s.title());
    }

    @Test void aWhatIfMayBeWrittenInJson() {
        Scenario s = load("w.json", """
                {"name": "w-json", "extends": "base.yaml", "remove_events": ["a-open"],
                 "modify_events": {"b-cap": {"date": "1993-01"}}}
                """);
        assertEquals(List.of("b-cap", "c-lift"), ids(s));
        assertEquals(YearMonth.of(1993, 1), s.event("b-cap").date());
    }

    @Test void addEffectsAppendsToTheInheritedEffects() {
        Scenario s = load("w.yaml", """
                name: w
                extends: base.yaml
                modify_events:
                  a-open:
                    add_effects:
                      - {op: shift, var: JP_RU.affinity, by: 0.1}
                """);
        assertEquals(List.of(new ChannelEffect(true), new ShiftEffect(Var.JP_RU_AFFINITY, NumberRef.constant(0.1))), s.event("a-open").effects());
    }

    @Test void parameterOverridesNeedAReasonAndAreRecordedWithIt() {
        Scenario s = load("w.yaml", """
                name: w
                extends: base.yaml
                parameters:
                  negotiation.h_max: {value: 0.15, rationale: "a bolder world"}
                """);
        assertEquals(0.15, s.parameters().spec("negotiation.h_max").value());
        assertEquals("a bolder world", s.overrideRationales().get("negotiation.h_max"));
        assertTrue(s.parameters().spec("negotiation.h_max").source().endsWith("overridden: a bolder world"));

        ScenarioException e = assertThrows(ScenarioException.class, () -> load("x.yaml", """
                name: x
                extends: base.yaml
                parameters:
                  negotiation.h_max: {value: 0.15}
                """));
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("gives no source or rationale"), e.problem());
    }

    @Test void aLaterOverrideOfTheSameParameterReplacesTheInheritedOne() {
        Fixtures.base(dir);
        Fixtures.write(dir, "b.yaml", """
                name: b
                extends: base.yaml
                parameters:
                  negotiation.h_max: {value: 0.15, rationale: "b"}
                """);
        Scenario c = Fixtures.loader().load(Fixtures.write(dir, "c.yaml", """
                name: c
                extends: b.yaml
                parameters:
                  negotiation.h_max: {value: 0.06, source: "c"}
                remove_events: [a-open]
                """));
        assertEquals(0.06, c.parameters().spec("negotiation.h_max").value());
        assertEquals("c", c.overrideRationales().get("negotiation.h_max"));
        assertEquals(3, c.lineage().size(), "c <- b <- base");
        assertEquals(List.of("b-cap", "c-lift"), ids(c));
    }

    @Test void chainsApplyEachLayerOnTopOfTheLast() {
        Fixtures.base(dir);
        Fixtures.write(dir, "b.yaml", """
                name: b
                extends: base.yaml
                modify_events:
                  a-open: {date: 1991-01}
                """);
        Scenario c = Fixtures.loader().load(Fixtures.write(dir, "c.yaml", """
                name: c
                extends: b.yaml
                modify_events:
                  a-open: {title: "Talks open a year late"}
                """));
        assertEquals(YearMonth.of(1991, 1), c.event("a-open").date(), "b's date change is inherited by c");
        assertEquals("Talks open a year late", c.event("a-open").title());
    }

    @Test void narrowingTheSpanDropsInheritedEventsOutsideIt() {
        Scenario s = load("w.yaml", """
                name: w
                extends: base.yaml
                span: {start: 1990-01, end: 1993-12}
                """);
        assertEquals(YearMonth.of(1993, 12), s.end());
        assertEquals(List.of("a-open", "b-cap"), ids(s));
    }

    @Test void widenedSpanKeepsAllAndAcceptsLaterEvents() {
        Scenario s = load("w.yaml", """
                name: w
                extends: base.yaml
                span: {start: 1990-01, end: 2010-12}
                events:
                  - id: e-future
                    date: 2008-01
                    actors: [JP]
                    title: "Later"
                    direction: "0"
                    source: "test"
                    effects: [{op: channel, open: false}]
                """);
        assertEquals(List.of("a-open", "b-cap", "c-lift", "e-future"), ids(s));
        assertEquals(252, s.months());
    }

    @Test void liftingARatchetWhoseAddingEventAWhatIfRemovedIsANoOpButATypoIsAnError() {
        Scenario s = load("w.yaml", "name: w\nextends: base.yaml\nremove_events: [b-cap]\n");
        assertEquals(List.of("a-open", "c-lift"), ids(s));
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("x.yaml", """
                name: x
                extends: base.yaml
                modify_events:
                  c-lift:
                    effects: [{op: lift_ratchet, id: cap-2}]
                """));
        assertTrue(e.problem().contains("lifts ratchet 'cap-2', which no earlier event adds"), e.problem());
        assertTrue(e.file().endsWith("x.yaml"), e.file());
    }

    @Test void diffNamesRemovedAddedAndChangedEventsAndParameters() {
        Fixtures.base(dir);
        Scenario base = Fixtures.loader().load(dir.resolve("base.yaml"));
        Scenario w = load("w.yaml", """
                name: w
                extends: base.yaml
                remove_events: [b-cap]
                parameters:
                  negotiation.h_max: {value: 0.15, rationale: "r"}
                modify_events:
                  a-open: {title: "Only the wording changes"}
                  c-lift: {date: 1996-01}
                events:
                  - id: d-new
                    date: 1991-02
                    actors: [JP]
                    title: "New"
                    direction: "+"
                    source: "test"
                    effects: [{op: channel, open: true}]
                """);
        ScenarioDiff d = ScenarioDiff.of(base, w);
        assertEquals(List.of("b-cap"), d.removed().stream().map(Event::id).toList());
        assertEquals(List.of("d-new"), d.added().stream().map(Event::id).toList());
        assertEquals(List.of("c-lift"), d.changed().stream().map(c -> c.after().id()).toList(), "a wording change is not a divergence");
        assertEquals(List.of("negotiation.h_max"), d.parameters());
        assertFalse(d.spanChanged());
        assertEquals(List.of("d-new", "b-cap", "c-lift"), d.divergences().stream().map(x -> x.event().id()).toList());
        assertTrue(ScenarioDiff.of(base, Fixtures.loader().load(dir.resolve("base.yaml"))).isEmpty(), "a scenario loaded twice does not differ from itself");
    }
}
