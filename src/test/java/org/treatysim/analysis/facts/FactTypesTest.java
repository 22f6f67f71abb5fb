package org.treatysim.analysis.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.analysis.MetricStats;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.Metrics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Each fact type on hand-made trajectories where the right answer is known. */
class FactTypesTest {
    static final YearMonth START = YearMonth.of(1956, 1);
    static final int MONTHS = 70 * 12;

    /** A hazard path: 0.01/yr everywhere, 0.05 in 1956, 0.04 in 1998-2000, 0 from 2022-04; 30% signed by 2025-12. */
    static EvalContext ctx() {
        double[] h = new double[MONTHS], cum = new double[MONTHS], fav = new double[MONTHS];
        Arrays.fill(h, 0.01);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth ym = START.plusMonths(m);
            if (ym.getYear() == 1956) h[m] = 0.05;
            if (ym.getYear() >= 1998 && ym.getYear() <= 2000) h[m] = 0.04;
            if (!ym.isBefore(YearMonth.of(2022, 4))) h[m] = 0.0;
            cum[m] = 0.3 * m / (MONTHS - 1);
            fav[m] = 20 + (ym.getYear() - 2000); // 32 in 2012, 37 in 2017
        }
        Map<String, MetricStats> stats = new LinkedHashMap<>();
        stats.put(Metrics.HAZARD, new MetricStats(Metrics.HAZARD, "", h, h, h, h, h, h));
        stats.put(Metrics.CUMULATIVE, new MetricStats(Metrics.CUMULATIVE, "", cum, cum, cum, cum, cum, cum));
        stats.put("JP.favourability_RU", new MetricStats("JP.favourability_RU", "%", fav, fav, fav, fav, fav, fav));
        return new EvalContext(START, MONTHS, stats);
    }

    static FactTest parse(Path dir, String yaml) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return FactTypes.parse(YamlDocument.load(f).rootNode());
    }

    @Test void cumulativeBelow(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: cumulative_below, by: 2025-12, max: 0.3}").evaluate(ctx());
        assertEquals(0.3, o.measured(), 1e-12);
        assertTrue(o.hit());
        assertEquals(0.0, o.loss());
        FactTest.Outcome miss = parse(d, "{type: cumulative_below, by: 2025-12, max: 0.2}").evaluate(ctx());
        assertFalse(miss.hit());
        assertEquals(0.25, miss.loss(), 1e-12, "(0.3 - 0.2) / 0.2 = 0.5, squared");
    }

    @Test void windowPeakAbove(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: window_peak_above, window: 1997-01..2001-12, reference: 1994-01..1996-12, ratio: 1.5}").evaluate(ctx());
        assertEquals(4.0, o.measured(), 1e-12);
        assertTrue(o.hit());
        FactTest.Outcome miss = parse(d, "{type: window_peak_above, window: 1997-01..2001-12, reference: 1994-01..1996-12, ratio: 4.5}").evaluate(ctx());
        assertFalse(miss.hit());
        assertEquals(Math.pow(Math.log10(4.5 / 4.0), 2), miss.loss(), 1e-12, "squared shortfall in decades");
    }

    @Test void aRatioToAReferenceBelowTheFloorIsAMissNotAHugeRatio(@TempDir Path d) throws Exception {
        // 2022-04 on is 0/yr: as a reference it would make any ratio infinite.
        FactTest.Outcome o = parse(d, "{type: window_peak_above, window: 1997-01..2001-12, reference: 2022-04..2025-12, ratio: 1.5}").evaluate(ctx());
        assertFalse(o.hit());
        assertTrue(Double.isNaN(o.measured()));
        assertTrue(o.measuredText().contains("below the 0.100%/yr floor"), o.measuredText());
        assertEquals(9.0, o.loss(), 1e-12, "a reference of 0 is at least three decades short: capped loss");
        assertFalse(parse(d, "{type: rises_around, window: 1997-01..2001-12, baseline_window: 2023-01..2024-12}").evaluate(ctx()).hit());
        assertFalse(parse(d, "{type: collapses_after, event_date: 2024-01, before: 2023-01..2023-12, after: 2024-01..2025-12, ratio: 0.5}").evaluate(ctx()).hit(),
                "0 after 0 is no collapse: the before window is below the floor");
        assertFalse(parse(d, "{type: never_reaches, after: 1961-01, reference_peak: 2023-01..2024-12, fraction: 0.8}").evaluate(ctx()).hit());
    }

    @Test void peakAtLeast(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: peak_at_least, window: 1956-01..1956-12, min: 0.02}").evaluate(ctx());
        assertEquals(0.05, o.measured(), 1e-12);
        assertTrue(o.hit());
        FactTest.Outcome miss = parse(d, "{type: peak_at_least, window: 1960-01..1965-12, min: 0.1}").evaluate(ctx());
        assertFalse(miss.hit());
        assertEquals(1.0, miss.loss(), 1e-12, "0.01 is one decade below 0.1");
    }

    @Test void rankPeaks(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: rank_peaks, windows: [1956-01..1956-12, 1998-01..2000-12, 1970-01..1970-12]}").evaluate(ctx());
        assertTrue(o.hit(), o.measuredText());
        assertEquals(0.0, o.measured());
        FactTest.Outcome miss = parse(d, "{type: rank_peaks, windows: [1970-01..1970-12, 1956-01..1956-12, 1998-01..2000-12]}").evaluate(ctx());
        assertFalse(miss.hit());
        assertEquals(1.0, miss.measured(), "one adjacent pair out of order (0.01 < 0.05)");
        assertEquals(Math.pow(Math.log10(0.05 / 0.01), 2), miss.loss(), 1e-12);
    }

    @Test void decisionTimingReadsTheEventsTagAndTheTallysWindow(@TempDir Path d) throws Exception {
        var s = org.treatysim.experiment.Scenarios.load(org.treatysim.TestSupport.BASELINE);
        DecisionTiming t = (DecisionTiming) parse(d, "{type: decision_timing, event: 1960-01-gromyko-memorandum, within_months: 12, share: 0.5}");
        var w = t.window(s);
        assertEquals("RU.legal_cap=cap", w.key());
        assertEquals(s.stepOf(YearMonth.of(1959, 1)), w.from());
        assertEquals(s.stepOf(YearMonth.of(1961, 1)), w.to());
        var tally = new org.treatysim.experiment.DecisionTally(s.months(), java.util.List.of(w));
        var cap = new org.treatysim.experiment.DecisionRecord(s.stepOf(YearMonth.of(1960, 6)), org.treatysim.scenario.Country.RU, "RU.legal_cap", "cap", 1, "");
        var late = new org.treatysim.experiment.DecisionRecord(s.stepOf(YearMonth.of(1963, 6)), org.treatysim.scenario.Country.RU, "RU.legal_cap", "cap", 1, "");
        tally.add(java.util.List.of(cap));
        tally.add(java.util.List.of(late));
        tally.add(java.util.List.of());
        tally.add(java.util.List.of(cap, late));
        FactTest.Outcome o = t.evaluate(new EvalContext(s, Map.of(), tally, EvalContext.DEFAULT_FLOOR));
        assertEquals(0.5, o.measured(), 1e-12, "two of four replications took the decision within 12 months of 1960-01");
        assertTrue(o.hit());
        assertEquals(new Window(YearMonth.of(1959, 1), YearMonth.of(1961, 1)), t.period(s));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse(d, "{type: decision_timing, event: 1960-01-revised-security-treaty, within_months: 12, share: 0.5}").period(s));
        assertTrue(e.getMessage().contains("records no decision"), e.getMessage());
    }

    @Test void factsSplitIntoFitHoldOutSpanAndValidation() {
        var s = org.treatysim.experiment.Scenarios.load(org.treatysim.TestSupport.BASELINE);
        var facts = FactsFile.load(FactsFile.DEFAULT);
        YearMonth h = YearMonth.of(2000, 1);
        for (Fact f : facts) {
            Evaluation.Period p = Evaluation.period(f, s, h);
            Window w = f.test().period(s);
            switch (p) {
                case FIT -> assertTrue(w.to().isBefore(h), f.id());
                case HOLDOUT -> assertFalse(w.from().isBefore(h), f.id());
                case SPAN -> assertTrue(w.from().isBefore(h) && !w.to().isBefore(h), f.id());
                case VALIDATE -> assertEquals("validate", f.role(), f.id());
            }
        }
        assertEquals(Evaluation.Period.FIT, Evaluation.period(byId(facts, "memoranda-1960"), s, h));
        assertEquals(Evaluation.Period.HOLDOUT, Evaluation.period(byId(facts, "suspension-2022"), s, h));
        assertEquals(Evaluation.Period.VALIDATE, Evaluation.period(byId(facts, "levada-view-of-japan"), s, h));
        assertEquals(Evaluation.Period.FIT, Evaluation.period(byId(facts, "suspension-2022"), s, null), "no hold-out: every fit-role fact is a target");
    }

    static Fact byId(java.util.List<Fact> facts, String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test void risesAroundUsesTheWindowMean(@TempDir Path d) throws Exception {
        // 1997-2001: 3 years at 0.04, 2 at 0.01: mean 0.028 = 2.8 x the baseline.
        FactTest.Outcome o = parse(d, "{type: rises_around, window: 1997-01..2001-12, baseline_window: 1985-01..1989-12}").evaluate(ctx());
        assertEquals(2.8, o.measured(), 1e-9);
        assertTrue(o.hit());
        assertFalse(parse(d, "{type: rises_around, window: 1997-01..2001-12, baseline_window: 1985-01..1989-12, ratio: 3}").evaluate(ctx()).hit());
    }

    @Test void neverReachesClipsTheReferenceToTheSpan(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: never_reaches, after: 1961-01, reference_peak: 1955-01..1956-12, fraction: 0.7}").evaluate(ctx());
        assertEquals(0.8, o.measured(), 1e-12, "0.04 later vs 0.05 in 1956");
        assertFalse(o.hit());
        assertTrue(parse(d, "{type: never_reaches, after: 1961-01, reference_peak: 1955-01..1956-12, fraction: 0.9}").evaluate(ctx()).hit());
        assertTrue(parse(d, "{type: never_reaches, after: 2001-01, reference_peak: 1955-01..1956-12, fraction: 0.8}").evaluate(ctx()).hit());
    }

    @Test void nearZero(@TempDir Path d) throws Exception {
        assertTrue(parse(d, "{type: near_zero, window: 2022-04..2025-12, max: 0.005}").evaluate(ctx()).hit());
        FactTest.Outcome miss = parse(d, "{type: near_zero, window: 2021-01..2025-12, max: 0.005}").evaluate(ctx());
        assertFalse(miss.hit());
        assertEquals(0.01, miss.measured(), 1e-12);
    }

    @Test void collapsesAfter(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: collapses_after, event_date: 2022-03, before: 2021-01..2021-12, after: 2022-04..2023-12, ratio: 0.2}").evaluate(ctx());
        assertEquals(0.0, o.measured(), 0.0);
        assertTrue(o.hit());
        assertFalse(parse(d, "{type: collapses_after, event_date: 2001-01, before: 1998-01..2000-12, after: 2001-01..2003-12, ratio: 0.2}").evaluate(ctx()).hit(),
                "0.01 after vs 0.04 before is x0.25");
    }

    @Test void seriesWithin(@TempDir Path d) throws Exception {
        FactTest.Outcome o = parse(d, "{type: series_within, metric: JP.favourability_RU, points: [{date: 2012-06, value: 30, tolerance: 4}, {date: 2017-06, value: 36, tolerance: 2}]}").evaluate(ctx());
        assertEquals(0.5, o.measured(), 1e-12, "worst deviation: |32-30|/4 = 0.5, |37-36|/2 = 0.5");
        assertTrue(o.hit());
        assertEquals(0.25, o.loss(), 1e-12);
        assertFalse(parse(d, "{type: series_within, metric: JP.favourability_RU, points: [{date: 2012-06, value: 22, tolerance: 8}]}").evaluate(ctx()).hit());
    }

    @Test void badTestsFailWithTheirLocation(@TempDir Path d) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(d, "type: cumulative_belowe\nby: 2025-12\nmax: 0.3\n"));
        assertTrue(e.getMessage().contains("t.yaml:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown test type"), e.getMessage());
        ScenarioException w = assertThrows(ScenarioException.class, () -> parse(d, "type: near_zero\nwindow: 2022-04..2021-12\nmax: 0.1\n"));
        assertTrue(w.getMessage().contains("t.yaml:2:"), w.getMessage());
        ScenarioException m = assertThrows(ScenarioException.class, () -> parse(d, "type: series_within\nmetric: JP.favorability_RU\npoints: [{date: 2012-06, value: 1, tolerance: 1}]\n"));
        assertTrue(m.getMessage().contains("unknown metric"), m.getMessage());
        ScenarioException c = assertThrows(ScenarioException.class, () -> parse(d, "{type: collapses_after, event_date: 2019-01, before: 2018-01..2019-12, after: 2020-08..2021-12, ratio: 0.3}"));
        assertTrue(c.getMessage().contains("must lie between"), c.getMessage());
    }

    @Test void theRepositoryFactsFileLoadsAndCoversTheRequiredFacts() {
        var facts = FactsFile.load(FactsFile.DEFAULT);
        var ids = facts.stream().map(Fact::id).toList();
        for (String id : new String[] {"no-treaty-by-2025", "window-1956", "opening-1973", "window-1991-93", "window-1997-99", "restart-2013",
                "window-2016-18", "rank-1956-1999", "collapse-2020", "near-zero-2022-25", "memoranda-1960", "suspension-2022",
                "china-backs-japan-1964", "china-tilts-to-moscow", "pew-japan-favourability", "levada-support-transfer", "trade",
                "levada-view-of-japan"}) {
            assertTrue(ids.contains(id), id);
        }
        for (Fact f : facts) {
            assertFalse(f.sources().isBlank(), f.id());
            assertTrue(f.sources().contains("http") || f.sources().matches(".*00[0-4]_[0-9a-f]{16}\\.txt.*"), "cite an address or a seed file: " + f.id());
        }
    }
}
