package org.treatysim.gui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.VerticalAlignment;
import org.treatysim.output.StackedAreaChart;
import org.treatysim.scenario.Scenario;

import javax.swing.JFrame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * "What blocks a treaty", live: each month, the first gate that stopped a treaty, in two parts sharing the year axis.
 * <ul>
 *   <li>the stacked bands: among the replays run behind the Console ({@link ReplayBatch}) that had no treaty at the
 *       start of the month, the share stopped at each gate (the chart {@code treatysim run} writes as blocking.png,
 *       with the same colours and order, drawn as the months are played);</li>
 *   <li>the strip above them, "this run": the gate of the run on screen in each month, one colour at a time, so a
 *       single history can be read against the spread of the replays.</li>
 * </ul>
 * The scripted null has no negotiation protocol and so no gates; the chart says so instead of drawing.
 * Not a MASON chart generator: MASON's have no stacked areas, so this is a JFreeChart {@link ChartPanel} in its own
 * frame, lettered like the others.
 */
final class BlockingChart {
    /** Short names for a small chart, in the order of {@link ReplayBatch#GATES} (bottom band first). */
    static final List<String> LABELS = List.of("talks suspended", "no overlap", "no offer", "offer rejected",
            "US blocked it", "Japan: not ratified", "Russia: not ratified", "treaty signed");
    static final List<Color> COLOURS = StackedAreaChart.PALETTE;

    private final DefaultTableXYDataset shares = new DefaultTableXYDataset();
    private final XYSeries[] band = new XYSeries[LABELS.size()];
    private final XYSeriesCollection thisRun = new XYSeriesCollection();
    private final XYSeries[] strip = new XYSeries[LABELS.size()];
    private final XYPlot bands, stripPlot;
    private final NumberAxis years = new NumberAxis(null);
    private final TextTitle subtitle = new TextTitle("");
    final JFreeChart chart;
    final ChartPanel panel;
    private int points;

    BlockingChart() {
        for (int g = 0; g < band.length; g++) {
            band[g] = new XYSeries(LABELS.get(g), false, false);
            shares.addSeries(band[g]);
            strip[g] = new XYSeries(LABELS.get(g), false, false);
            thisRun.addSeries(strip[g]);
        }
        thisRun.setIntervalWidth(1.0 / 12);
        NumberAxis pct = new NumberAxis("% of replays");
        pct.setRange(0, 100);
        pct.setTickUnit(new NumberTickUnit(25, new DecimalFormat("0")));
        StackedXYAreaRenderer2 area = new StackedXYAreaRenderer2();
        area.setRoundXCoordinates(true);
        XYBarRenderer bars = new XYBarRenderer(0);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int g = 0; g < band.length; g++) {
            area.setSeriesPaint(g, COLOURS.get(g));
            area.setSeriesOutlinePaint(g, COLOURS.get(g));
            bars.setSeriesPaint(g, COLOURS.get(g));
        }
        bands = new XYPlot(shares, null, pct, area);
        bands.setBackgroundPaint(Color.WHITE);
        bands.setDomainGridlinesVisible(false);
        bands.setRangeGridlinePaint(new Color(255, 255, 255, 150));
        bands.setRangeGridlineStroke(new BasicStroke(1f));
        bands.setOutlineVisible(false);
        bands.setNoDataMessage("Press Play");
        NumberAxis one = new NumberAxis("this run");
        one.setRange(0, 1);
        one.setTickLabelsVisible(false);
        one.setTickMarksVisible(false);
        one.setLabelAngle(Math.PI / 2);
        one.setLabelFont(TreatyCharts.SUBTITLE);
        stripPlot = new XYPlot(thisRun, null, one, bars);
        stripPlot.setBackgroundPaint(new Color(0xF4F6F6));
        stripPlot.setDomainGridlinesVisible(false);
        stripPlot.setRangeGridlinesVisible(false);
        stripPlot.setOutlineVisible(false);

        years.setNumberFormatOverride(new DecimalFormat("0"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(4);
        plot.add(stripPlot, 1);
        plot.add(bands, 6);
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        LegendItemCollection legend = new LegendItemCollection();
        for (int g = band.length - 1; g >= 0; g--) {
            legend.add(new LegendItem(LABELS.get(g), ReplayBatch.GATES.get(g).description, null, null,
                    new Rectangle2D.Double(-8, -8, 16, 16), COLOURS.get(g)));
        }
        plot.setFixedLegendItems(legend);

        chart = new JFreeChart("What blocks a treaty", TreatyCharts.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        subtitle.setFont(TreatyCharts.SUBTITLE);
        subtitle.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(subtitle);
        LegendTitle lt = new LegendTitle(plot, new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 2),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 2));
        lt.setPosition(RectangleEdge.RIGHT);
        lt.setItemFont(TreatyCharts.LEGEND);
        lt.setFrame(BlockBorder.NONE);
        lt.setMargin(0, 8, 0, 4);
        chart.addSubtitle(lt);
        for (NumberAxis ax : new NumberAxis[] {years, pct}) {
            ax.setLabelFont(TreatyCharts.AXIS);
            ax.setTickLabelFont(TreatyCharts.TICKS);
        }
        panel = new ChartPanel(chart, false, true, false, false, true);
        // draw at the panel's own size: no stretching of the type when the window is small or large
        panel.setMinimumDrawWidth(0);
        panel.setMinimumDrawHeight(0);
        panel.setMaximumDrawWidth(10_000);
        panel.setMaximumDrawHeight(10_000);
    }

    JFrame createFrame() {
        JFrame f = new JFrame("TreatySim: what blocks a treaty");
        f.getContentPane().add(panel);
        return f;
    }

    /** Empties the chart for a new run of {@code s} with {@code replays} replays behind it. Call on the Swing thread. */
    void reset(Scenario s, int replays) {
        points = 0;
        shares.setNotify(false);
        for (XYSeries x : band) x.clear();
        shares.setNotify(true);
        for (XYSeries x : strip) x.clear();
        years.setRange(TreatyCharts.year(s.start()), TreatyCharts.year(s.end()) + 1.0 / 12);
        boolean scripted = s.agents() == Scenario.Agents.SCRIPTED;
        bands.setNoDataMessage(scripted ? "The scripted null has no offers protocol, so no gates."
                : replays == 0 ? "No replays (set 'Replays behind the charts' above 0)" : "Press Play");
        stripPlot.setNoDataMessage(scripted ? "" : "Press Play");
        subtitle.setText(scripted ? "The scripted null (v0.1 replay) has no gates: choose 'agents decide' to see them"
                : replays == 0 ? "Top strip: the gate that stopped a treaty in each month of the run on screen"
                : String.format(Locale.ROOT, "Bands: of %d replays with no treaty yet, %% stopped at each gate", replays));
    }

    /**
     * Adds the month {@code ym}: the replays' gate shares (NaN: none left without a treaty, drawn empty) and the gate
     * of the run on screen (-1: none, it has signed). Call on the Swing thread.
     */
    void add(YearMonth ym, double[] gateShares, int gateOfRun) {
        double x = TreatyCharts.year(ym) + 0.5 / 12;
        if (gateShares != null) {
            for (int g = 0; g < band.length; g++) {
                double v = gateShares[g];
                // the first series' new x is added to the others (as null) by the table dataset: update those
                band[g].addOrUpdate(x, Double.isNaN(v) ? 0 : 100 * v);
            }
            points++;
        }
        if (gateOfRun >= 0) strip[gateOfRun].add(x, 1, true);
    }

    /** The gate that stopped a treaty in the month just played of a model's state (1 among the gate variables), or -1. */
    static int gateOf(org.treatysim.model.World w) {
        if (w == null) return -1;
        for (int g = 0; g < ReplayBatch.GATES.size(); g++) if (w.get(ReplayBatch.GATES.get(g)) == 1.0) return g;
        return -1;
    }

    /** Months drawn in the bands. */
    int points() { return points; }

    /** Months in the strip, per gate. */
    int[] stripCounts() {
        int[] n = new int[strip.length];
        for (int g = 0; g < n.length; g++) n[g] = strip[g].getItemCount();
        return n;
    }
}
