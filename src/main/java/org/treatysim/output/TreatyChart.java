package org.treatysim.output;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.VerticalAlignment;
import org.treatysim.analysis.MetricStats;
import org.treatysim.scenario.Event;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The treaty-likelihood chart: the annual hazard of signing (left axis) and the cumulative probability of a treaty
 * (right axis), both in percent on aligned scales so that one set of gridlines serves both, over the scenario's
 * span, with events marked by vertical lines and labelled in lanes above the plot (no label overlaps another label
 * or a line). Sized and lettered for a projector: 1600 x 900 pixels, still legible at half that size.
 *
 * <p>Two uses. {@code run} charts one scenario with {@link #add}: the hazard's 5-95% band over replications and the
 * cumulative probability's 90% confidence band. {@code compare} charts a base with {@link #base} and what-ifs with
 * {@link #whatIf}: the base in dark grey with grey bands, each what-if in its own colour and thinner, drawn over the
 * base so that a what-if identical to the base still shows (dashed over it).
 */
public final class TreatyChart {
    public static final int WIDTH = 1600, HEIGHT = 900;
    static final Color HAZARD = new Color(0xC0392B);
    static final Color CUMULATIVE = new Color(0x1F4E79);
    static final Color EVENT_UP = new Color(0x2E7D32);
    static final Color EVENT_DOWN = new Color(0x6D4C41);
    /** A decision on the historical record that the agents take themselves in the agent model (drawn for reference). */
    static final Color EVENT_DECISION = new Color(0x7E57C2);
    static final Color BASE = new Color(0x303030);
    static final Color BASE_BAND = new Color(0x8C8C8C);
    /** What-if colours: Okabe and Ito's colour-blind-safe palette, its darker members first. */
    private static final Color[] WHATIF = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font EVENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final float[] BASE_DASH = {14f, 8f}, WHATIF_DASH = {7f, 6f}, EVENT_DASH = {5f, 4f};

    private enum Role { SINGLE, BASE, WHATIF }

    /** One scenario's hazard and cumulative probability, as drawn. */
    private record Series(String name, MetricStats hazard, MetricStats cumulative, Color color, Role role, boolean sameAsBase) {}

    /** A labelled vertical line at a month. */
    record Mark(YearMonth date, String label, Color color) {}

    private String title = "Likelihood of a Japan-Russia peace treaty";
    private String subtitle = "";
    private final List<Series> series = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private YearMonth start, end;
    private boolean hazardBand = true;

    public TreatyChart title(String t) { this.title = t; return this; }
    public TreatyChart subtitle(String s) { this.subtitle = s; return this; }
    public TreatyChart span(YearMonth s, YearMonth e) { this.start = s; this.end = e; return this; }

    /**
     * Whether the hazard carries its 5-95% band over replications (default true). In the agent model a replication's
     * hazard is zero except in the months of a round, so that band spans from zero to spikes and hides the mean: its
     * chart draws the mean alone (the cumulative probability keeps its interval).
     */
    public TreatyChart hazardBand(boolean on) { this.hazardBand = on; return this; }

    /** The one scenario of a {@code run} chart: hazard in red with its 5-95% band, cumulative in blue with its 90% CI. */
    public TreatyChart add(String name, MetricStats hazard, MetricStats cumulative) {
        series.add(new Series(name, hazard, cumulative, HAZARD, Role.SINGLE, false));
        return this;
    }

    /** The base of a comparison, named as its legend entry should read; drawn first, dark grey, with grey bands. */
    public TreatyChart base(String legend, MetricStats hazard, MetricStats cumulative) {
        series.add(new Series(legend, hazard, cumulative, BASE, Role.BASE, false));
        return this;
    }

    /**
     * A what-if of a comparison in the next what-if colour ({@link #whatIfColor}), without bands, over the base;
     * {@code sameAsBase} (no replication's outcome differs) dashes both its lines, so that the base shows through.
     */
    public TreatyChart whatIf(String legend, MetricStats hazard, MetricStats cumulative, boolean sameAsBase) {
        int k = (int) series.stream().filter(s -> s.role == Role.WHATIF).count();
        series.add(new Series(legend, hazard, cumulative, whatIfColor(k), Role.WHATIF, sameAsBase));
        return this;
    }

    /** The colour of the k-th what-if (from 0). */
    public static Color whatIfColor(int k) { return WHATIF[k % WHATIF.length]; }

    /** The major events within the span, coloured by their documented direction. */
    public TreatyChart events(List<Event> evs) { return events(evs, false); }

    /**
     * The major events within the span: shocks coloured by their documented direction; with {@code agentsDecide}, the
     * records of historical decisions (which the agents take themselves, when they choose) in a colour of their own,
     * as a reference for reading the model's timing against the record.
     */
    public TreatyChart events(List<Event> evs, boolean agentsDecide) {
        for (Event e : evs) {
            if (!e.major()) continue;
            Color c = agentsDecide && e.isDecision() ? EVENT_DECISION : e.direction().startsWith("+") ? EVENT_UP : EVENT_DOWN;
            mark(e.date(), e.chartLabel(), c);
        }
        return this;
    }

    /** A labelled line at a month (outside the span it is left out). */
    public TreatyChart mark(YearMonth date, String label, Color color) {
        marks.add(new Mark(date, label, color));
        return this;
    }

    static double decimalYear(YearMonth ym) {
        return ym.getYear() + (ym.getMonthValue() - 1) / 12.0;
    }

    private boolean comparison() { return series.stream().anyMatch(s -> s.role != Role.SINGLE); }

    public JFreeChart build() {
        YIntervalSeriesCollection haz = new YIntervalSeriesCollection();
        YIntervalSeriesCollection cum = new YIntervalSeriesCollection();
        double maxHaz = 0, maxHazMean = 0, maxCum = 0;
        for (Series s : series) {
            boolean bands = s.role != Role.WHATIF;
            boolean hBands = bands && hazardBand;
            YIntervalSeries h = new YIntervalSeries(s.name + ": hazard", false, true);
            YIntervalSeries c = new YIntervalSeries(s.name + ": cumulative", false, true);
            for (int m = 0; m < s.hazard.months(); m++) {
                double x = decimalYear(start.plusMonths(m)) + 0.5 / 12;
                maxHaz = Math.max(maxHaz, add(h, x, s.hazard, m, hBands));
                if (!Double.isNaN(s.hazard.mean()[m])) maxHazMean = Math.max(maxHazMean, 100 * s.hazard.mean()[m]);
                maxCum = Math.max(maxCum, add(c, x, s.cumulative, m, bands));
            }
            haz.addSeries(h);
            cum.addSeries(c);
        }

        NumberAxis xAxis = new NumberAxis("Year");
        xAxis.setRange(decimalYear(start), decimalYear(end.plusMonths(1)));
        xAxis.setTickUnit(new NumberTickUnit(5, new DecimalFormat("0")));
        xAxis.setTickLabelFont(TICK_FONT);
        xAxis.setLabelFont(AXIS_FONT);

        boolean single = !comparison();
        NumberAxis yHaz = percentAxis("Annual hazard of signing (%)", single ? HAZARD : Color.BLACK);
        NumberAxis yCum = percentAxis("Cumulative probability of a treaty (%)", single ? CUMULATIVE : Color.BLACK);
        // The hazard's axis follows its mean (with room above), not the top of its band: a replication's hazard spikes in
        // the months of a round, so the 95th percentile can run far above the mean; the band is cut at the top there.
        AlignedScales.Scale[] sc = AlignedScales.choose(Math.min(maxHaz, 2.0 * maxHazMean), maxCum);
        sc[0].apply(yHaz);
        sc[1].apply(yCum);

        DeviationRenderer hr = new DeviationRenderer(true, false);
        DeviationRenderer cr = new DeviationRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Color hc = s.color, cc = s.role == Role.SINGLE ? CUMULATIVE : s.color;
            Color band = s.role == Role.BASE ? BASE_BAND : null;
            hr.setSeriesPaint(i, hc);
            hr.setSeriesFillPaint(i, band != null ? band : hc);
            cr.setSeriesPaint(i, cc);
            cr.setSeriesFillPaint(i, band != null ? band : cc);
            switch (s.role) {
                case SINGLE -> {
                    hr.setSeriesStroke(i, new BasicStroke(3.5f));
                    cr.setSeriesStroke(i, dashed(3.5f, BASE_DASH));
                }
                case BASE -> {
                    hr.setSeriesStroke(i, new BasicStroke(6f));
                    cr.setSeriesStroke(i, dashed(6f, BASE_DASH));
                }
                case WHATIF -> {
                    hr.setSeriesStroke(i, s.sameAsBase ? dashed(3f, WHATIF_DASH) : new BasicStroke(3f));
                    cr.setSeriesStroke(i, dashed(3f, WHATIF_DASH));
                }
            }
        }
        hr.setAlpha(single ? 0.22f : 0.25f);
        cr.setAlpha(single ? 0.15f : 0.18f);

        LanedPlot plot = new LanedPlot(haz, xAxis, yHaz, hr);
        plot.setDataset(1, cum);
        plot.setRangeAxis(1, yCum);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, cr);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        // The base first, what-ifs over it (the default draws the last series first).
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE4E4E4));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlinePaint(new Color(0xC8C8C8));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setFixedLegendItems(legend());
        for (Mark mk : marks) {
            if (mk.date.isBefore(start) || mk.date.isAfter(end)) continue;
            plot.addDomainMarker(new ValueMarker(lineX(mk.date), mk.color, dashed(1.6f, EVENT_DASH)), Layer.BACKGROUND);
            plot.labels.add(mk);
        }

        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(Color.DARK_GRAY);
            sub.setMargin(2, 20, 4, 20);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = single ? new LegendTitle(plot) : new LegendTitle(plot, new FlowArrangement(), new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 2));
        legend.setItemFont(LEGEND_FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(single ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        legend.setMargin(6, 12, 6, 12);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(legend);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** Adds month m (NaN months left out, as in the hazard once every replication has signed); returns the top drawn, in %. */
    private static double add(YIntervalSeries s, double x, MetricStats ms, int m, boolean bands) {
        double mean = ms.mean()[m];
        if (Double.isNaN(mean)) return 0;
        double lo = bands ? nz(ms.p05()[m], mean) : mean, hi = bands ? nz(ms.p95()[m], mean) : mean;
        s.add(x, 100 * mean, 100 * lo, 100 * hi);
        return 100 * Math.max(mean, hi);
    }

    private static double nz(double x, double fallback) { return Double.isNaN(x) ? fallback : x; }

    private static double lineX(YearMonth ym) { return decimalYear(ym) + 0.5 / 12; }

    private static NumberAxis percentAxis(String label, Color paint) {
        NumberAxis a = new NumberAxis(label);
        a.setTickLabelFont(TICK_FONT);
        a.setLabelFont(AXIS_FONT);
        a.setLabelPaint(paint);
        return a;
    }

    private static BasicStroke dashed(float width, float[] dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        if (!comparison()) {
            items.add(item(hazardBand ? "Annual hazard of signing: mean, 5-95% band" : "Annual hazard of signing: mean over replications", HAZARD, new BasicStroke(3.5f)));
            items.add(item("Cumulative probability of a treaty, 90% CI", CUMULATIVE, dashed(3.5f, BASE_DASH)));
            if (marks.stream().anyMatch(m -> m.color.equals(EVENT_UP))) items.add(item("event toward a treaty", EVENT_UP, dashed(2.5f, EVENT_DASH)));
            if (marks.stream().anyMatch(m -> m.color.equals(EVENT_DOWN))) items.add(item("away from one", EVENT_DOWN, dashed(2.5f, EVENT_DASH)));
            if (marks.stream().anyMatch(m -> m.color.equals(EVENT_DECISION))) items.add(item("decision on the record (the agents decide)", EVENT_DECISION, dashed(2.5f, EVENT_DASH)));
            return items;
        }
        for (Series s : series) {
            items.add(item(s.name, s.color, s.role == Role.BASE ? new BasicStroke(6f) : s.sameAsBase ? dashed(3f, WHATIF_DASH) : new BasicStroke(3f)));
        }
        items.add(item("solid: annual hazard of signing (left axis); dashed: cumulative probability of a treaty (right axis)", Color.GRAY, dashed(3f, BASE_DASH)));
        return items;
    }

    private static LegendItem item(String label, Color color, Stroke stroke) {
        LegendItem it = new LegendItem(label, null, null, null, new Line2D.Double(-22, 0, 22, 0), stroke, color);
        it.setLabelFont(LEGEND_FONT);
        return it;
    }

    public void savePng(Path file) { ChartFiles.png(build(), file, WIDTH, HEIGHT); }

    public void saveSvg(Path file) { ChartFiles.svg(build(), file, WIDTH, HEIGHT); }


    /**
     * An XYPlot that keeps a band above its data area for the event labels, laid out by {@link EventLabels}: the
     * band is as tall as the layout needs, and each event's line continues from the data area up to its label.
     */
    static final class LanedPlot extends XYPlot {
        private static final long serialVersionUID = 1L;
        /** The longest a vertical label may be (pixels): the band above the data area is as tall as the longest. */
        static final double MAX_VERTICAL_LABEL = 230;
        final transient List<Mark> labels = new ArrayList<>();
        /** What the last draw placed, for tests: the layout, the labels as drawn, and the data area they are above. */
        transient EventLabels.Layout lastLayout;
        transient List<String> lastTexts;
        transient Font lastFont;
        transient Rectangle2D lastDataArea;

        LanedPlot(YIntervalSeriesCollection data, NumberAxis x, NumberAxis y, DeviationRenderer r) {
            super(data, x, y, r);
        }

        @Override public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
            List<Mark> sorted = new ArrayList<>(labels);
            sorted.sort(Comparator.comparing(Mark::date));
            Font font = EVENT_FONT;
            FontMetrics fm = g2.getFontMetrics(font);
            double band = 0;
            Rectangle2D plotArea = area, data = null;
            EventLabels.Layout layout = null;
            List<String> texts = new ArrayList<>();
            // The layout depends on the data area's width, the data area on the band's height: grow the band until it
            // fits. Lanes of horizontal labels when a few suffice, else vertical labels spread in one row (in a smaller
            // font if even that row is too crowded).
            for (int iteration = 0; iteration < 8; iteration++) {
                plotArea = new Rectangle2D.Double(area.getX(), area.getY() + band, area.getWidth(), area.getHeight() - band);
                data = dataArea(g2, plotArea);
                font = EVENT_FONT;
                fm = g2.getFontMetrics(font);
                layout = EventLabels.lanes(items(sorted, texts, fm, g2, data, data.getWidth() / 3), data.getMinX(), data.getMaxX(), data.getMinY(), height(fm));
                if (layout.lanes() > EventLabels.MAX_LANES) {
                    while (font.getSize2D() > 6 && !EventLabels.fitsSpread(sorted.size(), data.getWidth(), height(fm))) {
                        font = font.deriveFont(font.getSize2D() - 1);
                        fm = g2.getFontMetrics(font);
                    }
                    layout = EventLabels.spread(items(sorted, texts, fm, g2, data, MAX_VERTICAL_LABEL), data.getMinX(), data.getMaxX(), data.getMinY(), height(fm));
                }
                if (layout.height() <= band) break;
                band = layout.height();
            }
            super.draw(g2, plotArea, anchor, parentState, info);
            Object aa = g2.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setFont(font);
            for (int i = 0; i < sorted.size(); i++) {
                g2.setPaint(sorted.get(i).color);
                g2.setStroke(dashed(1.6f, EVENT_DASH));
                for (Line2D seg : layout.segments(i)) g2.draw(seg);
                Rectangle2D b = layout.boxes().get(i);
                if (layout.vertical()) {
                    AffineTransform saved = g2.getTransform();
                    g2.translate(b.getX() + fm.getAscent(), b.getMaxY());
                    g2.rotate(-Math.PI / 2);
                    g2.drawString(texts.get(i), 0f, 0f);
                    g2.setTransform(saved);
                } else {
                    g2.drawString(texts.get(i), (float) b.getX(), (float) (b.getY() + fm.getAscent()));
                }
            }
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa);
            lastLayout = layout;
            lastTexts = List.copyOf(texts);
            lastFont = font;
            lastDataArea = data;
        }

        private static double height(FontMetrics fm) { return fm.getAscent() + fm.getDescent(); }

        /** The labels as drawn (cut to {@code max} pixels), into {@code texts}, and their items for the layout. */
        private List<EventLabels.Item> items(List<Mark> sorted, List<String> texts, FontMetrics fm, Graphics2D g2, Rectangle2D data, double max) {
            texts.clear();
            List<EventLabels.Item> items = new ArrayList<>();
            for (Mark mk : sorted) {
                String t = fit(mk.label, fm, g2, max);
                texts.add(t);
                items.add(new EventLabels.Item(x(mk, data), fm.getStringBounds(t, g2).getWidth()));
            }
            return items;
        }

        private double x(Mark mk, Rectangle2D data) {
            return getDomainAxis().valueToJava2D(lineX(mk.date), data, getDomainAxisEdge());
        }

        /** The data area XYPlot.draw will use for this plot area (its own steps, which are private there). */
        private Rectangle2D dataArea(Graphics2D g2, Rectangle2D plotArea) {
            Rectangle2D a = new Rectangle2D.Double(plotArea.getX(), plotArea.getY(), plotArea.getWidth(), plotArea.getHeight());
            getInsets().trim(a);
            AxisSpace space = calculateAxisSpace(g2, a);
            Rectangle2D d = space.shrink(a, null);
            getAxisOffset().trim(d);
            int x0 = (int) Math.ceil(d.getMinX()), y0 = (int) Math.ceil(d.getMinY());
            int x1 = (int) Math.floor(d.getMaxX()), y1 = (int) Math.floor(d.getMaxY());
            return new Rectangle(x0, y0, x1 - x0, y1 - y0);
        }

        /** The label, cut with "..." to at most {@code max} pixels. */
        private static String fit(String s, FontMetrics fm, Graphics2D g2, double max) {
            if (fm.getStringBounds(s, g2).getWidth() <= max) return s;
            String t = s;
            while (t.length() > 1 && fm.getStringBounds(t + "...", g2).getWidth() > max) t = t.substring(0, t.length() - 1);
            return t.strip() + "...";
        }
    }
}
