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
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;
import sim.util.Properties;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The MASON GUI of TreatySim, kept apart from the model as in MASON's HeatBugsWithUI: it holds the portrayals,
 * the map display, the charts and the event ticker, and reads the model only through its getters.
 *
 * <p>One run at a time: the scenario's best parameter values ({@link ParameterDraw#point}) and the seed shown in
 * the Console. The run stops at the scenario's last month. Coefficients may be changed in the inspector during a
 * run; another scenario may be chosen there and is loaded at the next Play.
 */
public class TreatySimWithUI extends GUIState {
    /** Map field: where the actors sit; presentation only, so it lives here and not in the model. */
    private final Continuous2D field = new Continuous2D(Actor.FIELD_W, Actor.FIELD_W, Actor.FIELD_H);
    private final Network network = new Network(false);
    private final ContinuousPortrayal2D actorsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D relationsPortrayal = new NetworkPortrayal2D();
    private final ScenarioCatalog catalog;
    private int scenarioIndex;
    private int pendingIndex = -1;
    private volatile boolean running;

    /** The map's size in pixels at scale 1 (the field's shape); it is zoomed to fit its window. */
    static final double MAP_W = 960, MAP_H = MAP_W * Actor.FIELD_H / Actor.FIELD_W;
    public Display2D display;
    public JFrame displayFrame;
    TreatyCharts charts;
    final List<JFrame> chartFrames = new ArrayList<>();
    EventTicker ticker;
    JFrame tickerFrame;

    public TreatySimWithUI(Scenario scenario, long seed) {
        this(new ScenarioCatalog(scenario), seed);
    }

    TreatySimWithUI(ScenarioCatalog catalog, long seed) {
        super(newModel(catalog.get(0), seed));
        this.catalog = catalog;
        for (Actor a : Actor.values()) field.setObjectLocation(a, new Double2D(a.x, a.y));
        field.setObjectLocation(MapLegend.KEY, new Double2D(MapLegend.X, MapLegend.Y));
        for (Actor a : Actor.values()) network.addNode(a);
        for (Relation r : Relation.values()) network.addEdge(new Edge(r.from, r.to, r));
    }

    static TreatyModel newModel(Scenario s, long seed) {
        return org.treatysim.experiment.Replications.model(seed, s, ParameterDraw.point(s.parameters()), null);
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
                + "month. Press Play to watch one replication; change coefficients in the Model tab and press Stop, then Play, "
                + "to replay with the same seed.</p><p>Map: disc size shows each state's weight in the dispute (leader's commitment "
                + "for Japan and Russia, US pressure, China's alignment and tension); lines show alliance, alignment, tension and "
                + "affinity, wider when stronger.</p><p>See docs/gui.md.</p></html>";
    }

    public TreatyModel model() { return (TreatyModel) state; }
    ScenarioCatalog catalog() { return catalog; }
    int scenarioIndex() { return pendingIndex >= 0 ? pendingIndex : scenarioIndex; }
    public TreatyCharts chartsForTest() { return charts; }

    /**
     * Selects scenario {@code i} of the catalog. While stopped the new model replaces the current one at once;
     * during a run the choice waits for the next start.
     */
    void chooseScenario(int i) {
        if (i < 0 || i >= catalog.size() || i == scenarioIndex()) return;
        if (running) {
            pendingIndex = i;
        } else {
            swapModel(i);
            if (controller != null) controller.refresh();
        }
    }

    private void swapModel(int i) {
        state = newModel(catalog.get(i), state.seed());
        scenarioIndex = i;
        pendingIndex = -1;
    }

    /** The month just played, or the first month before the run starts. */
    static YearMonth shownMonth(TreatyModel m) {
        return m.scenario().monthAt(Math.max(0, m.month() - 1));
    }

    @Override public Properties getSimulationProperties() { return new InspectorProperties(this); }

    @Override public int getMaximumPropertiesForInspector() { return 500; }

    @Override public void start() {
        if (pendingIndex >= 0) swapModel(pendingIndex);
        super.start();
        running = true;
        setupPortrayals();
        TreatyModel m = model();
        Scenario s = m.scenario();
        onSwing(() -> {
            charts.reset(s);
            ticker.show(EventTicker.view(m));
        });
        scheduleRepeatingImmediatelyAfter(st -> {
            TreatyModel mm = (TreatyModel) st;
            charts.record(mm);
            ticker.update(mm);
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

        ticker = new EventTicker();
        ticker.show(EventTicker.view(model()));
        tickerFrame = ticker.createFrame();
        c.registerFrame(tickerFrame);
        tickerFrame.setVisible(true);
    }

    /**
     * Tiles the windows over {@code screen}: the Console on the left, the map above the ticker in the middle, the
     * three charts stacked on the right.
     */
    void layout(JFrame console, Rectangle screen) {
        int x = screen.x, y = screen.y, w = screen.width, h = screen.height;
        int cw = Math.max(420, w * 26 / 100);
        int chartW = w * 35 / 100;
        int mid = w - cw - chartW;
        int mapH = h * 50 / 100;
        console.setBounds(x, y, cw, h);
        displayFrame.setBounds(x + cw, y, mid, mapH);
        tickerFrame.setBounds(x + cw, y + mapH, mid, h - mapH);
        int each = h / chartFrames.size();
        for (int i = 0; i < chartFrames.size(); i++) chartFrames.get(i).setBounds(x + cw + mid, y + i * each, chartW, each);
        for (JFrame f : allFrames()) f.validate();
    }

    /** Zooms the map so that the whole field fills its window. */
    void fitMap() {
        java.awt.Dimension view = display.display.getViewport().getExtentSize();
        if (view.width <= 0 || view.height <= 0) return;
        display.setScale(Math.min(view.width / MAP_W, view.height / MAP_H) * 0.99);
        display.repaint();
    }

    /** Shapes a chart to its window, so that it shows whole without scrolling. */
    static void fitChart(TimeSeriesChartGenerator g) {
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, g.getChartPanel());
        if (sp == null) return;
        java.awt.Dimension view = sp.getViewport().getExtentSize();
        if (view.width <= 0 || view.height <= 0) return;
        g.setProportion(Math.max(0.5, view.width / (double) view.height));
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
