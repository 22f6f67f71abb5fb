package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.Scenario;
import sim.portrayal.SimpleInspector;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.List;

/**
 * The Console's Model tab. At the top, what to run: the scenario (the what-ifs with their interventions among them),
 * the kind of agents (the agent model, or the scripted null for comparison) and how many replays run behind the
 * charts. Below, a page of the model chosen from a list ({@link InspectorGroups}): the coefficients of the dynamics,
 * the negotiation, one page per decision rule, or the state; its parameters are sliders over their plausible ranges
 * (MASON's {@link SimpleInspector} over {@link org.treatysim.model.ModelProperties}).
 *
 * <p>The model behind the page changes when another scenario or kind of agents is chosen; the page is then rebuilt,
 * keeping the same page where the new model has it.
 */
final class ModelInspector extends sim.portrayal.Inspector implements Scrollable {
    private static final long serialVersionUID = 1L;
    static final String[] AGENTS = {"agents decide (the model)", "scripted null (v0.1 replay)"};

    private final TreatySimWithUI gui;
    final JComboBox<String> scenario;
    final JComboBox<String> agents = new JComboBox<>(AGENTS);
    final JSpinner replays;
    final JComboBox<String> page = new JComboBox<>();
    private final JTextArea about = note(), pageAbout = note();
    private final JPanel body = new JPanel(new BorderLayout());
    private List<InspectorGroups.Group> groups = List.of();
    private SimpleInspector shown;
    private TreatyModel shownModel;
    private boolean updating;

    ModelInspector(TreatySimWithUI gui) {
        this.gui = gui;
        setVolatile(true);
        setLayout(new BorderLayout());
        scenario = new JComboBox<>(gui.catalog().labels());
        replays = new JSpinner(new SpinnerNumberModel(gui.replays(), 0, TreatySimWithUI.MAX_REPLAYS, 50));
        scenario.setToolTipText("The scenario to replay: the baseline or a what-if. While stopped it loads at once; during a run, at the next Play.");
        agents.setToolTipText("The agent model (decision rules, offers protocol), or the scripted null: v0.1's replay of dated events, for comparison.");
        replays.setToolTipText("Replays run behind the Console for the 'what blocks a treaty' chart and the share signed; from the next Play.");
        page.setToolTipText("Which parameters to show: the coefficients, the negotiation, one decision rule, or the state.");

        JPanel head = new JPanel(new GridBagLayout());
        head.setBorder(BorderFactory.createEmptyBorder(6, 6, 4, 6));
        int row = 0;
        row = labelled(head, row, "Scenario", scenario);
        row = wide(head, row, about);
        row = labelled(head, row, "Agents", agents);
        row = labelled(head, row, "Replays behind the charts", replays);
        row = wide(head, row, new JSeparator());
        row = labelled(head, row, "Show", page);
        wide(head, row, pageAbout);
        add(head, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);

        scenario.addActionListener(e -> { if (!updating) gui.choose(scenario.getSelectedIndex(), agentsChosen()); });
        agents.addActionListener(e -> { if (!updating) gui.choose(scenario.getSelectedIndex(), agentsChosen()); });
        replays.addChangeListener(e -> { if (!updating) gui.setReplays(((Number) replays.getValue()).intValue()); });
        page.addActionListener(e -> { if (!updating) showPage(page.getSelectedIndex()); });
        rebuild();
    }

    private Scenario.Agents agentsChosen() {
        return agents.getSelectedIndex() == 1 ? Scenario.Agents.SCRIPTED : Scenario.Agents.DECIDE;
    }

    /** Re-reads the choices and rebuilds the page list for the current model, keeping the page shown if it can. */
    void rebuild() {
        updating = true;
        try {
            String was = page.getSelectedItem() == null ? InspectorGroups.COEFFICIENTS : (String) page.getSelectedItem();
            scenario.setSelectedIndex(gui.scenarioIndex());
            agents.setSelectedIndex(gui.agents() == Scenario.Agents.SCRIPTED ? 1 : 0);
            about.setText(describe(gui.catalog().get(gui.scenarioIndex()), gui.agents(), gui.choicePending()));
            shownModel = gui.model();
            groups = InspectorGroups.of(shownModel);
            page.removeAllItems();
            for (InspectorGroups.Group g : groups) page.addItem(g.label());
            int i = InspectorGroups.indexOf(groups, was);
            page.setSelectedIndex(i);
            showPage(i);
        } finally {
            updating = false;
        }
    }

    /** Shows page {@code i} of the current model. */
    void showPage(int i) {
        if (i < 0 || i >= groups.size()) return;
        InspectorGroups.Group g = groups.get(i);
        pageAbout.setText(g.description());
        body.removeAll();
        shown = new SimpleInspector(g.properties(shownModel), gui, null, TreatySimWithUI.MAX_INSPECTOR_PROPERTIES);
        shown.setVolatile(true);
        body.add(shown, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    /** What the scenario asks and changes, in words, for the line under the list. */
    static String describe(Scenario s, Scenario.Agents agents, boolean pending) {
        StringBuilder b = new StringBuilder(s.title());
        if (agents == Scenario.Agents.SCRIPTED) {
            b.append("\nThe scripted null: v0.1's replay, every former decision a dated event.");
            if (!s.interventions().isEmpty()) {
                b.append(" It ignores this what-if's ").append(s.interventions().size())
                        .append(s.interventions().size() == 1 ? " intervention." : " interventions.");
            }
        } else if (s.interventions().isEmpty()) {
            b.append("\nNo interventions: the agents decide throughout.");
        } else {
            for (Intervention in : s.interventions()) b.append("\nIntervention: ").append(in.describe());
        }
        if (pending) b.append("\nLoads at the next Play.");
        return b.toString();
    }

    @Override public void updateInspector() {
        if (shownModel != gui.model()) rebuild();
        else if (shown != null) shown.updateInspector();
    }

    String pageShown() { return (String) page.getSelectedItem(); }
    SimpleInspector pageInspector() { return shown; }
    String aboutText() { return about.getText(); }
    List<InspectorGroups.Group> groups() { return groups; }

    private static JTextArea note() {
        JTextArea t = new JTextArea();
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        t.setFocusable(false);
        Font f = UIManager.getFont("Label.font");
        if (f != null) t.setFont(f.deriveFont(Font.ITALIC));
        t.setForeground(new Color(0x424949));
        return t;
    }

    private static int labelled(JPanel p, int row, String label, java.awt.Component c) {
        GridBagConstraints a = new GridBagConstraints();
        a.gridx = 0;
        a.gridy = row;
        a.anchor = GridBagConstraints.LINE_END;
        a.insets = new Insets(3, 0, 3, 8);
        p.add(new JLabel(label), a);
        GridBagConstraints b = new GridBagConstraints();
        b.gridx = 1;
        b.gridy = row;
        b.weightx = 1;
        b.fill = GridBagConstraints.HORIZONTAL;
        b.insets = new Insets(3, 0, 3, 0);
        p.add(c, b);
        return row + 1;
    }

    private static int wide(JPanel p, int row, java.awt.Component c) {
        GridBagConstraints a = new GridBagConstraints();
        a.gridx = 0;
        a.gridy = row;
        a.gridwidth = 2;
        a.weightx = 1;
        a.fill = GridBagConstraints.HORIZONTAL;
        a.insets = new Insets(2, 0, 4, 0);
        p.add(c, a);
        return row + 1;
    }

    // Scrollable: follow the Console's width (the notes wrap, the sliders fit), scroll vertically.
    @Override public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }
    @Override public int getScrollableUnitIncrement(Rectangle r, int orientation, int direction) { return 24; }
    @Override public int getScrollableBlockIncrement(Rectangle r, int orientation, int direction) { return Math.max(24, r.height - 48); }
    @Override public boolean getScrollableTracksViewportWidth() { return true; }
    @Override public boolean getScrollableTracksViewportHeight() { return false; }
}
