package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Var;

import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event ticker: the month just played in large type, the state of the negotiation in one line, and the
 * latest events of the scenario with their dates and one-line titles, newest first; events of the month just
 * played are in bold.
 */
final class EventTicker extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 6;
    private final JLabel month = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JEditorPane events = new JEditorPane("text/html", "");
    private String lastHtml = "";

    EventTicker() {
        super(new BorderLayout(0, 8));
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(12, 18, 12, 18));
        month.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        month.setForeground(new Color(0x1B2631));
        status.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 21));
        status.setForeground(new Color(0x34495E));
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(month, BorderLayout.NORTH);
        top.add(status, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        events.setEditable(false);
        events.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        events.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 21));
        events.setBackground(Color.WHITE);
        add(events, BorderLayout.CENTER);
        show(null);
    }

    JFrame createFrame() {
        JFrame f = new JFrame("TreatySim: events");
        f.getContentPane().add(this);
        return f;
    }

    /** What the ticker shows for the model's state; computed on the model's thread, shown on the Swing thread. */
    record View(String month, String status, String html) {}

    static View view(TreatyModel m) {
        if (m == null || m.month() == 0 || m.state() == null) {
            return new View("Press Play", m == null ? "" : m.scenario().title(), "<html><body></body></html>");
        }
        YearMonth now = m.scenario().monthAt(m.month() - 1);
        String treaty = m.signedStep() >= 0
                ? String.format(Locale.ROOT, "TREATY SIGNED %s (%.1f islands)", m.scenario().monthAt(m.signedStep()), m.signedIslands())
                : String.format(Locale.ROOT, "talks %s, gap %.1f islands, hazard %.1f%%/yr",
                        m.state().get(Var.JP_RU_CHANNEL_OPEN) > 0.5 ? "open" : "suspended",
                        m.state().get(Var.JP_MIN_ACCEPT) - m.state().get(Var.RU_MAX_OFFER),
                        100 * m.state().get(Var.TREATY_HAZARD_ANNUAL));
        String status = "<html>Japan: <b>" + esc(m.leader(Country.JP)) + "</b>&nbsp;&nbsp;&nbsp; " + Actor.RUSSIA.name(m) + ": <b>"
                + esc(m.leader(Country.RU)) + "</b><br>" + treaty + "</html>";
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif; font-size:21pt'>");
        List<Event> recent = new ArrayList<>(m.recentEvents());
        int n = 0;
        for (Event e : recent) {
            if (n++ == SHOWN) break;
            boolean fresh = e.date().equals(now);
            h.append("<p style='margin-top:6px'>").append(fresh ? "<b>" : "<span style='color:#555555'>")
                    .append("<span style='color:#1F618D'>").append(e.date()).append("</span>&nbsp;&nbsp;")
                    .append(esc(e.title())).append(fresh ? "</b>" : "</span>").append("</p>");
        }
        if (recent.isEmpty()) h.append("<p style='color:#777777'>No events yet.</p>");
        h.append("</body></html>");
        return new View(now.toString(), status, h.toString());
    }

    void show(View v) {
        if (v == null) v = new View("Press Play", "", "<html><body></body></html>");
        month.setText(v.month());
        status.setText(v.status());
        if (!v.html().equals(lastHtml)) {
            events.setText(v.html());
            lastHtml = v.html();
        }
    }

    void update(TreatyModel m) {
        View v = view(m);
        SwingUtilities.invokeLater(() -> show(v));
    }

    String monthText() { return month.getText(); }
    String eventsHtml() { return lastHtml; }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
