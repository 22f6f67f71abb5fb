package org.treatysim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

/** The map's key, drawn in its lower left corner: what the disc sizes and the line colours and widths mean. */
final class MapLegend extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** The object placed in the field for the key to be drawn at. */
    static final Object KEY = new Object() {
        @Override public String toString() { return "Key"; }
    };
    static final double X = 20, Y = Actor.FIELD_H - 215;

    private static final Object[][] ROWS = {
            {new Color(0x2471A3), "alliance (US-Japan)", false},
            {new Color(0xB9770E), "alignment (China-Russia)", false},
            {new Color(0x922B21), "tension", true},
            {new Color(0x1E8449), "affinity (red: hostile)", false},
    };

    @Override public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double s = info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.round(28 * s))));
        FontMetrics fm = g.getFontMetrics();
        double x = info.draw.x, y = info.draw.y, line = fm.getHeight() + 3 * s;
        Color ink = new Color(0x1B2631);
        g.setPaint(ink);
        g.drawString("Disc size: weight in the dispute", (float) x, (float) y);
        for (Object[] r : ROWS) {
            y += line;
            g.setPaint((Color) r[0]);
            g.setStroke((Boolean) r[2]
                    ? new BasicStroke((float) (9 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {(float) (14 * s), (float) (8 * s)}, 0f)
                    : new BasicStroke((float) (9 * s)));
            double ly = y - fm.getAscent() / 3.0;
            g.draw(new Line2D.Double(x, ly, x + 50 * s, ly));
            g.setPaint(ink);
            g.drawString((String) r[1], (float) (x + 60 * s), (float) y);
        }
        y += line;
        g.drawString("Line width: strength now", (float) x, (float) y);
    }
}
