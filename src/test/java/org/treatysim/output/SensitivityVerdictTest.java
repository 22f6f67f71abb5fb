package org.treatysim.output;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.treatysim.analysis.SobolIndices.Estimate;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sensitivity says in words when its indices cannot rank the inputs, instead of drawing empty bars. */
class SensitivityVerdictTest {
    static final List<String> PARAMS = List.of("a", "b", "c");

    static SensitivityReport.Report report(String method, int samples, Estimate[] first, Estimate[] second) {
        String i1 = method.equals("sobol") ? "S1" : "mu_star", i2 = method.equals("sobol") ? "ST" : "sigma";
        List<SensitivityReport.Row> rows = new ArrayList<>();
        for (int k = 0; k < PARAMS.size(); k++) {
            rows.add(new SensitivityReport.Row(method, "m", PARAMS.get(k), i1, first[k]));
            rows.add(new SensitivityReport.Row(method, "m", PARAMS.get(k), i2, second[k]));
        }
        return new SensitivityReport.Report(method, "t", PARAMS, List.of("m"), samples, rows, java.util.Map.of());
    }

    static Estimate e(double v, double lo, double hi) { return new Estimate(v, lo, hi); }

    static final Estimate ZERO = e(0, 0, 0), NONE = e(Double.NaN, Double.NaN, Double.NaN);

    @Test void everyIndexZeroSaysTheMetricDidNotVary() {
        for (SensitivityReport.Report r : List.of(
                report("sobol", 16, new Estimate[] {ZERO, ZERO, ZERO}, new Estimate[] {ZERO, ZERO, ZERO}),
                report("sobol", 16, new Estimate[] {NONE, NONE, NONE}, new Estimate[] {NONE, NONE, NONE}),
                report("morris", 8, new Estimate[] {ZERO, ZERO, ZERO}, new Estimate[] {ZERO, ZERO, ZERO}))) {
            SensitivityReport.Verdict v = SensitivityReport.verdict(r, "m");
            assertEquals(SensitivityReport.Verdict.Kind.ALL_ZERO, v.kind());
            assertTrue(v.message().startsWith("Every index of m is zero: it took the same value in every run"), v.message());
        }
    }

    @Test void sobolIntervalsThatAllSpanZeroToOneAskForALargerDesign() {
        // The sobol-core demonstration's p_treaty_by:2025-12: one ST interval [0, 1.1], the rest zero.
        SensitivityReport.Report r = report("sobol", 16, new Estimate[] {ZERO, ZERO, ZERO}, new Estimate[] {ZERO, e(0.31, 0, 1.10345), ZERO});
        SensitivityReport.Verdict v = SensitivityReport.verdict(r, "m");
        assertEquals(SensitivityReport.Verdict.Kind.TOO_SMALL, v.kind());
        // Half-width 0.55 -> (0.55 / 0.1)^2 = 30.3 times 16 base samples = 485 -> the next power of two.
        assertTrue(v.message().startsWith("This design is too small to separate the inputs: every interval of m spans [0, 1] or is zero. "
                + "Use n >= 512 base samples (this sweep has 16: set n: 512 in the sweep file's design)"), v.message());
        SensitivityReport.Report wide = report("sobol", 64, new Estimate[] {e(0.3, -0.5, 1.2), e(0.1, -0.6, 1.1), e(0, -0.4, 1)},
                new Estimate[] {e(0.5, -0.1, 1.3), e(0.4, 0, 1.2), e(0.2, -0.3, 1.0)});
        // ST half-widths 0.7, 0.6, 0.65: the median 0.65 -> 6.5^2 = 42.25 times 64 = 2704 -> 4096.
        assertTrue(SensitivityReport.verdict(wide, "m").message().contains("Use n >= 4096 base samples"), SensitivityReport.verdict(wide, "m").message());
    }

    @Test void informativeIntervalsAreDrawn() {
        // The sobol-core demonstration's peak hazard: ST intervals clear of zero.
        SensitivityReport.Report r = report("sobol", 16, new Estimate[] {e(0.3, -0.54, 0.93), e(0.63, -0.16, 1.52), e(0.02, -0.36, 0.62)},
                new Estimate[] {e(0.27, 0.09, 0.63), e(0.28, 0.14, 0.58), e(0.1, 0.04, 0.21)});
        assertEquals(SensitivityReport.Verdict.Kind.SHOWN, SensitivityReport.verdict(r, "m").kind());
        JFreeChart c = new SensitivityChart(r, "m").build();
        assertEquals(6, ((CategoryPlot) c.getPlot()).getDataset().getRowCount() * ((CategoryPlot) c.getPlot()).getDataset().getColumnCount());
        assertNull(((CategoryPlot) c.getPlot()).getNoDataMessage());
    }

    @Test void morrisIntervalsThatAllReachZeroAskForMoreTrajectories() {
        // The morris-screening demonstration's p_treaty_by:1957-12.
        SensitivityReport.Report r = report("morris", 8, new Estimate[] {e(0.1875, 0, 0.375), e(0.1875, 0, 0.46875), ZERO},
                new Estimate[] {e(0.35, 0, 0.4), e(0.35, 0, 0.4), ZERO});
        SensitivityReport.Verdict v = SensitivityReport.verdict(r, "m");
        assertEquals(SensitivityReport.Verdict.Kind.TOO_SMALL, v.kind());
        assertTrue(v.message().contains("no input's effect on m can be told from zero"), v.message());
        // The top mu* 0.1875 has half-width 0.1875: (0.1875 / 0.09375)^2 = 4 times 8 trajectories = 32 -> 40 (multiples of ten, at least 2r).
        assertTrue(v.message().contains("Use r >= 40 trajectories (this sweep has 8"), v.message());
        SensitivityReport.Report ok = report("morris", 8, new Estimate[] {e(0.375, 0.09, 0.75), e(0.28, 0, 0.56), ZERO},
                new Estimate[] {e(0.5, 0.2, 0.7), e(0.38, 0, 0.4), ZERO});
        assertEquals(SensitivityReport.Verdict.Kind.SHOWN, SensitivityReport.verdict(ok, "m").kind());
    }

    @Test void theChartSaysItInWordsInsteadOfEmptyBars() {
        SensitivityReport.Report r = report("sobol", 16, new Estimate[] {ZERO, ZERO, ZERO}, new Estimate[] {ZERO, e(0.31, 0, 1.10345), ZERO});
        JFreeChart c = new SensitivityChart(r, "m").build();
        CategoryPlot p = (CategoryPlot) c.getPlot();
        assertEquals(0, p.getDataset().getRowCount(), "no bars");
        assertEquals(SensitivityReport.verdict(r, "m").message(), p.getNoDataMessage());
        assertEquals("Sobol sensitivity: m", c.getTitle().getText());
    }
}
