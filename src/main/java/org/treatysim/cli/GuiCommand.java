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
        description = {"Opens the MASON Console for a live replay of one run: a map of the four states, live charts of the",
                "treaty likelihood, the bargaining gap and public opinion, an event ticker, and the model's coefficients",
                "in the inspector. Needs a display (DISPLAY set, or Xvfb)."})
public final class GuiCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: ${DEFAULT-VALUE}); the others in its folder are offered in the inspector.",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Seed of the first run; change it in the Console's options (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Override public Integer call() throws Exception {
        Scenario s = Scenarios.load(scenarioFile);
        if (System.getProperty("awt.useSystemAAFontSettings") == null) System.setProperty("awt.useSystemAAFontSettings", "on"); // smooth text on projectors
        if (GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("treatysim gui: no display: run it from a desktop session or under Xvfb (DISPLAY=:99), "
                    + "through the ./treatysim launcher, which sets -Djava.awt.headless=false");
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
