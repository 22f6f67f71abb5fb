package org.treatysim.output;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.treatysim.analysis.MetricStats;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The treaty chart as a lecturer sees it: event labels that never overlap, and two y axes on aligned scales. */
class TreatyChartTest {
    static final Scenario BASELINE = Scenarios.load(Path.of("scenarios/baseline.yaml"));

    /** A month-by-month series: a hazard with three peaks and a cumulative probability rising in steps. */
    static MetricStats hazard(int months, double scale) {
        double[] mean = new double[months], lo = new double[months], hi = new double[months];
        for (int m = 0; m < months; m++) {
            double x = scale * (0.10 * Math.exp(-m / 6.0) + 0.04 * Math.exp(-Math.pow((m - 500) / 12.0, 2)) + 0.06 * Math.exp(-Math.pow((m - 750) / 10.0, 2)));
            mean[m] = x;
            lo[m] = 0.2 * x;
            hi[m] = 2 * x;
        }
        return new MetricStats(Metrics.HAZARD, "probability/yr", mean, lo, mean, mean, mean, hi);
    }

    static MetricStats cumulative(int months, double top) {
        double[] mean = new double[months], lo = new double[months], hi = new double[months];
        for (int m = 0; m < months; m++) {
            mean[m] = top * (m < 12 ? m / 24.0 : m < 500 ? 0.5 : m < 750 ? 0.75 : 1);
            lo[m] = 0.85 * mean[m];
            hi[m] = Math.min(1, 1.15 * mean[m]);
        }
        return new MetricStats(Metrics.CUMULATIVE, "probability", mean, lo, mean, mean, mean, hi);
    }

    static TreatyChart baselineChart() {
        int n = BASELINE.months();
        return new TreatyChart().title("Likelihood of a Japan-Russia peace treaty, 1956-2025").subtitle("test")
                .span(BASELINE.start(), BASELINE.end()).add("baseline", hazard(n, 1), cumulative(n, 0.24)).events(BASELINE.events());
    }

    static TreatyChart.LanedPlot draw(TreatyChart c, int width, int height) {
        JFreeChart chart = c.build();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle(0, 0, width, height));
        g.dispose();
        return (TreatyChart.LanedPlot) chart.getXYPlot();
    }

    /**
     * No two label boxes intersect; no label box is touched by any other event's line (its leader above the data
     * area, or its line within it); leaders of different months never cross; every label lies inside the chart,
     * above the data area.
     */
    static void assertLabelsClear(TreatyChart.LanedPlot p, int width, int height) {
        EventLabels.Layout l = p.lastLayout;
        Rectangle2D data = p.lastDataArea;
        List<Rectangle2D> boxes = l.boxes();
        List<String> texts = p.lastTexts;
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D b = boxes.get(i);
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0, "inside the chart: " + texts.get(i) + " " + b);
            assertTrue(b.getMaxY() < data.getMinY(), "above the data area, so no event line inside it touches the label: " + texts.get(i));
            for (int j = 0; j < boxes.size(); j++) {
                if (j == i) continue;
                if (j > i) assertFalse(b.intersects(boxes.get(j)), "labels overlap: '" + texts.get(i) + "' and '" + texts.get(j) + "'");
                for (Line2D seg : l.segments(j)) {
                    assertFalse(seg.intersects(b), "the line of '" + texts.get(j) + "' crosses the label '" + texts.get(i) + "'");
                }
                Line2D ai = l.segments(i).get(0), aj = l.segments(j).get(0);
                if (j > i && ai.getX1() != aj.getX1()) {
                    for (Line2D si : l.segments(i)) for (Line2D sj : l.segments(j)) {
                        assertFalse(si.intersectsLine(sj), "the leaders of '" + texts.get(i) + "' and '" + texts.get(j) + "' cross");
                    }
                }
            }
            assertEquals(data.getMinY(), l.segments(i).get(0).getY1(), 1e-9, "each leader starts where its line leaves the data area");
        }
    }

    @Test void baselineEventLabelsNeverOverlapEachOtherOrAnyLine() {
        TreatyChart.LanedPlot p = draw(baselineChart(), TreatyChart.WIDTH, TreatyChart.HEIGHT);
        List<String> expected = BASELINE.events().stream().filter(Event::major).map(Event::chartLabel).toList();
        assertEquals(expected.size(), p.lastTexts.size(), "every major event is labelled");
        assertEquals(expected, p.lastTexts, "in date order, none shortened");
        assertLabelsClear(p, TreatyChart.WIDTH, TreatyChart.HEIGHT);
        // The dense clusters (1956-57, 1997-2002, 2016-2020) are there in full, each label close to its own line.
        for (String must : List.of("Dulles intimidation", "Joint Declaration", "Krasnoyarsk", "Kawana", "Putin in Tokyo", "Irkutsk",
                "Koizumi", "Suzuki scandal", "Sochi", "Nagato", "Singapore", "US-bases condition", "Constitution ban")) {
            assertTrue(p.lastTexts.contains(must), must);
        }
        for (int i = 0; i < p.lastTexts.size(); i++) {
            Rectangle2D b = p.lastLayout.boxes().get(i);
            double lineX = p.lastLayout.segments(i).get(0).getX1();
            double gap = Math.max(0, Math.max(b.getMinX() - lineX, lineX - b.getMaxX()));
            assertTrue(gap <= 120, "'" + p.lastTexts.get(i) + "' is " + gap + " px from its line");
        }
        // Large enough to read at half size: the labels are 18 px at 1600 x 900, 9 px at 800 x 450, like the axes' ticks.
        assertTrue(p.lastFont.getSize() >= 18 && TreatyChart.TICK_FONT.getSize() >= 18, p.lastFont.toString());
    }

    @Test void labelsStayClearAtOtherSizesAndInAnyCrowd() {
        assertLabelsClear(draw(baselineChart(), 800, 450), 800, 450);
        assertLabelsClear(draw(baselineChart(), 1280, 720), 1280, 720);
        // A crowd: 80 labels, several in the same month, long and short, up to the chart's right edge.
        int n = BASELINE.months();
        TreatyChart c = new TreatyChart().span(BASELINE.start(), BASELINE.end()).add("x", hazard(n, 1), cumulative(n, 0.3));
        YearMonth d = YearMonth.of(1956, 1);
        for (int k = 0; k < 80; k++) {
            d = d.plusMonths(k % 3 == 0 ? 0 : (k * 7) % 23);
            if (d.isAfter(BASELINE.end())) d = BASELINE.end();
            c.mark(d, "event number " + k + (k % 4 == 0 ? " with a much longer label than the others" : ""), k % 2 == 0 ? Color.RED : Color.BLUE);
        }
        assertLabelsClear(draw(c, TreatyChart.WIDTH, TreatyChart.HEIGHT), TreatyChart.WIDTH, TreatyChart.HEIGHT);
        // A few events: horizontal labels in lanes, read without turning one's head.
        TreatyChart few = new TreatyChart().span(BASELINE.start(), BASELINE.end()).add("x", hazard(n, 1), cumulative(n, 0.3))
                .mark(YearMonth.of(1956, 8), "no Dulles intimidation", Color.BLUE).mark(YearMonth.of(1956, 8), "Japan accepts two islands", Color.BLUE)
                .mark(YearMonth.of(1956, 9), "no US aide-memoire", Color.BLUE).mark(YearMonth.of(2025, 12), "at the right edge", Color.BLUE);
        TreatyChart.LanedPlot p = draw(few, TreatyChart.WIDTH, TreatyChart.HEIGHT);
        assertFalse(p.lastLayout.vertical());
        assertLabelsClear(p, TreatyChart.WIDTH, TreatyChart.HEIGHT);
    }

    @Test void bothAxesStartAtZeroWithTicksAtTheSameHeights() {
        JFreeChart chart = baselineChart().build();
        NumberAxis left = (NumberAxis) chart.getXYPlot().getRangeAxis(0), right = (NumberAxis) chart.getXYPlot().getRangeAxis(1);
        assertEquals(0, left.getLowerBound());
        assertEquals(0, right.getLowerBound());
        // Hazard band up to 20%, cumulative up to 27.6%: both fill a common scale, so both get it (0-30 by 5).
        assertEquals(30, left.getUpperBound(), 1e-9);
        assertEquals(30, right.getUpperBound(), 1e-9);
        assertEquals(5, left.getTickUnit().getSize(), 1e-9);
        assertEquals(5, right.getTickUnit().getSize(), 1e-9);
        // A small hazard beside a large cumulative: different scales, the same number of intervals (gridlines serve both).
        int n = BASELINE.months();
        JFreeChart other = new TreatyChart().span(BASELINE.start(), BASELINE.end()).add("x", hazard(n, 0.1), cumulative(n, 0.8)).build();
        NumberAxis l2 = (NumberAxis) other.getXYPlot().getRangeAxis(0), r2 = (NumberAxis) other.getXYPlot().getRangeAxis(1);
        assertEquals(l2.getUpperBound() / l2.getTickUnit().getSize(), r2.getUpperBound() / r2.getTickUnit().getSize(), 1e-9);
        assertTrue(l2.getUpperBound() < r2.getUpperBound() / 5, l2.getUpperBound() + " vs " + r2.getUpperBound());
        assertTrue(l2.getUpperBound() >= 2.0 && r2.getUpperBound() >= 80, "each axis holds its data");
    }
}
