package org.treatysim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** The map's key, drawn in its lower left corner: what the disc sizes and the line colours and widths mean. */
final class MapLegend extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** The object placed in the field for the key to be drawn at. */
    static final Object KEY = new Object() {
        @Override public String toString() { return "Key"; }
    };
    static final double X = 20, Y = 540;

    private static final Object[][] ROWS = {
            {new Color(0x2471A3), "alliance", false},
            {new Color(0xB9770E), "alignment", false},
            {new Color(0x922B21), "tension", true},
            {new Color(0x1E8449), "affinity (red if hostile)", false},
    };

    @Override public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double s = info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.round(20 * s)));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double x = info.draw.x, y = info.draw.y;
        double line = fm.getHeight() + 2;
        g.setPaint(new Color(0x1B2631));
        g.drawString("Disc: leader's commitment (JP, RU), US pressure, China's weight", (float) x, (float) y);
        double cx = x;
        for (Object[] r : ROWS) {
            Color c = (Color) r[0];
            g.setPaint(c);
            java.awt.BasicStroke st = (Boolean) r[2]
                    ? new java.awt.BasicStroke((float) (8 * s), java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {(float) (14 * s), (float) (8 * s)}, 0f)
                    : new java.awt.BasicStroke((float) (8 * s));
            g.setStroke(st);
            double ly = y + line - fm.getAscent() / 3.0;
            g.draw(new java.awt.geom.Line2D.Double(cx, ly, cx + 40 * s, ly));
            g.setPaint(new Color(0x1B2631));
            g.drawString((String) r[1], (float) (cx + 48 * s), (float) (y + line));
            cx += 48 * s + fm.stringWidth((String) r[1]) + 26 * s;
        }
        g.drawString("Line width: strength now", (float) x, (float) (y + 2 * line));
    }
}
