package org.treatysim.output;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;
import org.treatysim.analysis.MetricStats;
import org.treatysim.scenario.Event;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The treaty-likelihood chart: the annualised hazard with its 5-95% band (left axis) and the cumulative
 * probability of a treaty with its 90% confidence band (right axis), over the scenario's span, with the major
 * events marked and labelled on the time axis. Sized and lettered for a projector.
 */
public final class TreatyChart {
    public static final int WIDTH = 1600, HEIGHT = 900;
    static final Color HAZARD = new Color(0xC0392B);
    static final Color CUMULATIVE = new Color(0x1F4E79);
    static final Color EVENT_UP = new Color(0x2E7D32);
    static final Color EVENT_DOWN = new Color(0x6D4C41);

    private String title = "Likelihood of a Japan-Russia peace treaty";
    private String subtitle = "";
    private final List<Series> series = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private YearMonth start, end;

    /** One trajectory: the hazard and the cumulative probability of one scenario. */
    record Series(String name, MetricStats hazard, MetricStats cumulative, Color color, boolean bands) {}

    public TreatyChart title(String t) { this.title = t; return this; }
    public TreatyChart subtitle(String s) { this.subtitle = s; return this; }
    public TreatyChart span(YearMonth s, YearMonth e) { this.start = s; this.end = e; return this; }

    public TreatyChart add(String name, MetricStats hazard, MetricStats cumulative) {
        boolean first = series.isEmpty();
        series.add(new Series(name, hazard, cumulative, first ? HAZARD : PALETTE[(series.size() - 1) % PALETTE.length], first));
        return this;
    }

    public TreatyChart events(List<Event> evs) { events.addAll(evs); return this; }

    private static final Color[] PALETTE = {new Color(0x1565C0), new Color(0x2E7D32), new Color(0x6A1B9A), new Color(0xEF6C00), new Color(0x00838F), new Color(0x5D4037)};

    static double decimalYear(YearMonth ym) {
        return ym.getYear() + (ym.getMonthValue() - 1) / 12.0;
    }

    public JFreeChart build() {
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
        Font label = new Font(Font.SANS_SERIF, Font.BOLD, 20);
        YIntervalSeriesCollection haz = new YIntervalSeriesCollection();
        YIntervalSeriesCollection cum = new YIntervalSeriesCollection();
        boolean single = series.size() == 1;
        for (Series s : series) {
            String hn = single ? "Annual hazard of signing (mean, 5-95% band)" : s.name + ": annual hazard";
            String cn = single ? "Cumulative probability of a treaty (90% CI)" : s.name + ": cumulative";
            YIntervalSeries h = new YIntervalSeries(hn, false, true);
            YIntervalSeries c = new YIntervalSeries(cn, false, true);
            for (int m = 0; m < s.hazard.months(); m++) {
                double x = decimalYear(start.plusMonths(m));
                double mean = s.hazard.mean()[m];
                if (!Double.isNaN(mean)) {
                    double lo = s.bands ? s.hazard.p05()[m] : mean, hi = s.bands ? s.hazard.p95()[m] : mean;
                    h.add(x, 100 * mean, 100 * nz(lo, mean), 100 * nz(hi, mean));
                }
                double cm = s.cumulative.mean()[m];
                c.add(x, 100 * cm, 100 * (s.bands ? s.cumulative.p05()[m] : cm), 100 * (s.bands ? s.cumulative.p95()[m] : cm));
            }
            haz.addSeries(h);
            cum.addSeries(c);
        }

        NumberAxis xAxis = new NumberAxis("Year");
        xAxis.setRange(decimalYear(start), decimalYear(end) + 1.0);
        xAxis.setTickUnit(new NumberTickUnit(5, new DecimalFormat("0")));
        xAxis.setTickLabelFont(tick);
        xAxis.setLabelFont(label);

        NumberAxis yHaz = new NumberAxis("Annual hazard of signing (%)");
        yHaz.setTickLabelFont(tick);
        yHaz.setLabelFont(label);
        yHaz.setLabelPaint(series.size() == 1 ? HAZARD : Color.DARK_GRAY);
        yHaz.setAutoRangeIncludesZero(true);
        yHaz.setUpperMargin(0.45); // head-room for the event labels

        NumberAxis yCum = new NumberAxis("Cumulative probability of a treaty (%)");
        yCum.setTickLabelFont(tick);
        yCum.setLabelFont(label);
        yCum.setLabelPaint(series.size() == 1 ? CUMULATIVE : Color.DARK_GRAY);
        yCum.setAutoRangeIncludesZero(true);
        yCum.setUpperMargin(0.45);

        DeviationRenderer hr = new DeviationRenderer(true, false);
        DeviationRenderer cr = new DeviationRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            Color col = series.get(i).color;
            hr.setSeriesPaint(i, col);
            hr.setSeriesFillPaint(i, col);
            hr.setSeriesStroke(i, new BasicStroke(3.0f));
            Color cc = single ? CUMULATIVE : col;
            cr.setSeriesPaint(i, cc);
            cr.setSeriesFillPaint(i, cc);
            cr.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {10f, 6f}, 0f));
        }
        hr.setAlpha(0.22f);
        cr.setAlpha(0.15f);

        XYPlot plot = new XYPlot(haz, xAxis, yHaz, hr);
        plot.setDataset(1, cum);
        plot.setRangeAxis(1, yCum);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, cr);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        markEvents(plot);

        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 28), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static double nz(double x, double fallback) { return Double.isNaN(x) ? fallback : x; }

    /** Draws a line at each major event and a vertical label; events less than a year apart share one label. */
    private void markEvents(XYPlot plot) {
        List<Event> major = new ArrayList<>();
        for (Event e : events) if (e.major() && !e.date().isBefore(start) && !e.date().isAfter(end)) major.add(e);
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        double minGap = 1.8; // years between labels: at 1600 px over 70 years a 15 pt vertical label needs about this much
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : major) {
            if (!groups.isEmpty()) {
                List<Event> g = groups.get(groups.size() - 1);
                if (decimalYear(e.date()) - decimalYear(g.get(0).date()) < minGap) { g.add(e); continue; }
            }
            List<Event> g = new ArrayList<>();
            g.add(e);
            groups.add(g);
        }
        List<XYTextAnnotation> pending = new ArrayList<>();
        for (List<Event> g : groups) {
            StringBuilder text = new StringBuilder();
            for (Event e : g) {
                Color c = e.direction().startsWith("+") ? EVENT_UP : EVENT_DOWN;
                ValueMarker mk = new ValueMarker(decimalYear(e.date()) + 0.04, c,
                        new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
                plot.addDomainMarker(mk);
                if (text.length() > 0) text.append(" / ");
                text.append(e.chartLabel());
            }
            Event first = g.get(0);
            String lbl = first.date().getYear() + " " + text;
            XYTextAnnotation a = new XYTextAnnotation(lbl, decimalYear(first.date()) + 0.04, 0);
            a.setFont(f);
            a.setPaint(first.direction().startsWith("+") ? EVENT_UP : EVENT_DOWN);
            a.setRotationAngle(-Math.PI / 2);
            a.setTextAnchor(TextAnchor.TOP_RIGHT);
            a.setRotationAnchor(TextAnchor.TOP_RIGHT);
            pending.add(a);
        }
        // Place labels at the top of the hazard axis once its range is known.
        plot.getRangeAxis(0).configure();
        double yTop = plot.getRangeAxis(0).getUpperBound();
        for (XYTextAnnotation a : pending) {
            a.setY(yTop);
            plot.addAnnotation(a);
        }
    }

    public void savePng(Path file) {
        try {
            ChartUtilities.saveChartAsPNG(file.toFile(), build(), WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void saveSvg(Path file) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("treatysim");
        build().draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        try {
            Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
