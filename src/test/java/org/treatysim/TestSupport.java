package org.treatysim;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.cli.Cli;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/** Shared helpers for tests: the repository's scenarios, a cached baseline replay, and in-process CLI runs. */
public final class TestSupport {
    public static final Path BASELINE = Path.of("scenarios", "baseline.yaml");
    private static Map<String, MetricStats> baselineStats;
    private static RunStatistics baselineRuns;

    private TestSupport() {}

    public static Scenario baseline() { return Scenarios.load(BASELINE); }

    /** The baseline replayed with 1000 replications, seed 1 (computed once per JVM). */
    public static synchronized Map<String, MetricStats> baselineStats() {
        if (baselineStats == null) {
            baselineRuns = MonteCarlo.run(baseline(), new MonteCarlo.Config(1000, 1, 2, true), null);
            baselineStats = TrajectoryStats.compute(baselineRuns);
        }
        return baselineStats;
    }

    public static synchronized RunStatistics baselineRuns() {
        baselineStats();
        return baselineRuns;
    }

    /** Result of running the CLI in-process. */
    public record CliResult(int exit, String out, String err) {}

    public static CliResult cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }

    /** Index of a month in a 1956-01 start series. */
    public static int idx(String ym) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(1956, 1), YearMonth.parse(ym));
    }

    public static double max(double[] xs, String from, String to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = idx(from); i <= idx(to); i++) if (!Double.isNaN(xs[i])) m = Math.max(m, xs[i]);
        return m;
    }

    public static double mean(double[] xs, String from, String to) {
        double s = 0;
        int n = 0;
        for (int i = idx(from); i <= idx(to); i++) if (!Double.isNaN(xs[i])) { s += xs[i]; n++; }
        return n == 0 ? Double.NaN : s / n;
    }
}
