package org.treatysim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GUI's parts that need no display: scenario catalog, inspector properties, ticker text, path odds, sizes. */
class GuiPartsTest {
    static final Scenario BASELINE = Scenarios.load(Path.of("scenarios", "baseline.yaml"));

    /** A scenario folder: baseline, a renamed copy, the parameter file and a broken file. */
    static Path folder(Path dir) throws Exception {
        Files.copy(Path.of("scenarios", "baseline.yaml"), dir.resolve("baseline.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("scenarios", "parameters.yaml"), dir.resolve("parameters.yaml"), StandardCopyOption.REPLACE_EXISTING);
        String text = Files.readString(dir.resolve("baseline.yaml")).replaceFirst("(?m)^name: baseline$", "name: another");
        Files.writeString(dir.resolve("another.yaml"), text);
        Files.writeString(dir.resolve("broken.yaml"), "schema: treatysim/scenario-1\nname: [unclosed\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        return dir;
    }

    @Test void catalogOffersTheOpenedScenarioFirstThenTheOthersThatLoad(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp);
        Scenario opened = Scenarios.load(dir.resolve("baseline.yaml"));
        ScenarioCatalog c = new ScenarioCatalog(opened);
        assertEquals(2, c.size());
        assertArrayEquals(new String[] {"baseline (baseline.yaml)", "another (another.yaml)"}, c.labels());
        assertEquals(2, c.skipped().size(), "broken.yaml and parameters.yaml are skipped: " + c.skipped());
        assertTrue(c.skipped().get(0).startsWith("broken.yaml: "), c.skipped().toString());
        assertTrue(c.skipped().get(1).startsWith("parameters.yaml: "), c.skipped().toString());
    }

    @Test void inspectorListsScenarioThenModelAndSwapsTheModelWhileStopped(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp);
        TreatySimWithUI gui = new TreatySimWithUI(Scenarios.load(dir.resolve("baseline.yaml")), 99);
        InspectorProperties p = new InspectorProperties(gui);
        assertEquals("Scenario", p.getName(0));
        assertEquals(Integer.TYPE, p.getType(0));
        assertArrayEquals(gui.catalog().labels(), (Object[]) p.getDomain(0));
        assertEquals(0, p.getValue(0));
        assertEquals("negotiation.h_max", p.getName(1));
        TreatyModel before = gui.model();
        p.setValue(0, "1");
        assertEquals(1, p.getValue(0));
        assertNotSame(before, gui.model());
        assertEquals("another", gui.model().scenario().name());
        assertEquals(99, gui.model().seed(), "the new model keeps the seed");
        p.setValue(0, "7");
        assertEquals(1, p.getValue(0), "an index outside the list is ignored");
    }

    @Test void tickerShowsTheMonthJustPlayedAndTheLatestEventsNewestFirst() {
        TreatyModel m = new TreatyModel(3, BASELINE, org.treatysim.experiment.ParameterDraw.point(BASELINE.parameters()), null);
        assertEquals("Press Play", EventTicker.view(m).month());
        m.start();
        int months = BASELINE.stepOf(java.time.YearMonth.of(1960, 12)) + 1;
        for (int i = 0; i < months; i++) m.schedule.step(m);
        EventTicker.View v = EventTicker.view(m);
        assertEquals("1960-12", v.month());
        List<Event> recent = List.copyOf(m.recentEvents());
        assertTrue(!recent.isEmpty());
        int first = v.html().indexOf(recent.get(0).date().toString());
        int last = v.html().indexOf(recent.get(recent.size() - 1).title().substring(0, 15));
        assertTrue(first >= 0 && last > first, "newest event first: " + v.html());
        assertTrue(v.status().contains("Japan: <b>" + m.leader(org.treatysim.scenario.Country.JP) + "</b>"), v.status());
        assertTrue(v.status().contains("Soviet Union"), "before 1991-12 Russia is shown as the Soviet Union: " + v.status());
    }

    @Test void pathOddsCompoundMonthlyHazards() {
        TreatyCharts.PathOdds o = new TreatyCharts.PathOdds();
        for (int i = 0; i < 12; i++) o.add(0.2);
        assertEquals(0.2, o.cumulative(), 1e-12, "a year at an annual hazard of 0.2 gives 0.2");
        o.add(Double.NaN);
        assertEquals(0.2, o.cumulative(), 1e-12, "an undefined hazard (after signing) leaves it unchanged");
        for (int i = 0; i < 12; i++) o.add(0.5);
        assertEquals(1 - 0.8 * 0.5, o.cumulative(), 1e-12);
        o.reset();
        assertEquals(0.0, o.cumulative(), 0.0);
    }

    @Test void discAreaGrowsLinearlyWithWeightAndLinesWidenWithStrength() {
        double a0 = Math.pow(ActorPortrayal.diameter(0), 2), a5 = Math.pow(ActorPortrayal.diameter(0.5), 2), a1 = Math.pow(ActorPortrayal.diameter(1), 2);
        assertEquals(ActorPortrayal.MIN_D, ActorPortrayal.diameter(0), 1e-9);
        assertEquals(ActorPortrayal.MAX_D, ActorPortrayal.diameter(1), 1e-9);
        assertEquals((a0 + a1) / 2, a5, 1e-6);
        assertEquals(ActorPortrayal.MAX_D, ActorPortrayal.diameter(3), 1e-9, "clamped");
        assertTrue(RelationPortrayal.width(Relation.AFFINITY.strength(-0.8)) > RelationPortrayal.width(Relation.AFFINITY.strength(0.2)));
        assertEquals(Relation.HOSTILE, Relation.AFFINITY.colour(-0.1));
        assertTrue(Relation.US_RU_TENSION.dashed() && !Relation.ALLIANCE.dashed());
    }
}
