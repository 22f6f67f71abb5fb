package org.treatysim.gui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.display.ChartUtilities;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The three MASON charts (chart generators): treaty likelihood, the bargaining gap and public opinion. Each series
 * pulls one number from the model after every month; the x axis is the calendar year. ("What blocks a treaty" is
 * {@link BlockingChart}.)
 *
 * <p>For one run the treaty is either signed or not, so the likelihood chart shows the model's own odds along the
 * path: the annualised hazard and the cumulative probability of a treaty by now given this path,
 * {@code 1 - prod(1 - h_month)}, next to the 0/1 outcome of the run and the share of the replays behind the Console
 * ({@link ReplayBatch}) that have signed by now. The bargaining gap sets the declared positions (dashed) beside the
 * private bounds.
 */
final class TreatyCharts {
    /** Lettering at the size it is drawn on screen (charts are drawn at their window's size, see fitChart). */
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    /** One chart line: its attributes and the getter that feeds it. */
    record Line(TimeSeriesAttributes attributes, ToDoubleFunction<TreatyModel> value) {}

    final TimeSeriesChartGenerator likelihood, gap, opinion;
    private final List<Line> lines = new ArrayList<>();
    private final PathOdds odds = new PathOdds();

    TreatyCharts(TreatySimWithUI gui) {
        likelihood = ChartUtilities.buildTimeSeriesChartGenerator(gui, "Treaty likelihood", "year");
        likelihood.setYAxisLabel("probability");
        line(likelihood, "hazard (per year)", new Color(0xC0392B), 3, m -> m.state().get(Var.TREATY_HAZARD_ANNUAL));
        line(likelihood, "cumulative P(treaty), this path", new Color(0x1F618D), 4, m -> odds.cumulative());
        line(likelihood, "treaty signed (0/1)", new Color(0x196F3D), 3, m -> m.signedStep() >= 0 ? 1 : 0);
        line(likelihood, "replays signed by now (share)", new Color(0x7D3C98), 3, m -> gui.replaysSigned());

        gap = ChartUtilities.buildTimeSeriesChartGenerator(gui, "Bargaining gap", "year");
        gap.setYAxisLabel("islands (0-4)");
        line(gap, "Japan: least it can accept", new Color(0x2E86C1), 4, m -> m.state().get(Var.JP_MIN_ACCEPT));
        line(gap, "Russia: most it can offer", new Color(0xC0392B), 4, m -> m.state().get(Var.RU_MAX_OFFER));
        dashed(line(gap, "Japan: declared demand", new Color(0x5DADE2), 3, m -> m.state().get(Var.JP_DECLARED_DEMAND)));
        dashed(line(gap, "Russia: declared offer", new Color(0xEC7063), 3, m -> m.state().get(Var.RU_DECLARED_OFFER)));

        opinion = ChartUtilities.buildTimeSeriesChartGenerator(gui, "Public opinion", "year");
        opinion.setYAxisLabel("% of public");
        line(opinion, "Japanese favourable to Russia", new Color(0x2E86C1), 3, m -> m.state().get(Var.JP_FAVOURABILITY_RU));
        line(opinion, "Russians favourable to Japan", new Color(0xE67E22), 3, m -> m.state().get(Var.RU_FAVOURABILITY_JP));
        line(opinion, "Russians backing a transfer", new Color(0x8E44AD), 3, m -> m.state().get(Var.RU_SUPPORT_TRANSFER));
    }

    List<TimeSeriesChartGenerator> generators() { return List.of(likelihood, gap, opinion); }

    private TimeSeriesAttributes line(TimeSeriesChartGenerator g, String name, Color c, double thickness, ToDoubleFunction<TreatyModel> f) {
        TimeSeriesAttributes a = ChartUtilities.addSeries(g, name);
        a.setStrokeColor(c);
        a.setThickness(thickness);
        lines.add(new Line(a, f));
        return a;
    }

    private static void dashed(TimeSeriesAttributes a) { a.setDashPattern(TimeSeriesAttributes.PATTERN_DASH); }

    /** Clears the lines and fixes the axes for a new run of {@code s}. Call on the Swing thread. */
    void reset(Scenario s) {
        odds.reset();
        for (Line l : lines) l.attributes().getSeries().clear();
        double x0 = year(s.start()), x1 = year(s.end()) + 1.0 / 12;
        for (TimeSeriesChartGenerator g : generators()) g.setXAxisRange(x0, x1);
        // the likelihood axis follows the data (from 0): one run's monthly odds are small and would vanish on [0, 1]
        if (likelihood.getChart().getXYPlot().getRangeAxis() instanceof NumberAxis y) {
            y.setAutoRange(true);
            y.setAutoRangeIncludesZero(true);
            y.setAutoRangeMinimumSize(0.05);
            y.setRangeType(org.jfree.data.RangeType.POSITIVE); // from 0 up, also while every line is still at 0
        }
        gap.setYAxisRange(-0.1, 4.2); // lines at 0 or 4 islands (a declared "four at once") clear of the frame
        opinion.setYAxisRange(0, 100);
        style();
    }

    /** Large fonts for a projector; MASON rebuilds nothing we set here during a run. */
    void style() {
        for (TimeSeriesChartGenerator g : generators()) {
            JFreeChart c = g.getChart();
            if (c.getTitle() != null) c.getTitle().setFont(TITLE);
            XYPlot p = c.getXYPlot();
            for (ValueAxis ax : new ValueAxis[] {p.getDomainAxis(), p.getRangeAxis()}) {
                ax.setLabelFont(AXIS);
                ax.setTickLabelFont(TICKS);
            }
            if (p.getDomainAxis() instanceof NumberAxis nx) nx.setNumberFormatOverride(new java.text.DecimalFormat("0"));
            p.getDomainAxis().setLabel(null); // the ticks are years: the room goes to the plot
            LegendTitle legend = c.getLegend();
            if (legend != null) legend.setItemFont(LEGEND);
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xBBBBBB));
            p.setRangeGridlinePaint(new Color(0xBBBBBB));
        }
    }

    /**
     * Reads every line's value for the month just completed (on the model's thread) and appends the points on
     * the Swing thread, as {@link ChartUtilities#scheduleSeries} does.
     */
    void record(TreatyModel m) {
        if (m.month() == 0 || m.state() == null) return;
        odds.add(m.state().get(Var.TREATY_HAZARD_ANNUAL));
        double x = year(m.scenario().monthAt(m.month() - 1));
        double[] y = new double[lines.size()];
        for (int i = 0; i < y.length; i++) y[i] = lines.get(i).value().applyAsDouble(m);
        long steps = m.schedule.getSteps();
        SwingUtilities.invokeLater(() -> {
            for (int i = 0; i < y.length; i++) {
                if (Double.isFinite(y[i])) lines.get(i).attributes().getSeries().add(x, y[i], false);
            }
            for (TimeSeriesChartGenerator g : generators()) g.updateChartLater(steps);
        });
    }

    /** Number of points in each chart's series, in order (for tests). Call on the Swing thread. */
    int[] itemCounts() {
        int[] n = new int[lines.size()];
        for (int i = 0; i < n.length; i++) n[i] = lines.get(i).attributes().getSeries().getItemCount();
        return n;
    }

    List<String> seriesNames() {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            XYSeries s = l.attributes().getSeries();
            out.add(String.valueOf(s.getKey()));
        }
        return out;
    }

    static double year(YearMonth ym) { return ym.getYear() + (ym.getMonthValue() - 1) / 12.0; }

    /**
     * The chance of a treaty by now along the path shown, from the monthly hazards so far:
     * {@code 1 - prod(1 - h_month)}, where {@code h_month = 1 - (1 - h_year)^(1/12)}. After a signature the
     * hazard is undefined and the value stays where it was.
     */
    static final class PathOdds {
        private double survival = 1;

        void reset() { survival = 1; }

        void add(double annualHazard) {
            if (!Double.isFinite(annualHazard)) return;
            double h = Math.max(0, Math.min(1, annualHazard));
            survival *= Math.pow(1 - h, 1.0 / 12);
        }

        double cumulative() { return 1 - survival; }
    }
}
