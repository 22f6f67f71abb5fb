package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of the peace-treaty talks, in the map's upper right corner: open or suspended (and by whom, in the
 * agent model), a negotiating round this month, or the treaty once signed.
 */
final class TalksBanner extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** The object placed in the field for the banner to be drawn at (its right edge and first baseline). */
    static final Object KEY = new Object() {
        @Override public String toString() { return "Talks"; }
    };
    static final double X = Actor.FIELD_W - 20, Y = 48;
    static final Color OPEN = new Color(0x1E8449), SUSPENDED = new Color(0xB03A2E), SIGNED = new Color(0x1F618D);
    private final GUIState gui;

    TalksBanner(GUIState gui) { this.gui = gui; }

    /** The banner's lines: a headline and its colour, then details. */
    record Text(String headline, Color colour, List<String> details) {}

    static Text text(TreatyModel m) {
        World w = m.state();
        if (w == null) return new Text("Talks: not started", Color.GRAY, List.of());
        if (m.signedStep() >= 0) {
            return new Text("TREATY SIGNED", SIGNED, List.of(m.scenario().monthAt(m.signedStep()) + String.format(java.util.Locale.ROOT,
                    ", %.1f islands", m.signedIslands())));
        }
        List<String> details = new ArrayList<>(2);
        boolean open = w.get(Var.JP_RU_CHANNEL_OPEN) > 0.5;
        boolean agents = m.scenario().agents() == Scenario.Agents.DECIDE;
        if (!open && agents && !(w.jpTalks() && w.ruTalks())) {
            details.add("by " + (!w.jpTalks() && !w.ruTalks() ? "Tokyo and Moscow" : !w.jpTalks() ? "Tokyo" : "Moscow"));
        }
        if (open && w.get(Var.JP_RU_ROUND) > 0.5) details.add("a round this month");
        return new Text(open ? "Talks OPEN" : "Talks SUSPENDED", open ? OPEN : SUSPENDED, details);
    }

    @Override public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Text t = text((TreatyModel) gui.state);
        double s = info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font head = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(8, Math.round(40 * s)));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.round(31 * s)));
        double right = info.draw.x, y = info.draw.y;
        right(g, head, t.headline(), right, y, t.colour());
        for (String d : t.details()) {
            y += g.getFontMetrics(small).getHeight();
            right(g, small, d, right, y, t.colour().darker());
        }
    }

    private static void right(Graphics2D g, Font f, String s, double right, double y, Color c) {
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        ActorPortrayal.text(g, f, s, right - fm.stringWidth(s) / 2.0, y, c);
    }
}
