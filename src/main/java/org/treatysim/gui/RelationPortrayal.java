package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import sim.display.GUIState;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.Locale;

/**
 * Draws a {@link Relation} edge: its colour says which relation it is (blue alliance, amber alignment, dashed
 * dark red tension, green or red affinity), its width how strong it is now, and a label on it gives the value.
 */
final class RelationPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Line width in field units at strength 0 and at strength 1. */
    static final double MIN_W = 2, MAX_W = 26;
    private final GUIState gui;

    RelationPortrayal(GUIState gui) { this.gui = gui; }

    static double width(double strength) { return MIN_W + (MAX_W - MIN_W) * strength; }

    @Override public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Relation r = (Relation) ((Edge) object).info;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        TreatyModel m = (TreatyModel) gui.state;
        double v = r.value(m);
        double scale = info.draw.width;
        double x1 = info.draw.x, y1 = info.draw.y, x2 = e.secondPoint.x, y2 = e.secondPoint.y;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float w = (float) Math.max(1, width(r.strength(v)) * scale);
        BasicStroke stroke = r.dashed()
                ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {Math.max(4, 3 * w), Math.max(3, 1.5f * w)}, 0f)
                : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Color c = r.colour(v);
        g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), 190));
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));

        // The value only: the colour (see the key) says which relation it is; short labels keep the map uncluttered.
        String label = Double.isNaN(v) ? "" : String.format(Locale.ROOT, r == Relation.AFFINITY ? "%+.2f" : "%.2f", v);
        if (label.isEmpty()) return;
        Font f = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(7, Math.round(32 * scale)));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        // undirected edges may be drawn from either end: measure labelAt from the relation's own "from" actor
        boolean reversed = Math.signum(x2 - x1) != Math.signum(r.to.x - r.from.x);
        double t = reversed ? 1 - r.labelAt : r.labelAt;
        double mx = x1 + t * (x2 - x1), my = y1 + t * (y2 - y1);
        int tw = fm.stringWidth(label);
        g.setPaint(new Color(255, 255, 255, 225));
        g.fillRoundRect((int) (mx - tw / 2.0) - 6, (int) (my - fm.getAscent() / 2.0) - 3, tw + 12, fm.getAscent() + 6, 10, 10);
        g.setPaint(c.darker());
        g.drawString(label, (float) (mx - tw / 2.0), (float) (my + fm.getAscent() / 2.0 - 2));
    }
}
