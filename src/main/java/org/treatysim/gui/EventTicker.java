package org.treatysim.gui;

import org.treatysim.io.Html;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The ticker: the month just played in large type, the leaders and the state of the negotiation, then two lists,
 * newest first. <b>Decisions</b>: what the agents decided, as it happened, each with a square in the actor's colour,
 * its sentence and, in grey, what drove it ({@link DecisionFeed}). <b>Events</b>: the scenario's shocks, the dated
 * events outside the governments' choices. Lines of the month just played are in bold.
 *
 * <p>The scripted null takes no decisions: its former decisions are dated events, so they fill the first list
 * (marked as scripted) and the shocks the second.
 */
final class EventTicker extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Lines shown in each list. */
    static final int DECISIONS = 6, SHOCKS = 3;
    static final int FONT_PT = 19;
    private final JLabel month = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JEditorPane lists = new JEditorPane("text/html", "");
    private String lastHtml = "";

    EventTicker() {
        super(new BorderLayout(0, 6));
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        month.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        month.setForeground(new Color(0x1B2631));
        status.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        status.setForeground(new Color(0x34495E));
        JPanel top = new JPanel(new BorderLayout(18, 0));
        top.setOpaque(false);
        top.add(month, BorderLayout.WEST);
        top.add(status, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        lists.setEditable(false);
        lists.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        lists.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, FONT_PT));
        lists.setBackground(Color.WHITE);
        add(lists, BorderLayout.CENTER);
        show(null);
    }

    JFrame createFrame() {
        JFrame f = new JFrame("TreatySim: decisions and events");
        f.getContentPane().add(this);
        return f;
    }

    /** What the ticker shows for the model's state; computed on the model's thread, shown on the Swing thread. */
    record View(String month, String status, String html) {}

    static View view(TreatyModel m, DecisionFeed feed) {
        if (m == null || m.month() == 0 || m.state() == null) {
            return new View("Press Play", m == null ? "" : "<html>" + Html.escape(m.scenario().title()) + "</html>", "<html><body></body></html>");
        }
        Scenario s = m.scenario();
        int step = m.month() - 1;
        YearMonth now = s.monthAt(step);
        boolean scripted = s.agents() == Scenario.Agents.SCRIPTED;
        String treaty = m.signedStep() >= 0
                ? String.format(Locale.ROOT, "<b>TREATY SIGNED %s</b> (%.1f islands)", s.monthAt(m.signedStep()), m.signedIslands())
                : String.format(Locale.ROOT, "talks <b>%s</b>, gap %.1f islands, hazard %.1f%%/yr",
                        m.state().get(Var.JP_RU_CHANNEL_OPEN) > 0.5 ? "open" : "suspended",
                        m.state().get(Var.JP_MIN_ACCEPT) - m.state().get(Var.RU_MAX_OFFER),
                        100 * m.state().get(Var.TREATY_HAZARD_ANNUAL));
        String status = "<html>Japan: <b>" + Html.escape(m.leader(Country.JP)) + "</b>&nbsp;&nbsp; " + Actor.RUSSIA.name(m) + ": <b>"
                + Html.escape(m.leader(Country.RU)) + "</b><br>" + treaty + "</html>";

        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif; font-size:" + FONT_PT + "pt'>");
        List<Event> decisions = new ArrayList<>(), shocks = new ArrayList<>();
        List<Event> applied = s.appliedEvents();
        for (int i = applied.size() - 1; i >= 0; i--) {
            Event e = applied.get(i);
            if (e.date().isAfter(now)) continue;
            List<Event> to = scripted && e.isDecision() ? decisions : shocks;
            if (to.size() < (to == decisions ? DECISIONS : SHOCKS)) to.add(e);
        }
        if (scripted) {
            heading(h, "Decisions, scripted as dated events (the null model)");
            for (Event e : decisions) event(h, e, now, actorOf(e));
            if (decisions.isEmpty()) h.append(grey("No scripted decision yet."));
        } else {
            heading(h, "What the governments decide");
            List<DecisionFeed.Line> lines = feed == null ? List.of() : feed.latest(DECISIONS);
            for (DecisionFeed.Line l : lines) decision(h, l, s, step);
            if (lines.isEmpty()) h.append(grey("No decision yet."));
        }
        heading(h, "Events outside their choice (shocks)");
        for (Event e : shocks) event(h, e, now, null);
        if (shocks.isEmpty()) h.append(grey("No events yet."));
        h.append("</body></html>");
        return new View(now.toString(), status, h.toString());
    }

    private static void heading(StringBuilder h, String text) {
        h.append("<p style='margin-top:8px; margin-bottom:2px; color:#7B7D7D; font-size:").append(FONT_PT - 4).append("pt'><b>")
                .append(Html.escape(text.toUpperCase(Locale.ROOT))).append("</b></p>");
    }

    private static void decision(StringBuilder h, DecisionFeed.Line l, Scenario s, int step) {
        boolean fresh = l.last() == step;
        Actor a = Actor.of(l.actor());
        h.append("<p style='margin-top:3px'>").append(date(s.monthAt(l.last())))
                .append("&nbsp;<span style='color:").append(a.htmlColour()).append("'>&#9632;</span>&nbsp;")
                .append(fresh ? "<b>" : "").append(Html.escape(l.text())).append(fresh ? "</b>" : "");
        if (l.times() > 1) h.append(" <span style='color:#555555'>(&times;").append(l.times()).append(" since ").append(s.monthAt(l.first())).append(")</span>");
        if (!l.cause().isEmpty()) {
            h.append(" <span style='color:#5F6A6A; font-size:").append(FONT_PT - 3).append("pt'>why: ").append(Html.escape(l.cause())).append("</span>");
        }
        h.append("</p>");
    }

    private static void event(StringBuilder h, Event e, YearMonth now, Actor actor) {
        boolean fresh = e.date().equals(now);
        h.append("<p style='margin-top:3px'>").append(date(e.date())).append("&nbsp;");
        if (actor != null) h.append("<span style='color:").append(actor.htmlColour()).append("'>&#9632;</span>&nbsp;");
        h.append(fresh ? "<b>" : "<span style='color:#4D5656'>").append(Html.escape(e.title())).append(fresh ? "</b>" : "</span>").append("</p>");
    }

    /** The rules by id, for who took a scripted decision. */
    private static final java.util.Map<String, Country> DECIDER = new java.util.HashMap<>();
    static {
        for (org.treatysim.model.decision.DecisionRule r : org.treatysim.model.decision.Decisions.create()) DECIDER.put(r.id(), r.actor());
    }

    /** The actor of a scripted decision event: the actor of the rule it stands for, else its first actor, or null. */
    static Actor actorOf(Event e) {
        Country c = e.decision() == null ? null : DECIDER.get(e.decision().rule());
        if (c == null && e.actors() != null && !e.actors().isEmpty()) c = e.actors().get(0);
        return c == null ? null : Actor.of(c);
    }

    private static String date(YearMonth ym) { return "<span style='color:#1F618D'>" + ym + "</span>"; }

    private static String grey(String s) { return "<p style='color:#777777; margin-top:3px'>" + Html.escape(s) + "</p>"; }

    void show(View v) {
        if (v == null) v = new View("Press Play", "", "<html><body></body></html>");
        month.setText(v.month());
        status.setText(v.status());
        if (!v.html().equals(lastHtml)) {
            lists.setText(v.html());
            lastHtml = v.html();
        }
    }

    void update(TreatyModel m, DecisionFeed feed) {
        View v = view(m, feed);
        SwingUtilities.invokeLater(() -> show(v));
    }

    String monthText() { return month.getText(); }
    String listsHtml() { return lastHtml; }

}
