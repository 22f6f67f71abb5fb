package org.treatysim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Trajectories;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RunReport;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Replays a scenario month by month with Monte Carlo replications.",
                "%nWrites trajectory.csv (every state variable's mean and quantiles by month), runs.csv (one row per replication), decisions.csv (every decision the agents took, with its cause), summary.json, manifest.json, the treaty-likelihood chart and the 'what blocks a treaty' chart (PNG, SVG), and report.html (one self-contained page with figures, chart, events, parameters and the command)."})
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Mixin RunOptions opts;

    @Override public Integer call() {
        int reps = opts.replications();
        int threads = opts.threads();
        Scenario s = Scenarios.load(scenarioFile);
        Path out = opts.out != null ? opts.out : Path.of("results", s.name());
        List<String> args = List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
        RunReport.Finished f;
        try (OutputDir o = OutputDir.open(out, opts.force, RunReport.OWNER); // refused or unwritable: before the run
             Progress p = Progress.start("run " + s.name(), reps, opts.quiet)) {
            Instant started = Instant.now();
            f = RunReport.runAndWrite(o, s, new MonteCarlo.Config(reps, opts.seed, threads, true), p,
                    t -> Manifest.build("run", args, s, reps, opts.seed, threads, started, Instant.now(), null));
        }
        spec.commandLine().getOut().print(RunReport.text(f.summary()));
        spec.commandLine().getOut().println("results in " + f.dir());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A progress bar on stderr (progressbar library), or nothing when quiet. */
    static final class Progress implements IntConsumer, AutoCloseable {
        private final ProgressBar bar;
        private final PrintWriter to;

        private Progress(ProgressBar bar, PrintWriter to) {
            this.bar = bar;
            this.to = to;
        }

        static Progress start(String task, long total, boolean quiet) {
            if (quiet) return new Progress(null, null);
            return new Progress(builder(task, total).setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build(), null);
        }

        /** A bar drawn on {@code err} (the command's error stream, so that tests can see it). */
        static Progress start(String task, long total, boolean quiet, PrintWriter err) {
            if (quiet) return new Progress(null, null);
            return new Progress(builder(task, total).setConsumer(new DelegatingProgressBarConsumer(line -> {
                err.print('\r' + line);
                err.flush();
            })).build(), err);
        }

        private static ProgressBarBuilder builder(String task, long total) {
            return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed();
        }

        @Override public void accept(int n) {
            if (bar != null) synchronized (bar) { bar.stepBy(n); }
        }

        @Override public void close() {
            if (bar != null) bar.close();
            if (to != null) {
                to.println();
                to.flush();
            }
        }
    }
}
