package org.treatysim.output;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stacked-area builder on synthetic shares: what blocks a treaty, month by month, in bands that sum to 100%. */
class StackedAreaChartTest {
    static final List<String> LABELS = List.of("talks closed", "no overlap", "offer rejected", "signed");
    static final List<Color> COLOURS = List.of(new Color(0x7F7F7F), new Color(0xD55E00), new Color(0xE69F00), new Color(0x009E73));
    static final YearMonth START = YearMonth.of(1990, 1);
    static final int MONTHS = 120;

    /** Talks closed fades out, signed grows, the middle two share the rest 2:1; NaN months 60-62 (no data). */
    static double[][] shares() {
        double[][] s = new double[4][MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            double closed = Math.max(0, 0.6 - m / 100.0), signed = m / 240.0, rest = 1 - closed - signed;
            s[0][m] = closed;
            s[1][m] = rest * 2 / 3;
            s[2][m] = rest / 3;
            s[3][m] = signed;
            if (m >= 60 && m <= 62) for (int c = 0; c < 4; c++) s[c][m] = Double.NaN;
        }
        return s;
    }

    static List<YearMonth> months() {
        List<YearMonth> ms = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) ms.add(START.plusMonths(m));
        return ms;
    }

    @Test void eachBandIsDrawnInItsColourAtItsShareOfTheMonth() {
        StackedAreaChart chart = new StackedAreaChart("What blocks a treaty", months(), LABELS, COLOURS, shares()).subtitle("synthetic");
        JFreeChart jc = chart.build();
        BufferedImage img = new BufferedImage(StackedAreaChart.WIDTH, StackedAreaChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = img.createGraphics();
        jc.draw(g, new Rectangle(0, 0, img.getWidth(), img.getHeight()), info);
        g.dispose();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        XYPlot plot = jc.getXYPlot();
        ValueAxis x = plot.getDomainAxis(), y = plot.getRangeAxis();
        double[][] s = shares();
        for (int m : new int[] {5, 30, 90, 110}) {
            double px = x.valueToJava2D(StackedAreaChart.x(START.plusMonths(m)), data, plot.getDomainAxisEdge());
            double below = 0;
            for (int c = 0; c < 4; c++) {
                if (s[c][m] < 0.05) { below += s[c][m]; continue; }
                double mid = 100 * (below + s[c][m] / 2);
                double py = y.valueToJava2D(mid, data, plot.getRangeAxisEdge());
                assertEquals(COLOURS.get(c).getRGB(), img.getRGB((int) px, (int) py), LABELS.get(c) + " at month " + m + ", " + mid + "%");
                below += s[c][m];
            }
        }
        // A month without data is drawn empty (white), not as a made-up share.
        double gap = x.valueToJava2D(StackedAreaChart.x(START.plusMonths(61)), data, plot.getDomainAxisEdge());
        assertEquals(Color.WHITE.getRGB(), img.getRGB((int) gap, (int) y.valueToJava2D(50, data, plot.getRangeAxisEdge())));
        assertEquals(0, y.getLowerBound());
        assertEquals(100, y.getUpperBound());
        // The legend lists the bands top to bottom.
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) legend.add(plot.getFixedLegendItems().get(i).getLabel());
        assertEquals(List.of("signed", "offer rejected", "no overlap", "talks closed"), legend);
    }

    @Test void writesAPngOfTheChartSizeAndAnSvgWithTheLabels(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("blocking.png"), svg = dir.resolve("blocking.svg");
        new StackedAreaChart("What blocks a treaty", months(), LABELS, COLOURS, shares()).save(png, svg);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(900, img.getHeight());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
        for (String l : LABELS) assertTrue(text.contains(">" + l + "<"), l);
        assertTrue(text.contains(">What blocks a treaty<"));
        Path again = dir.resolve("again.svg");
        new StackedAreaChart("What blocks a treaty", months(), LABELS, COLOURS, shares()).saveSvg(again);
        assertArrayEquals(Files.readAllBytes(svg), Files.readAllBytes(again), "the same data gives the same SVG bytes");
    }

    @Test void badSharesAreRefusedSayingWhere() {
        double[][] s = shares();
        s[1][7] += 0.1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StackedAreaChart("t", months(), LABELS, COLOURS, s));
        assertEquals("the shares of 1990-08 sum to 1.1, not 1", e.getMessage());
        double[][] neg = shares();
        neg[0][3] = -0.2;
        neg[1][3] += 0.2;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackedAreaChart("t", months(), LABELS, COLOURS, neg))
                .getMessage().startsWith("share of 'talks closed' in 1990-04 is -0.2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackedAreaChart("t", months(), LABELS, COLOURS.subList(0, 3), shares()))
                .getMessage().startsWith("4 category labels, 3 colours and 4 rows of shares"));
        double[][] partial = shares();
        partial[2][10] = Double.NaN;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackedAreaChart("t", months(), LABELS, COLOURS, partial))
                .getMessage().contains("(1 of them are NaN)"));
        List<YearMonth> skipping = new ArrayList<>(months());
        skipping.set(5, skipping.get(5).plusMonths(1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackedAreaChart("t", skipping, LABELS, COLOURS, shares()))
                .getMessage().startsWith("months must be consecutive"));
    }
}
