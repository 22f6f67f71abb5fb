package org.treatysim.cli;

import org.treatysim.experiment.Scenarios;
import org.treatysim.gui.TreatySimWithUI;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the MASON Console for a live replay of one run.",
                "A map of the four states and the decisions in force, a ticker of the agents' decisions and the",
                "shocks, charts of the treaty likelihood, what blocks a treaty, the bargaining gap and public",
                "opinion, and in the inspector the scenario (what-ifs, the scripted null) and every coefficient.",
                "Needs a display (a desktop session, or Xvfb). See docs/gui.md."})
public final class GuiCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: ${DEFAULT-VALUE}); the others in its folder are offered in the inspector.",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Seed of the first run; change it in the Console's options (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    /** Why no window can be opened, or null if one can. */
    static String displayProblem() {
        if (GraphicsEnvironment.isHeadless()) return "no display (Java runs headless)";
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        String display = System.getenv("DISPLAY");
        if (x11 && (display == null || display.isBlank())) return "no display (DISPLAY is not set)";
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            return "no display (" + e.getMessage() + ")";
        }
    }

    @Override public Integer call() throws Exception {
        Scenario s = Scenarios.load(scenarioFile);
        if (System.getProperty("awt.useSystemAAFontSettings") == null) System.setProperty("awt.useSystemAAFontSettings", "on"); // smooth text on projectors
        String problem = displayProblem();
        if (problem != null) {
            spec.commandLine().getErr().println("treatysim gui: " + problem + ": run it from a desktop session or under Xvfb "
                    + "(Xvfb :99 & DISPLAY=:99 ./treatysim gui), through the ./treatysim launcher, which sets -Djava.awt.headless=false");
            spec.commandLine().getErr().flush();
            return Cli.EXIT_SOFTWARE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                TreatySimWithUI.launch(s, seed).addWindowListener(new WindowAdapter() {
                    @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
                });
            } catch (RuntimeException e) {
                failed.set(e);
                closed.countDown();
            }
        });
        closed.await();
        if (failed.get() instanceof RuntimeException e) throw e;
        return 0;
    }
}
