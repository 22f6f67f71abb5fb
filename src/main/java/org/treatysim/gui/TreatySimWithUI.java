package org.treatysim.gui;

import org.treatysim.experiment.ParameterDraw;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;
import sim.util.media.chart.TimeSeriesChartGenerator;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * The MASON GUI of TreatySim, kept apart from the model as in MASON's HeatBugsWithUI: it holds the portrayals,
 * the map display, the charts, the ticker and the replays behind the charts, and reads the model only through its
 * getters and its decision observer.
 *
 * <p>One run on screen at a time: the scenario's best parameter values ({@link ParameterDraw#bestValues}) and the seed
 * shown in the Console, run by the agents (or, if chosen, by the scripted null). The run stops at the scenario's last
 * month. Behind it, {@link ReplayBatch} plays replays of the same scenario with the same parameter values, month by
 * month, for the "what blocks a treaty" chart and the share of replays signed. Coefficients may be changed in the
 * inspector during a run; another scenario or kind of agents may be chosen there and is loaded at the next Play.
 */
public class TreatySimWithUI extends GUIState {
    /** Replays behind the charts unless the inspector says otherwise, and at most. */
    static final int DEFAULT_REPLAYS = 100, MAX_REPLAYS = 500;
    static final int MAX_INSPECTOR_PROPERTIES = 500;

    /** Map field: where the actors sit; presentation only, so it lives here and not in the model. */
    private final Continuous2D field = new Continuous2D(Actor.FIELD_W, Actor.FIELD_W, Actor.FIELD_H);
    private final Network network = new Network(false);
    private final ContinuousPortrayal2D actorsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D relationsPortrayal = new NetworkPortrayal2D();
    private final ScenarioCatalog catalog;
    private final DecisionFeed feed = new DecisionFeed();
    private int scenarioIndex;
    private Scenario.Agents agents;
    private int pendingIndex = -1;
    private Scenario.Agents pendingAgents;
    private volatile int replays = DEFAULT_REPLAYS;
    private volatile boolean running;
    private volatile ReplayBatch batch;

    /** The map's size in pixels at scale 1 (the field's shape); it is zoomed to fit its window. */
    static final double MAP_W = 960, MAP_H = MAP_W * Actor.FIELD_H / Actor.FIELD_W;
    public Display2D display;
    public JFrame displayFrame;
    TreatyCharts charts;
    final List<JFrame> chartFrames = new ArrayList<>();
    BlockingChart blocking;
    JFrame blockingFrame;
    EventTicker ticker;
    JFrame tickerFrame;
    ModelInspector inspector;

    public TreatySimWithUI(Scenario scenario, long seed) {
        this(new ScenarioCatalog(scenario), seed);
    }

    TreatySimWithUI(ScenarioCatalog catalog, long seed) {
        super(newModel(catalog.get(0), seed));
        this.catalog = catalog;
        this.agents = catalog.get(0).agents();
        model().setDecisionObserver(feed);
        for (Actor a : Actor.values()) field.setObjectLocation(a, new Double2D(a.x, a.y));
        field.setObjectLocation(MapLegend.KEY, new Double2D(MapLegend.X, MapLegend.Y));
        field.setObjectLocation(TalksBanner.KEY, new Double2D(TalksBanner.X, TalksBanner.Y));
        for (Actor a : Actor.values()) network.addNode(a);
        for (Relation r : Relation.values()) network.addEdge(new Edge(r.from, r.to, r));
    }

    static TreatyModel newModel(Scenario s, long seed) {
        return org.treatysim.experiment.Replications.model(seed, s, ParameterDraw.bestValues(s.parameters()), null);
    }

    /** Builds the GUI and its Console, lays the windows out on the screen and shows them. Call on the Swing thread. */
    public static Console launch(Scenario scenario, long seed) {
        enlargeFonts(1.15f);
        TreatySimWithUI gui = new TreatySimWithUI(scenario, seed);
        Console c = new Console(gui);
        c.setIncrementSeedOnStop(false); // a replay after moving a slider uses the same random numbers
        gui.layout(c, GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        c.setVisible(true);
        JTabbedPane tabs = c.getTabPane();
        int model = tabs.indexOfTab("Model");
        if (model >= 0) tabs.setSelectedIndex(model); // the inspector: scenario choice and coefficients
        return c;
    }

    /** Scales Swing's default fonts (Console, inspector, chart controls) for a projector; once per JVM. */
    private static boolean enlarged;

    static synchronized void enlargeFonts(float factor) {
        if (enlarged) return;
        enlarged = true;
        javax.swing.UIDefaults d = javax.swing.UIManager.getLookAndFeelDefaults();
        for (Object key : new ArrayList<>(d.keySet())) {
            if (key instanceof String k && k.endsWith(".font") && d.get(k) instanceof java.awt.Font f) {
                d.put(k, new javax.swing.plaf.FontUIResource(f.deriveFont(f.getSize2D() * factor)));
            }
        }
    }

    public static String getName() { return "TreatySim"; }

    public static Object getInfo() {
        return "<html><h2>TreatySim</h2><p>The Japan-Russia peace-treaty dispute over the southern Kuril Islands, replayed month by "
                + "month. Japan, the USSR/Russia, the United States and China decide every month from the state; shocks are dated "
                + "events. Press Play to watch one run; the ticker tells what each government decides and why.</p>"
                + "<p>In the Model tab: the scenario (what-ifs among them), the agent model or the scripted null, and every "
                + "coefficient, one page per decision rule. Press Stop, move a slider, press Play: the same seed replays with the "
                + "new value.</p><p>Map: disc size shows each state's weight in the dispute; under each disc, its declared "
                + "position, sanctions, US pressure or China's stance; lines show alliance, alignment, tension and affinity.</p>"
                + "<p>'What blocks a treaty': of the replays run behind the Console, the share stopped at each gate each month.</p>"
                + "<p>See docs/gui.md.</p></html>";
    }

    public TreatyModel model() { return (TreatyModel) state; }
    ScenarioCatalog catalog() { return catalog; }
    int scenarioIndex() { return pendingIndex >= 0 ? pendingIndex : scenarioIndex; }
    Scenario.Agents agents() { return pendingAgents != null ? pendingAgents : agents; }
    /** Whether a choice of scenario or agents waits for the next Play. */
    boolean choicePending() { return pendingIndex >= 0 || pendingAgents != null; }
    int replays() { return replays; }
    DecisionFeed feed() { return feed; }
    ReplayBatch batch() { return batch; }

    /** Replays behind the charts from the next Play (clamped to 0..{@link #MAX_REPLAYS}). */
    void setReplays(int n) { replays = Math.max(0, Math.min(MAX_REPLAYS, n)); }

    /** The share of the replays with a treaty signed by now, or NaN without replays. */
    double replaysSigned() {
        ReplayBatch b = batch;
        return b == null || b.size() == 0 ? Double.NaN : b.signed() / (double) b.size();
    }

    /** Selects scenario {@code i} of the catalog, run by its own kind of agents unless another is chosen. */
    void chooseScenario(int i) { choose(i, agents()); }

    /**
     * Selects scenario {@code i} of the catalog run by {@code a} (the agent model or the scripted null). While stopped
     * the new model replaces the current one at once; during a run the choice waits for the next start. A new model
     * starts from the scenario's best parameter values.
     */
    void choose(int i, Scenario.Agents a) {
        if (i < 0 || i >= catalog.size() || (i == scenarioIndex() && a == agents())) return;
        if (running) {
            pendingIndex = i;
            pendingAgents = a;
        } else {
            swapModel(i, a);
        }
        if (inspector != null) onSwing(inspector::rebuild);
        if (controller != null) controller.refresh();
    }

    private void swapModel(int i, Scenario.Agents a) {
        state = newModel(catalog.get(i).withAgents(a), state.seed());
        model().setDecisionObserver(feed);
        scenarioIndex = i;
        agents = a;
        pendingIndex = -1;
        pendingAgents = null;
    }

    /** The month just played, or the first month before the run starts. */
    static YearMonth shownMonth(TreatyModel m) {
        return m.scenario().monthAt(Math.max(0, m.month() - 1));
    }

    @Override public Inspector getInspector() {
        inspector = new ModelInspector(this);
        return inspector;
    }

    @Override public int getMaximumPropertiesForInspector() { return MAX_INSPECTOR_PROPERTIES; }

    @Override public void start() {
        if (choicePending()) swapModel(scenarioIndex(), agents());
        super.start();
        running = true;
        feed.clear();
        setupPortrayals();
        TreatyModel m = model();
        Scenario s = m.scenario();
        int n = replays;
        batch = new ReplayBatch(s, m.seed(), n, m.params());
        onSwing(() -> {
            charts.reset(s);
            blocking.reset(s, n);
            ticker.show(EventTicker.view(m, feed));
        });
        boolean gates = s.agents() == Scenario.Agents.DECIDE;
        scheduleRepeatingImmediatelyAfter(st -> {
            TreatyModel mm = (TreatyModel) st;
            ReplayBatch b = batch;
            b.step();
            charts.record(mm);
            ticker.update(mm, feed);
            if (gates && mm.month() > 0) {
                YearMonth ym = mm.scenario().monthAt(mm.month() - 1);
                double[] shares = b.size() == 0 ? null : b.gateShares();
                int gate = BlockingChart.gateOf(mm.state());
                SwingUtilities.invokeLater(() -> blocking.add(ym, shares, gate));
            }
        });
    }

    @Override public void finish() {
        running = false;
        super.finish();
    }

    @Override public void load(SimState s) {
        super.load(s);
        setupPortrayals();
    }

    private void setupPortrayals() {
        actorsPortrayal.setField(field);
        actorsPortrayal.setPortrayalForClass(Actor.class, new ActorPortrayal(this));
        actorsPortrayal.setPortrayalForObject(MapLegend.KEY, new MapLegend());
        actorsPortrayal.setPortrayalForObject(TalksBanner.KEY, new TalksBanner(this));
        relationsPortrayal.setField(new SpatialNetwork2D(field, network));
        relationsPortrayal.setPortrayalForAll(new RelationPortrayal(this));
        display.reset();
        display.repaint();
    }

    @Override public void init(Controller c) {
        super.init(c);
        display = new Display2D(MAP_W, MAP_H, this);
        display.setBackdrop(new Color(0xEAF2F8));
        display.setClipping(false);
        display.attach(relationsPortrayal, "Relations");
        display.attach(actorsPortrayal, "States");
        displayFrame = display.createFrame();
        displayFrame.setTitle("TreatySim: the four states");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        onResize(display.display.getViewport(), this::fitMap);
        setupPortrayals();

        charts = new TreatyCharts(this);
        for (TimeSeriesChartGenerator g : charts.generators()) {
            JFrame f = g.getFrame(); // built, shown and registered with the Console by ChartUtilities
            f.setTitle("TreatySim: " + g.getTitle());
            chartFrames.add(f);
            JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, g.getChartPanel());
            if (sp != null) onResize(sp.getViewport(), () -> fitChart(g));
        }
        charts.reset(model().scenario());

        blocking = new BlockingChart();
        blocking.reset(model().scenario(), replays);
        blockingFrame = blocking.createFrame();
        c.registerFrame(blockingFrame);
        blockingFrame.setVisible(true);

        ticker = new EventTicker();
        ticker.show(EventTicker.view(model(), feed));
        tickerFrame = ticker.createFrame();
        c.registerFrame(tickerFrame);
        tickerFrame.setVisible(true);
    }

    /**
     * Tiles the windows over {@code screen}: the Console on the left, the map above the ticker in the middle, and on the
     * right the charts stacked: treaty likelihood, what blocks a treaty, the bargaining gap, public opinion.
     */
    void layout(JFrame console, Rectangle screen) {
        int x = screen.x, y = screen.y, w = screen.width, h = screen.height;
        int cw = Math.max(420, w * 25 / 100);
        int chartW = w * 36 / 100;
        int mid = w - cw - chartW;
        int mapH = h * 52 / 100;
        console.setBounds(x, y, cw, h);
        displayFrame.setBounds(x + cw, y, mid, mapH);
        tickerFrame.setBounds(x + cw, y + mapH, mid, h - mapH);
        List<JFrame> right = rightColumn();
        int each = h / right.size();
        for (int i = 0; i < right.size(); i++) right.get(i).setBounds(x + cw + mid, y + i * each, chartW, each);
        for (JFrame f : allFrames()) f.validate();
    }

    /** The chart windows of the right-hand column, top to bottom. */
    List<JFrame> rightColumn() {
        List<JFrame> out = new ArrayList<>(chartFrames);
        out.add(Math.min(1, out.size()), blockingFrame);
        return out;
    }

    /** Zooms the map so that the whole field fills its window. */
    void fitMap() {
        java.awt.Dimension view = display.display.getViewport().getExtentSize();
        if (view.width <= 0 || view.height <= 0) return;
        display.setScale(Math.min(view.width / MAP_W, view.height / MAP_H) * 0.99);
        display.repaint();
    }

    /**
     * Shapes a chart to its window, so that it shows whole without scrolling, drawn at the window's own size: MASON
     * draws a chart {@code DEFAULT_CHART_HEIGHT} pixels high and scales it to the window, which would shrink the
     * lettering in a small window.
     */
    static void fitChart(TimeSeriesChartGenerator g) {
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, g.getChartPanel());
        if (sp == null) return;
        java.awt.Dimension view = sp.getViewport().getExtentSize();
        if (view.width <= 0 || view.height <= 0) return;
        g.DEFAULT_CHART_HEIGHT = Math.max(120, view.height);
        g.setProportion(Math.max(0.5, view.width / g.DEFAULT_CHART_HEIGHT));
    }

    /** Calls {@code r} whenever {@code c} changes size. */
    private static void onResize(java.awt.Component c, Runnable r) {
        c.addComponentListener(new ComponentAdapter() {
            @Override public void componentResized(ComponentEvent e) { r.run(); }
        });
    }

    List<JFrame> allFrames() {
        List<JFrame> out = new ArrayList<>();
        out.add(displayFrame);
        out.add(tickerFrame);
        out.addAll(chartFrames);
        out.add(blockingFrame);
        return out;
    }

    @Override public void quit() {
        super.quit();
        for (JFrame f : allFrames()) if (f != null) f.dispose();
        display = null;
        displayFrame = null;
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }
}
