package org.treatysim.output;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric's sensitivity indices as horizontal bars, parameters sorted with the most influential on top,
 * each bar with its bootstrap confidence interval as an error bar: Sobol S1 and ST, or Morris mu* and sigma.
 * Large type for projectors.
 */
public final class SensitivityChart {
    static final int WIDTH = 1600;
    static final Color FIRST = new Color(0x1F, 0x5F, 0xA8), SECOND = new Color(0xE0, 0x8A, 0x1E);

    private final SensitivityReport.Report report;
    private final String metric;

    public SensitivityChart(SensitivityReport.Report report, String metric) {
        this.report = report;
        this.metric = metric;
    }

    private boolean sobol() { return report.method().equals("sobol"); }

    int height() { return Math.max(700, 260 + 70 * report.parameters().size()); }

    JFreeChart build() {
        String first = sobol() ? "S1" : "mu_star", second = sobol() ? "ST" : "sigma";
        String firstLabel = sobol() ? "first order S1" : "mu* (mean |elementary effect|)";
        String secondLabel = sobol() ? "total order ST" : "sigma (spread of effects)";
        Map<String, SobolIndices> byParam = new HashMap<>();
        for (SensitivityReport.Row r : report.rows()) {
            if (!r.metric().equals(metric)) continue;
            SobolIndices s = byParam.computeIfAbsent(r.parameter(), p -> new SobolIndices());
            if (r.index().equals(first)) s.first = r.estimate();
            else s.second = r.estimate();
        }
        List<String> order = new ArrayList<>(report.parameters());
        // Most influential first (top of the chart): by ST for Sobol, by mu* for Morris.
        Comparator<String> key = Comparator.comparingDouble(p -> {
            org.treatysim.analysis.SobolIndices.Estimate e = sobol() ? byParam.get(p).second : byParam.get(p).first;
            return e == null || !Double.isFinite(e.value()) ? Double.NEGATIVE_INFINITY : e.value();
        });
        order.sort(key.reversed());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, org.treatysim.analysis.SobolIndices.Estimate> ci = new HashMap<>();
        for (String p : order) {
            SobolIndices s = byParam.get(p);
            data.addValue(finite(s.first), firstLabel, p);
            data.addValue(finite(s.second), secondLabel, p);
            ci.put(firstLabel + "|" + p, s.first);
            ci.put(secondLabel + "|" + p, s.second);
        }
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        Font label = new Font(Font.SANS_SERIF, Font.BOLD, 22);
        CategoryAxis domain = new CategoryAxis(null);
        domain.setTickLabelFont(tick);
        domain.setCategoryMargin(0.25);
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis range = new NumberAxis(sobol() ? "Sobol index (share of output variance), 95% bootstrap CI"
                : "Effect on " + metric + " of moving a parameter across its whole range, 95% bootstrap CI");
        range.setTickLabelFont(tick);
        range.setLabelFont(label);
        // The axis spans every bar and every interval, and always zero.
        double lo = 0, hi = 0;
        for (SobolIndices x : byParam.values()) {
            for (org.treatysim.analysis.SobolIndices.Estimate e : new org.treatysim.analysis.SobolIndices.Estimate[] {x.first, x.second}) {
                if (e == null) continue;
                for (double v : new double[] {e.value(), e.low(), e.high()}) {
                    if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
                }
            }
        }
        if (hi <= lo) hi = lo + 1;
        double pad = 0.04 * (hi - lo);
        range.setRange(lo < 0 ? lo - pad : 0, hi + pad);
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(ci);
        renderer.setSeriesPaint(0, FIRST);
        renderer.setSeriesPaint(1, SECOND);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_LEFT);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        String title = (sobol() ? "Sobol sensitivity: " : "Morris screening: ") + metric;
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 30), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String sub = (sobol() ? report.samples() + " base samples (Saltelli 2010 S1, Jansen 1999 ST)"
                : report.samples() + " trajectories (Campolongo 2007 mu*)") + "; bars sorted by " + (sobol() ? "ST" : "mu*")
                + "; black lines: 95% bootstrap intervals";
        boolean none = byParam.values().stream().allMatch(x -> x.first == null || !Double.isFinite(x.first.value()));
        if (none) sub = "the metric did not vary across the sweep (e.g. no run signed a treaty by then): no indices to show";
        chart.addSubtitle(new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 20)));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        return chart;
    }

    private static double finite(org.treatysim.analysis.SobolIndices.Estimate e) {
        return e == null || !Double.isFinite(e.value()) ? 0 : e.value();
    }

    /** Holder of a parameter's two estimates. */
    private static final class SobolIndices {
        org.treatysim.analysis.SobolIndices.Estimate first, second;
    }

    public void writePng(Path file) {
        try {
            ChartUtilities.saveChartAsPNG(file.toFile(), build(), WIDTH, height());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public void writeSvg(Path file) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height());
        g.setDefsKeyPrefix("treatysim"); // not the default (a time stamp): the same sweep gives the same bytes
        build().draw(g, new Rectangle(0, 0, WIDTH, height()));
        try {
            Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Bars with the confidence interval of each drawn as a black error bar with caps. */
    static final class WhiskerBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, org.treatysim.analysis.SobolIndices.Estimate> ci;

        WhiskerBarRenderer(Map<String, org.treatysim.analysis.SobolIndices.Estimate> ci) { this.ci = ci; }

        @Override public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                                       CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != getPassCount() - 1) return;
            int visibleRow = state.getVisibleSeriesIndex(row);
            if (visibleRow < 0) return;
            org.treatysim.analysis.SobolIndices.Estimate e = ci.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
            if (e == null || !Double.isFinite(e.low()) || !Double.isFinite(e.high())) return;
            double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
            double mid = w0 + state.getBarWidth() / 2, cap = state.getBarWidth() * 0.3;
            RectangleEdge edge = plot.getRangeAxisEdge();
            double lo = rangeAxis.valueToJava2D(e.low(), dataArea, edge), hi = rangeAxis.valueToJava2D(e.high(), dataArea, edge);
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(2.5f));
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
            g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
        }
    }
}
