package org.treatysim.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Cli;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Json;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.awt.BasicStroke;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `compare` writes and draws: the question as title, titles in the legend, no-difference what-ifs visible and said. */
class ComparisonFilesTest {
    @TempDir static Path tmp;
    static Scenario base, twoIslands, same;
    static List<ComparisonFiles.Arm> arms;
    static Path out;
    static String stdout;

    @BeforeAll static void runOnce() throws Exception {
        base = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        twoIslands = Scenarios.load(Path.of("scenarios/whatif-1956-two-islands.yaml"));
        // A what-if that changes nothing but a label: every replication must come out as in the base.
        Path sameFile = tmp.resolve("same.yaml");
        Files.writeString(sameFile, """
                schema: treatysim/scenario-1
                name: same-as-base
                title: "What if the normalisation of 1956 had a chart label?"
                extends: %s
                modify_events:
                  1956-10-normalisation: {label: "Normalisation of 1956"}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath().toString().replace("\\", "/")));
        same = Scenarios.load(sameFile);
        MonteCarlo.Config cfg = new MonteCarlo.Config(40, 7, 2, true);
        arms = ComparisonFiles.run(List.of(base, twoIslands, same), cfg, n -> {});

        out = tmp.resolve("cmp");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Cli.commandLine().setOut(new PrintWriter(o)).setErr(new PrintWriter(e)).execute("compare", "scenarios/baseline.yaml",
                "scenarios/whatif-1956-two-islands.yaml", sameFile.toString(), "-n", "40", "-s", "7", "-t", "2", "-o", out.toString(), "--quiet");
        assertEquals(0, code, e.toString());
        stdout = o.toString();
    }

    @Test void chartMarksEveryDivergingEventWithWhatChanged() {
        List<Event> marks = ComparisonFiles.markers(arms.subList(0, 2));
        assertEquals(List.of("forced: JP.accept accept"), marks.stream().map(Event::label).toList(),
                "the what-if's one intervention is its one divergence");
        assertTrue(marks.stream().allMatch(Event::major), "every divergence is drawn, not only major events");
        assertEquals("1956-08", marks.get(0).date().toString(), "marked where its window opens");
        assertTrue(marks.get(0).title().startsWith("force JP.accept = accept over 1956-08..1957-12 (Shigemitsu's inclination"), marks.get(0).title());
    }

    @Test void severalWhatIfsAreLettered() {
        Scenario a = Scenarios.load(Path.of("scenarios/whatif-2018-follow-through.yaml"));
        Scenario b = Scenarios.load(Path.of("scenarios/whatif-2022-no-sanctions.yaml"));
        List<ComparisonFiles.Arm> ab = List.of(new ComparisonFiles.Arm(base, Map.of(), null, null),
                new ComparisonFiles.Arm(a, Map.of(), null, ScenarioDiff.of(base, a)),
                new ComparisonFiles.Arm(b, Map.of(), null, ScenarioDiff.of(base, b)));
        List<String> labels = ComparisonFiles.markers(ab).stream().map(Event::label).toList();
        assertEquals(List.of("A: forced: RU.declared_offer 1956-basis", "A: forbidden: RU.legal_cap cap", "B: forbidden: JP.sanctions limited|aligned"),
                labels, "each what-if's interventions, lettered, in date order");
        assertEquals("", ComparisonFiles.key(ab.subList(0, 2), 1), "a single what-if needs no letter");
    }

    @Test void theTitleAsksTheQuestionAndTheLegendNamesScenariosByTitle() {
        JFreeChart one = ComparisonFiles.chart(arms.subList(0, 2)).build();
        assertEquals(twoIslands.title(), one.getTitle().getText());
        JFreeChart two = ComparisonFiles.chart(arms).build();
        assertEquals("How would each of these 2 what-ifs have changed the chance of a treaty?", two.getTitle().getText());
        LegendItemCollection legend = two.getXYPlot().getFixedLegendItems();
        assertEquals("Base: " + base.title(), legend.get(0).getLabel());
        assertTrue(legend.get(1).getLabel().startsWith("A: " + twoIslands.title() + " (+"), legend.get(1).getLabel());
        String month = org.treatysim.analysis.WhatIfEffect.largest(arms.get(1).paired(), base).month().toString();
        assertTrue(legend.get(1).getLabel().endsWith(" points in P(treaty by " + month + "))"), legend.get(1).getLabel());
        assertEquals("B: " + same.title() + " (no difference: dashed over the base)", legend.get(2).getLabel());
        for (int i = 0; i < legend.getItemCount(); i++) {
            assertFalse(legend.get(i).getLabel().contains(".yaml") || legend.get(i).getLabel().contains("whatif-"), "no file names: " + legend.get(i).getLabel());
        }
        String caption = ((org.jfree.chart.title.TextTitle) two.getSubtitle(0)).getText();
        assertTrue(caption.contains("B makes no difference"), caption);
    }

    @Test void aWhatIfIdenticalToTheBaseIsDashedOverItAndTheBaseBandsAreGrey() {
        JFreeChart c = ComparisonFiles.chart(arms).build();
        XYItemRenderer hazard = c.getXYPlot().getRenderer(0), cumulative = c.getXYPlot().getRenderer(1);
        for (XYItemRenderer r : List.of(hazard, cumulative)) {
            assertTrue(((BasicStroke) r.getSeriesStroke(2)).getDashArray() != null, "the identical what-if is dashed");
            float baseWidth = ((BasicStroke) r.getSeriesStroke(0)).getLineWidth(), sameWidth = ((BasicStroke) r.getSeriesStroke(2)).getLineWidth();
            assertTrue(baseWidth >= 1.5 * sameWidth, "the base is wider, so it shows on both sides of a what-if on top of it");
            assertEquals(TreatyChart.BASE_BAND, ((org.jfree.chart.renderer.xy.DeviationRenderer) r).getSeriesFillPaint(0));
            for (int s = 1; s <= 2; s++) assertNotEquals(r.getSeriesPaint(0), r.getSeriesPaint(s));
        }
        assertEquals(null, ((BasicStroke) hazard.getSeriesStroke(1)).getDashArray(), "a what-if that differs keeps a solid hazard line");
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, c.getXYPlot().getSeriesRenderingOrder(), "what-ifs are drawn over the base");
    }

    @Test void summaryListsEachWhatIfsInterventionsAndMarksThemAsDivergences() throws Exception {
        JsonNode d0 = Json.MAPPER.readTree(out.resolve("summary.json").toFile()).at("/differences/0");
        assertEquals("decide", d0.get("agents").asText());
        JsonNode iv = d0.get("interventions");
        assertEquals(1, iv.size());
        assertEquals("JP.accept", iv.get(0).get("decision").asText());
        assertEquals("accept", iv.get(0).get("force").asText());
        assertEquals("1956-08", iv.get(0).get("from").asText());
        assertEquals("1957-12", iv.get(0).get("to").asText());
        JsonNode ev = d0.get("diverging_events");
        assertEquals(1, ev.size());
        assertEquals("intervention", ev.get(0).get("kind").asText());
        assertEquals("intervention:JP.accept:1956-08", ev.get(0).get("id").asText());
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals("decide", manifest.get("agents").asText());
        assertEquals(0, manifest.get("interventions").size(), "the base makes no intervention");
        JsonNode w0 = manifest.get("whatifs").get(0);
        assertEquals("JP.accept", w0.get("interventions").get(0).get("decision").asText(), "each what-if's interventions are in the manifest");
        assertEquals("decide", w0.get("agents").asText());
    }

    @Test void defaultDatesAreWhereThePairedDifferenceIsLargest() throws Exception {
        JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        // Recompute from comparison.csv: the largest diff of treaty.cumulative for the two-island what-if (all are
        // positive), then the first month whose diff reaches 90% of it.
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("comparison.csv"))) {
            String[] f = line.split(",", -1);
            if (f[0].equals("whatif-1956-two-islands") && f[2].equals(Metrics.CUMULATIVE) && !f[6].isEmpty()) rows.add(f);
        }
        double top = -1;
        String topDate = null;
        for (String[] f : rows) {
            double d = Double.parseDouble(f[6]);
            assertTrue(d >= 0, "taking the offer never loses a treaty: " + String.join(",", f));
            if (d > top + 1e-12) { top = d; topDate = f[1]; }
        }
        String best = null;
        for (String[] f : rows) if (best == null && Double.parseDouble(f[6]) >= 0.9 * top - 1e-9) best = f[1];
        assertTrue(top > 0.2, "taking the 1956 offer makes a large difference: " + top);
        assertTrue(best.compareTo("1959-01") < 0, "and makes it at once: " + best);
        assertEquals(List.of(best, "2025-12"), List.of(s.at("/dates/0").asText(), s.at("/dates/1").asText()));
        assertEquals(2, s.get("dates").size(), "the identical what-if adds no date");
        JsonNode d0 = s.at("/differences/0"), d1 = s.at("/differences/1");
        assertEquals(best, d0.at("/largest_difference/date").asText());
        assertEquals(top, d0.at("/largest_difference/top").asDouble(), 1e-6);
        assertEquals(topDate, d0.at("/largest_difference/top_date").asText());
        assertFalse(d0.get("same_outcomes").asBoolean());
        assertTrue(d1.get("same_outcomes").asBoolean());
        assertTrue(d1.get("largest_difference").isNull());
        assertEquals(0, d1.get("state_differences").size(), "a new label changes no state variable");
        assertTrue(d0.get("state_differences").size() > 0);
        assertTrue(stdout.contains("same-as-base: no difference; every replication signs, or not, in the same month as in the base. "
                + "No state variable differs either"), stdout);
    }

    @Test void statesCsvHoldsEveryVariableOfEveryScenarioByMonth() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("states.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", RunFiles.TRAJECTORY_HEADER), lines.get(0));
        int metrics = arms.get(0).stats().size();
        assertEquals(1 + 3 * base.months() * metrics, lines.size());
        List<String> scenarios = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String sc = l.substring(0, l.indexOf(','));
            if (scenarios.isEmpty() || !scenarios.get(scenarios.size() - 1).equals(sc)) scenarios.add(sc);
        }
        assertEquals(List.of("baseline", "whatif-1956-two-islands", "same-as-base"), scenarios);
        assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("whatif-1956-two-islands,1956-08,JP.min_accept,")).findFirst().orElseThrow()));
        // The identical what-if's state rows are the base's, scenario name aside.
        List<String> b = lines.stream().filter(l -> l.startsWith("baseline,")).map(l -> l.substring("baseline".length())).toList();
        List<String> z = lines.stream().filter(l -> l.startsWith("same-as-base,")).map(l -> l.substring("same-as-base".length())).toList();
        assertEquals(b, z);
    }

    @Test void theQuestionComesFromTheTitleElseTheDescriptionElseTheName() {
        assertEquals(twoIslands.title(), ComparisonFiles.question(twoIslands));
        Scenario noTitle = new Scenario(twoIslands.file(), "x", "", twoIslands.description(), twoIslands.start(), twoIslands.end(),
                twoIslands.bargaining(), twoIslands.parametersFile(), twoIslands.parameters(), Map.of(), List.of(), List.of(), Map.of(), Scenario.Agents.DECIDE, List.of());
        assertEquals("In August 1956 Foreign Minister Shigemitsu, negotiating in Moscow, leaned toward the Soviet offer: a border north of "
                + "Habomai and Shikotan, the other two islands Soviet.", ComparisonFiles.question(noTitle));
        Scenario bare = new Scenario(twoIslands.file(), "my-whatif", null, null, twoIslands.start(), twoIslands.end(),
                twoIslands.bargaining(), twoIslands.parametersFile(), twoIslands.parameters(), Map.of(), List.of(), List.of(), Map.of(), Scenario.Agents.DECIDE, List.of());
        assertEquals("What if: my-whatif?", ComparisonFiles.question(bare));
    }
}
