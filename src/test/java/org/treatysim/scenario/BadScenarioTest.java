package org.treatysim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.io.ScenarioErrors;
import org.treatysim.io.ScenarioException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad what-if gives one precise error: the file, line and column, what is wrong and what to do. */
class BadScenarioTest {
    @TempDir Path dir;

    private ScenarioException error(String name, String text) {
        Fixtures.base(dir);
        Path f = Fixtures.write(dir, name, text);
        return assertThrows(ScenarioException.class, () -> Fixtures.loader().load(f));
    }

    private void assertAt(ScenarioException e, String file, int line, int col, String problem) {
        assertEquals(dir.resolve(file).toAbsolutePath().normalize().toString(), e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(col, e.column(), e.getMessage());
        assertEquals(problem, e.problem());
        assertTrue(e.getMessage().startsWith(e.file() + ":" + line + ":" + col + ": error: "), e.getMessage());
        assertTrue(e.hint() != null && !e.hint().isBlank(), "every error says what to do");
    }

    @Test void unknownField() {
        ScenarioException e = error("unknown-field.yaml", """
                name: w1
                extends: base.yaml
                modify_events:
                  a-open:
                    dated: 1991-01
                """);
        assertAt(e, "unknown-field.yaml", 5, 5, "unknown field 'dated' in modify_events.a-open");
        assertTrue(e.hint().startsWith("did you mean 'date'?"), e.hint());
    }

    @Test void unknownTopLevelField() {
        ScenarioException e = error("unknown-top.yaml", "name: w\nextends: base.yaml\nremove_event: [a-open]\n");
        assertAt(e, "unknown-top.yaml", 3, 1, "unknown field 'remove_event' in (top level)");
        assertTrue(e.hint().startsWith("did you mean 'remove_events'?"), e.hint());
    }

    @Test void wrongType() {
        ScenarioException e = error("wrong-type.yaml", """
                name: w2
                extends: base.yaml
                modify_events:
                  a-open:
                    major: "yes"
                """);
        assertAt(e, "wrong-type.yaml", 5, 12, "modify_events.a-open.major must be true or false, found text 'yes'");
    }

    @Test void removalOfAnEventIdThatDoesNotExist() {
        ScenarioException e = error("remove-missing.yaml", """
                name: w3
                extends: base.yaml
                remove_events:
                  - a-open
                  - b-capp
                """);
        assertAt(e, "remove-missing.yaml", 5, 5, "remove_events names 'b-capp', which the extended scenario does not have");
        assertEquals("did you mean 'b-cap'?", e.hint());
    }

    @Test void modificationOfAnEventIdThatDoesNotExist() {
        ScenarioException e = error("modify-missing.yaml", "name: w\nextends: base.yaml\nmodify_events:\n  z-none: {date: 1991-01}\n");
        assertAt(e, "modify-missing.yaml", 4, 11, "modify_events names 'z-none', which the extended scenario does not have");
    }

    @Test void addedEventOutsideTheSpan() {
        ScenarioException e = error("outside-span.yaml", """
                name: w4
                extends: base.yaml
                events:
                  - id: d-late
                    date: 2003-05
                    actors: [JP]
                    title: "Too late"
                    direction: "0"
                    source: "test"
                    effects:
                      - {op: shift, var: JP_RU.affinity, by: 0.1}
                """);
        assertAt(e, "outside-span.yaml", 5, 11, "event 'd-late' is dated 2003-05, outside the span 1990-01 to 1999-12");
    }

    @Test void inheritedEventMovedOutsideTheSpan() {
        ScenarioException e = error("moved-out.yaml", "name: w\nextends: base.yaml\nmodify_events:\n  b-cap: {date: 1989-12}\n");
        assertAt(e, "moved-out.yaml", 4, 17, "event 'b-cap' is dated 1989-12, outside the span 1990-01 to 1999-12");
    }

    @Test void cyclicExtends() {
        Fixtures.write(dir, "cycle-b.yaml", "name: cycle-b\nextends: cycle-a.yaml\n");
        ScenarioException e = error("cycle-a.yaml", "name: cycle-a\nextends: cycle-b.yaml\n");
        assertAt(e, "cycle-b.yaml", 2, 10, "cyclic extends: cycle-a.yaml -> cycle-b.yaml -> cycle-a.yaml");
    }

    @Test void aScenarioExtendingItself() {
        ScenarioException e = error("self.yaml", "name: self\nextends: ./self.yaml\n");
        assertAt(e, "self.yaml", 2, 10, "cyclic extends: self.yaml -> self.yaml");
    }

    @Test void duplicateIdOfAnAddedEvent() {
        ScenarioException e = error("dup.yaml", """
                name: w
                extends: base.yaml
                events:
                  - id: a-open
                    date: 1991-05
                    actors: [JP]
                    title: "Again"
                    direction: "0"
                    source: "test"
                    effects: [{op: channel, open: true}]
                """);
        assertAt(e, "dup.yaml", 4, 9, "duplicate event id 'a-open'");
    }

    @Test void effectsAndAddEffectsTogether() {
        ScenarioException e = error("both.yaml", """
                name: w
                extends: base.yaml
                modify_events:
                  a-open:
                    effects: [{op: channel, open: false}]
                    add_effects: [{op: channel, open: true}]
                """);
        assertAt(e, "both.yaml", 5, 5, "give either effects (replace) or add_effects (append), not both");
    }

    @Test void independentErrorsOfOneFileAreReportedTogetherInFileOrder() {
        ScenarioException e = error("many.yaml", """
                name: many
                extends: base.yaml
                remove_events: [z-one]
                modify_events:
                  z-two: {date: 1991-01}
                events:
                  - id: d-late
                    date: 2003-05
                    actors: [JP]
                    title: "Too late"
                    direction: "0"
                    source: "test"
                    effects: [{op: channel, open: true}]
                  - id: e-bad-op
                    date: 1995-05
                    actors: [JP]
                    title: "Bad op"
                    direction: "0"
                    source: "test"
                    effects: [{op: sett, var: JP.commitment, value: 1}]
                """);
        ScenarioErrors all = (ScenarioErrors) e;
        assertEquals(4, all.errors().size(), e.getMessage());
        assertEquals(java.util.List.of(3, 5, 8, 20), all.errors().stream().map(ScenarioException::line).toList());
        assertEquals("remove_events names 'z-one', which the extended scenario does not have", all.errors().get(0).problem());
        assertEquals("unknown effect op 'sett'", all.errors().get(3).problem());
        assertEquals(3, e.line(), "behaves as its first error");
        assertTrue(e.getMessage().endsWith("4 errors"), e.getMessage());
        assertEquals(9, e.getMessage().split("\\R").length, "four errors with their hint lines, then the count: " + e.getMessage());
    }
}
