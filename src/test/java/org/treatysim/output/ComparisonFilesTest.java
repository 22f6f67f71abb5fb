package org.treatysim.output;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonFilesTest {
    @Test void chartMarksEveryDivergingEventWithWhatChanged() {
        Scenario base = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        Scenario w = Scenarios.load(Path.of("scenarios/whatif-1956-two-islands.yaml"));
        List<ComparisonFiles.Arm> arms = List.of(new ComparisonFiles.Arm(base, Map.of(), null, null),
                new ComparisonFiles.Arm(w, Map.of(), null, ScenarioDiff.of(base, w)));
        List<Event> marks = ComparisonFiles.markers(arms);
        assertEquals(List.of("no Dulles intimidation", "changed: Japan accepts two islands", "no US aide-memoire denies Yal..",
                        "changed: Ishibashi succeeds Hatoyam..", "changed: Kishi becomes prime minist.."),
                marks.stream().map(Event::label).toList());
        assertTrue(marks.stream().allMatch(Event::major), "every divergence is drawn, not only major events");
        assertEquals("1956-08", marks.get(0).date().toString());
    }

    @Test void severalWhatIfsAreLettered() {
        Scenario base = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        Scenario a = Scenarios.load(Path.of("scenarios/whatif-2018-follow-through.yaml"));
        Scenario b = Scenarios.load(Path.of("scenarios/whatif-2022-no-sanctions.yaml"));
        List<ComparisonFiles.Arm> arms = List.of(new ComparisonFiles.Arm(base, Map.of(), null, null),
                new ComparisonFiles.Arm(a, Map.of(), null, ScenarioDiff.of(base, a)),
                new ComparisonFiles.Arm(b, Map.of(), null, ScenarioDiff.of(base, b)));
        List<String> labels = ComparisonFiles.markers(arms).stream().map(Event::label).toList();
        assertTrue(labels.contains("A: no Constitution ban"), labels.toString());
        assertTrue(labels.contains("B: no Talks suspended"), labels.toString());
        assertTrue(labels.contains("B: changed: Ukraine war, no sanctions"), labels.toString());
        assertEquals("", ComparisonFiles.key(arms.subList(0, 2), 1), "a single what-if needs no letter");
    }
}
