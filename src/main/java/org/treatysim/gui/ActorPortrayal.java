package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws an {@link Actor}: a disc whose area grows with the actor's weight in the dispute, its name above, and
 * below it the current leader, the decisions in force ({@link Actor#details}) and the size measure, in fonts large
 * enough for a projector.
 */
final class ActorPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Disc diameter in field units at weight 0 and at weight 1. */
    static final double MIN_D = 60, MAX_D = 160;
    private final GUIState gui;

    ActorPortrayal(GUIState gui) { this.gui = gui; }

    static double diameter(double weight) {
        double w = Math.max(0, Math.min(1, weight));
        return Math.sqrt(MIN_D * MIN_D + (MAX_D * MAX_D - MIN_D * MIN_D) * w); // area linear in weight
    }

    @Override public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Actor a = (Actor) object;
        TreatyModel m = (TreatyModel) gui.state;
        double scale = info.draw.width; // pixels per field unit
        double d = diameter(a.weight(m)) * scale;
        double cx = info.draw.x, cy = info.draw.y;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Ellipse2D.Double disc = new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d);
        g.setPaint(new Color(a.colour.getRed(), a.colour.getGreen(), a.colour.getBlue(), 215));
        g.fill(disc);
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1, 3 * scale)));
        g.draw(disc);

        Font big = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(8, Math.round(44 * scale)));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.round(33 * scale)));
        Font alert = small.deriveFont(Font.BOLD);
        text(g, big, a.name(m), cx, cy - d / 2 - 10 * scale, Color.BLACK);
        // the leader, the decisions in force and the size measure: under the disc, or (Russia) left of it, clear of
        // the lines to Japan and the United States
        List<Object[]> lines = new ArrayList<>();
        String leader = a.leader(m);
        if (!leader.isEmpty() && !"?".equals(leader)) lines.add(new Object[] {leader, big, INK});
        for (Actor.Detail line : a.details(m)) {
            lines.add(new Object[] {line.text(), line.alert() ? alert : small, line.alert() ? a.colour.darker() : INK});
        }
        lines.add(new Object[] {String.format(Locale.ROOT, "%s %.2f", a.weightLabel(), a.weight(m)), small, GREY});
        boolean left = a == Actor.RUSSIA;
        double y = left ? cy - 12 * scale : cy + d / 2 + 4 * scale;
        double right = cx - d / 2 - 14 * scale;
        double descent = 0; // of the line above: each line starts below it, so no halo covers the line above
        for (Object[] l : lines) {
            Font f = (Font) l[1];
            y += descent + g.getFontMetrics(f).getAscent() + 2 * scale;
            descent = g.getFontMetrics(f).getDescent();
            String s = (String) l[0];
            double x = left ? right - g.getFontMetrics(f).stringWidth(s) / 2.0 : cx;
            text(g, f, s, x, y, (Color) l[2]);
        }
    }

    static final Color INK = new Color(0x1B2631), GREY = new Color(0x5D6D7E);

    /** Draws {@code s} centred on x with its baseline at y, on a light halo so it stays legible over lines. */
    static void text(Graphics2D g, Font f, String s, double x, double y, Color c) {
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        float tx = (float) (x - fm.stringWidth(s) / 2.0), ty = (float) y;
        g.setPaint(new Color(255, 255, 255, 200));
        g.fillRoundRect((int) tx - 4, (int) (ty - fm.getAscent()), fm.stringWidth(s) + 8, fm.getAscent() + fm.getDescent(), 8, 8);
        g.setPaint(c);
        g.drawString(s, tx, ty);
    }

    @Override public boolean hitObject(Object object, DrawInfo2D range) {
        TreatyModel m = (TreatyModel) gui.state;
        double d = diameter(((Actor) object).weight(m)) * range.draw.width;
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override public String getName(LocationWrapper wrapper) {
        return ((Actor) wrapper.getObject()).name((TreatyModel) gui.state);
    }
}
