package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Trajectories;
import org.treatysim.scenario.Scenario;

import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Writes every file of a `run` into a results directory, all or nothing (report.html: {@link HtmlReport#forRun}). */
public final class RunReport {
    private RunReport() {}

    /** What a run computed and where its files went. */
    public record Finished(Path dir, Trajectories trajectories, Map<String, MetricStats> stats, Summary summary) {}

    /**
     * Runs the replications and writes every file of a run: {@code decisions.csv} streams while the replications
     * compute, the rest follows; nothing is visible in {@code outDir} until all is written. {@code manifest} builds the
     * manifest from the finished replications.
     */
    public static Finished runAndWrite(Path outDir, boolean force, Scenario s, MonteCarlo.Config cfg, IntConsumer progress,
                                       Function<Trajectories, Map<String, Object>> manifest) {
        try (OutputDir dir = OutputDir.open(outDir, force)) {
            Trajectories t;
            try (DecisionFiles.Writer decisions = new DecisionFiles.Writer(dir.file("decisions.csv"), s)) {
                t = MonteCarlo.run(s, cfg, progress, List.of(), decisions);
            }
            Map<String, MetricStats> stats = TrajectoryStats.compute(t);
            Summary sum = Summary.of(t, stats);
            writeInto(dir, t, stats, sum, manifest.apply(t));
            dir.commit();
            return new Finished(dir.target(), t, stats, sum);
        }
    }

    public static Path write(Path outDir, boolean force, Trajectories t, Map<String, MetricStats> stats, Summary sum,
                             Map<String, Object> manifest) {
        try (OutputDir dir = OutputDir.open(outDir, force)) {
            writeInto(dir, t, stats, sum, manifest);
            dir.commit();
            return dir.target();
        }
    }

    private static void writeInto(OutputDir dir, Trajectories t, Map<String, MetricStats> stats, Summary sum,
                                  Map<String, Object> manifest) {
        Scenario s = t.scenario();
        try {
            try (Writer w = RunFiles.writer(dir.file("trajectory.csv"))) {
                RunFiles.writeTrajectory(w, s, stats);
            }
            try (Writer w = RunFiles.writer(dir.file("runs.csv"))) {
                RunFiles.writeRuns(w, t);
            }
            Map<String, Object> summary = RunFiles.summaryJson(sum);
            summary.put("decisions", DecisionFiles.summary(s, t.decisions()));
            RunFiles.writeJson(dir.file("summary.json"), summary);
            TreatyChart chart = chart(s, t.replications(), t.seed(), stats);
            chart.savePng(dir.file("treaty-likelihood.png"));
            chart.saveSvg(dir.file("treaty-likelihood.svg"));
            HtmlReport.forRun(s, sum, Files.readAllBytes(dir.file("treaty-likelihood.png")), manifest).write(dir.file("report.html"));
            RunFiles.writeJson(dir.file("manifest.json"), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TreatyChart chart(Scenario s, int reps, long seed, Map<String, MetricStats> stats) {
        return new TreatyChart()
                .title("Likelihood of a Japan-Russia peace treaty, " + s.start().getYear() + "-" + s.end().getYear())
                .subtitle(String.format(Locale.ROOT, "TreatySim, scenario '%s': %d Monte Carlo replications, seed %d.",
                        s.name(), reps, seed))
                .span(s.start(), s.end())
                .add(s.name(), stats.get("treaty.hazard_annual"), stats.get(TrajectoryStats.CUMULATIVE))
                .events(s.events());
    }

    /** A short plain-text summary for the terminal. */
    public static String text(Summary sum) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "scenario %s: %d replications, seed %d%n", sum.scenario(), sum.replications(), sum.seed()));
        sb.append(String.format(Locale.ROOT, "P(treaty by %s) = %.1f%% (90%% CI %.1f-%.1f%%), %d replications signed%n",
                sum.end(), 100 * sum.pTreatyByEnd(), 100 * sum.pTreatyByEndCi90()[0], 100 * sum.pTreatyByEndCi90()[1], sum.signed()));
        sb.append("windows of opportunity (annual hazard at peak, months at or above half of it):\n");
        for (var w : sum.windows()) {
            sb.append(String.format(Locale.ROOT, "  %s  %5.2f%%/yr  %s to %s%n", w.peak(), 100 * w.peakHazard(), w.from(), w.to()));
        }
        return sb.toString();
    }
}
