package org.treatysim.output;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.VerticalAlignment;
import org.treatysim.io.Decimals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A stacked-area chart of per-month shares of named categories that sum to 1 in every month, e.g. what blocks a
 * treaty each month (talks closed, no overlap, ..., signed) as a share of replications. The first category is at
 * the bottom; the legend, on the right, lists the categories top to bottom in the order of the bands. The y axis is
 * in percent (0-100). Sized and lettered like the other charts for a projector: 1600 x 900 pixels, legible at half
 * that size. Written as PNG (JFreeChart's ChartUtilities) and SVG (org.jfree.svg).
 *
 * <pre>{@code
 * new StackedAreaChart("What blocks a treaty, 1956-2025", months, labels, colours, shares)
 *         .subtitle("Share of replications in each state, by month")
 *         .save(dir.file("blocking.png"), dir.file("blocking.svg"));
 * }</pre>
 */
public final class StackedAreaChart {
    public static final int WIDTH = TreatyChart.WIDTH, HEIGHT = TreatyChart.HEIGHT;
    /**
     * Colours for up to eight categories that stay apart on a projector and for colour-blind readers (Okabe and Ito's
     * palette, with grey first for a "nothing happening" category).
     */
    public static final List<Color> PALETTE = List.of(new Color(0x9E9E9E), new Color(0xD55E00), new Color(0xCC79A7), new Color(0xE69F00),
            new Color(0x56B4E9), new Color(0x0072B2), new Color(0x6D4C41), new Color(0x009E73));
    /** How far from 1 a month's shares may sum (rounding of shares of replications). */
    static final double SUM_TOLERANCE = 1e-6;

    private final String title;
    private final List<YearMonth> months;
    private final List<String> labels;
    private final List<Color> colours;
    private final double[][] shares;
    private String subtitle = "";

    /**
     * @param months  the months, consecutive and in order
     * @param labels  one name per category, bottom band first
     * @param colours one colour per category
     * @param shares  shares[category][month], each in [0, 1]; in each month they sum to 1, or are all NaN (a month
     *                without data: drawn empty)
     * @throws IllegalArgumentException if the sizes disagree or a month's shares are out of range or do not sum to 1
     */
    public StackedAreaChart(String title, List<YearMonth> months, List<String> labels, List<Color> colours, double[][] shares) {
        if (months.isEmpty()) throw new IllegalArgumentException("a stacked-area chart needs at least one month");
        if (labels.isEmpty()) throw new IllegalArgumentException("a stacked-area chart needs at least one category");
        if (labels.size() != colours.size() || labels.size() != shares.length) {
            throw new IllegalArgumentException(labels.size() + " category labels, " + colours.size() + " colours and " + shares.length
                    + " rows of shares: give one colour and one row of shares per category");
        }
        for (int m = 1; m < months.size(); m++) {
            if (!months.get(m).equals(months.get(m - 1).plusMonths(1))) {
                throw new IllegalArgumentException("months must be consecutive: " + months.get(m - 1) + " is followed by " + months.get(m));
            }
        }
        for (int c = 0; c < shares.length; c++) {
            if (shares[c].length != months.size()) {
                throw new IllegalArgumentException("category '" + labels.get(c) + "' has " + shares[c].length + " shares for " + months.size() + " months");
            }
        }
        for (int m = 0; m < months.size(); m++) {
            int nan = 0;
            double sum = 0;
            for (int c = 0; c < shares.length; c++) {
                double x = shares[c][m];
                if (Double.isNaN(x)) { nan++; continue; }
                if (!(x >= -SUM_TOLERANCE && x <= 1 + SUM_TOLERANCE)) {
                    throw new IllegalArgumentException("share of '" + labels.get(c) + "' in " + months.get(m) + " is " + x + ", outside [0, 1]");
                }
                sum += x;
            }
            if (nan == shares.length) continue;
            if (nan > 0 || Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the shares of %s sum to %s, not 1%s",
                        months.get(m), Decimals.format(sum), nan > 0 ? " (" + nan + " of them are NaN)" : ""));
            }
        }
        this.title = title;
        this.months = List.copyOf(months);
        this.labels = List.copyOf(labels);
        this.colours = List.copyOf(colours);
        this.shares = new double[shares.length][];
        for (int c = 0; c < shares.length; c++) this.shares[c] = shares[c].clone();
    }

    /** A line under the title (e.g. what the shares are of). */
    public StackedAreaChart subtitle(String s) {
        this.subtitle = s == null ? "" : s;
        return this;
    }

    public JFreeChart build() {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        for (int c = 0; c < labels.size(); c++) {
            XYSeries s = new XYSeries(labels.get(c), false, false);
            for (int m = 0; m < months.size(); m++) {
                double x = shares[c][m];
                s.add(x(months.get(m)), Double.isNaN(x) ? 0 : 100 * Math.max(0, x), false);
            }
            data.addSeries(s);
        }
        NumberAxis xAxis = new NumberAxis("Year");
        xAxis.setRange(x(months.get(0)), x(months.get(months.size() - 1)));
        double span = x(months.get(months.size() - 1)) - x(months.get(0));
        xAxis.setTickUnit(new NumberTickUnit(span > 30 ? 5 : span > 12 ? 2 : 1, new DecimalFormat("0")));
        xAxis.setTickLabelFont(TreatyChart.TICK_FONT);
        xAxis.setLabelFont(TreatyChart.AXIS_FONT);
        NumberAxis yAxis = new NumberAxis("Share (%)");
        yAxis.setRange(0, 100);
        yAxis.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0")));
        yAxis.setTickLabelFont(TreatyChart.TICK_FONT);
        yAxis.setLabelFont(TreatyChart.AXIS_FONT);

        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setRoundXCoordinates(true);
        LegendItemCollection legend = new LegendItemCollection();
        for (int c = 0; c < labels.size(); c++) {
            renderer.setSeriesPaint(c, colours.get(c));
            renderer.setSeriesOutlinePaint(c, colours.get(c));
        }
        for (int c = labels.size() - 1; c >= 0; c--) {
            LegendItem it = new LegendItem(labels.get(c), null, null, null, new Rectangle2D.Double(-10, -10, 20, 20), colours.get(c));
            it.setLabelFont(TreatyChart.LEGEND_FONT);
            legend.add(it);
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setFixedLegendItems(legend);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setForegroundAlpha(1f);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(255, 255, 255, 140));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart(title, TreatyChart.TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, TreatyChart.SUBTITLE_FONT);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle lt = new LegendTitle(plot, new FlowArrangement(), new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 6));
        lt.setPosition(RectangleEdge.RIGHT);
        lt.setVerticalAlignment(VerticalAlignment.CENTER);
        lt.setItemFont(TreatyChart.LEGEND_FONT);
        lt.setFrame(BlockBorder.NONE);
        lt.setMargin(0, 12, 0, 8);
        chart.addSubtitle(lt);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** The middle of a month in decimal years. */
    static double x(YearMonth ym) { return TreatyChart.decimalYear(ym) + 0.5 / 12; }

    public void savePng(Path file) { ChartFiles.png(build(), file, WIDTH, HEIGHT); }

    public void saveSvg(Path file) { ChartFiles.svg(build(), file, WIDTH, HEIGHT); }

    /** Both files at once, from the same chart. */
    public void save(Path png, Path svg) {
        JFreeChart chart = build();
        ChartFiles.png(chart, png, WIDTH, HEIGHT);
        ChartFiles.svg(chart, svg, WIDTH, HEIGHT);
    }
}
