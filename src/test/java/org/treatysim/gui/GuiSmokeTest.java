package org.treatysim.gui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Html;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;
import sim.display.Console;
import sim.util.media.chart.TimeSeriesChartGenerator;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the real GUI: builds the Console with {@link TreatySimWithUI}, opens a decision rule's page in the inspector,
 * presses Play, lets the model run past month 300 (1981), pauses, and checks that the console, the map, the ticker,
 * the three MASON charts and "what blocks a treaty" are showing; that every chart line holds data; that the ticker
 * shows the month just played, the latest decision and the latest shock; and that the blocking chart has the replays'
 * shares for every month played and this run's gate for every month before a treaty. Writes a PNG of every window and
 * of the whole screen to target/screenshots/.
 *
 * <p>Needs a display: it runs only when DISPLAY is set and the system property {@code treatysim.gui} is true
 * ({@code .ci/gui.sh} starts Xvfb and sets both), so {@code mvn verify} on a headless machine skips it. For other
 * pictures: {@code -Dtreatysim.gui.months=N}, {@code .scenario=FILE}, {@code .seed=S}, {@code .page=NAME} (the
 * inspector's page) and {@code .scripted=true} (the scripted null).
 */
@Tag("gui")
class GuiSmokeTest {
    /** Months to play before checking: 300 (to 1980-12) unless -Dtreatysim.gui.months says otherwise. */
    static final int MONTHS = Integer.getInteger("treatysim.gui.months", 300);
    static final Path SHOTS = Path.of("target", "screenshots");
    static Console console;
    static TreatySimWithUI gui;

    @BeforeAll static void open() throws Exception {
        assumeTrue(Boolean.getBoolean("treatysim.gui"), "GUI test: set -Dtreatysim.gui=true (see .ci/gui.sh)");
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "GUI test: no DISPLAY");
        // surefire's argLine makes the JVM headless; the GUI test is run on its own (-Dtest=GuiSmokeTest), before any AWT use
        System.setProperty("java.awt.headless", "false");
        System.setProperty("awt.useSystemAAFontSettings", "on");
        assumeFalse(GraphicsEnvironment.isHeadless(), "GUI test: AWT was already initialised headless in this JVM");
        Scenario s = Scenarios.load(Path.of(System.getProperty("treatysim.gui.scenario", "scenarios/baseline.yaml")));
        console = onEdt(() -> TreatySimWithUI.launch(s, Long.getLong("treatysim.gui.seed", 42)));
        gui = (TreatySimWithUI) console.getSimulation();
        if (Boolean.getBoolean("treatysim.gui.scripted")) SwingUtilities.invokeAndWait(() -> gui.inspector.agents.setSelectedIndex(1));
        Files.createDirectories(SHOTS);
    }

    @AfterAll static void close() throws Exception {
        if (console == null) return;
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }

    @Test void playsPastMonth300AndShowsConsoleMapChartsAndTicker() throws Exception {
        assertTrue(onEdt(console::isShowing), "console showing");
        assertTrue(onEdt(() -> gui.displayFrame.isShowing() && gui.display.isShowing()), "map display showing");
        for (JFrame f : gui.chartFrames) assertTrue(onEdt(f::isShowing), "chart frame showing: " + f.getTitle());
        assertTrue(onEdt(gui.tickerFrame::isShowing), "ticker showing");
        assertTrue(onEdt(gui.blockingFrame::isShowing), "'what blocks a treaty' showing");
        assertEquals(3, gui.charts.generators().size());
        // the lecturer's page: one decision rule's coefficients
        String page = System.getProperty("treatysim.gui.page", "Japan: JP.sanctions");
        SwingUtilities.invokeAndWait(() -> gui.inspector.page.setSelectedItem(page));
        if (gui.model().scenario().agents() == Scenario.Agents.DECIDE) {
            assertEquals(page, onEdt(gui.inspector::pageShown));
            assertNotNull(onEdt(gui.inspector::pageInspector), "the page's sliders are built");
        }

        SwingUtilities.invokeAndWait(console::pressPlay);
        TreatyModel m = gui.model();
        long deadline = System.currentTimeMillis() + 180_000;
        while (m.month() < MONTHS && System.currentTimeMillis() < deadline) Thread.sleep(100);
        SwingUtilities.invokeAndWait(console::pressPause);
        assertTrue(m.month() >= MONTHS, "model reached month " + MONTHS + " within 3 minutes; month is " + m.month());
        assertEquals(Console.PS_PAUSED, console.getPlayState());
        // let queued chart and ticker updates land, then repaint
        for (int i = 0; i < 3; i++) SwingUtilities.invokeAndWait(() -> { });
        for (TimeSeriesChartGenerator g : gui.charts.generators()) SwingUtilities.invokeAndWait(() -> g.update(Long.MAX_VALUE, true));
        Thread.sleep(1500);

        int[] counts = onEdt(gui.charts::itemCounts);
        java.util.List<String> names = onEdt(gui.charts::seriesNames);
        int month = m.month();
        for (int i = 0; i < counts.length; i++) {
            assertTrue(counts[i] > 0, "chart line '" + names.get(i) + "' holds data");
        }
        // the gap and opinion lines have one point per month played (they are never undefined)
        int gapJapan = names.indexOf("Japan: least it can accept");
        assertTrue(gapJapan >= 0);
        assertEquals(month, counts[gapJapan], "one point per month on the bargaining-gap chart");
        for (TimeSeriesChartGenerator g : gui.charts.generators()) {
            assertTrue(g.getChart().getXYPlot().getDataset().getSeriesCount() >= 2, g.getTitle() + " plots its series");
        }
        String ticker = onEdt(gui.ticker::monthText);
        assertEquals(m.scenario().monthAt(month - 1).toString(), ticker, "ticker shows the month just played");
        String lists = onEdt(gui.ticker::listsHtml);
        assertTrue(lists.contains(Html.escape(m.recentEvents().peekFirst().title())), "ticker lists the latest event");
        if (m.scenario().agents() == Scenario.Agents.DECIDE) {
            DecisionFeed.Line latest = gui.feed().latest(1).get(0);
            assertTrue(lists.contains(Html.escape(latest.text())), "ticker lists the latest decision: " + latest.text());
            // what blocks a treaty: one column of bands per month played, and this run's gate in every month before a treaty
            assertEquals(month, (int) onEdt(gui.blocking::points), "one month of replays' shares per month played");
            int[] strip = onEdt(gui.blocking::stripCounts);
            int gated = java.util.Arrays.stream(strip).sum();
            assertEquals(m.signedStep() >= 0 ? m.signedStep() + 1 : month, gated, "this run's gate in every month until a treaty");
        }

        shoot(console, "console.png");
        shoot(gui.displayFrame, "map.png");
        shoot(gui.tickerFrame, "ticker.png");
        for (int i = 0; i < gui.chartFrames.size(); i++) shoot(gui.chartFrames.get(i), "chart-" + (i + 1) + ".png");
        shoot(gui.blockingFrame, "blocking.png");
        SwingUtilities.invokeAndWait(() -> gui.display.repaint());
        Thread.sleep(1000);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage all = new Robot().createScreenCapture(screen);
        assertFalse(blank(all), "screen capture is not blank");
        ImageIO.write(all, "png", SHOTS.resolve("screen.png").toFile());
        String desktop = System.getProperty("treatysim.gui.import");
        if (desktop != null && !desktop.isBlank()) {
            Process p = new ProcessBuilder("import", "-window", "root", desktop).inheritIO().start();
            assertEquals(0, p.waitFor(), "import -window root " + desktop);
        }
    }

    /** Paints a window into an image (as it is on screen) and writes it; the image must not be blank. */
    static void shoot(Component c, String name) throws Exception {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage b = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = b.createGraphics();
            c.paintAll(g);
            g.dispose();
            img.set(b);
        });
        assertNotNull(img.get());
        ImageIO.write(img.get(), "png", SHOTS.resolve(name).toFile());
        assertFalse(blank(img.get()), name + " is not blank");
    }

    /** True if fewer than 0.5% of the pixels differ from the image's most common colour (a blank window). */
    static boolean blank(BufferedImage b) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < b.getHeight(); y++) for (int x = 0; x < b.getWidth(); x++) counts.merge(b.getRGB(x, y), 1, Integer::sum);
        int top = java.util.Collections.max(counts.values());
        long total = (long) b.getWidth() * b.getHeight();
        return total - top < total / 200;
    }

    static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            }
        });
        if (err.get() != null) throw err.get();
        return out.get();
    }
}
