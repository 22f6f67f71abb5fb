package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    /** Results directories of `run`. */
    public static final OutputDir.Owner OWNER = OutputDir.Owner.results("run");

    /** What a run computed and where its files went. */
    public record Finished(Path dir, RunStatistics statistics, Map<String, MetricStats> stats, Summary summary) {}

    /** The mergeable statistics a shard writes (format in docs/cluster.md). */
    public static final String STATE = "run-state.bin";
    public static final String RUNS = "runs.csv", DECISIONS = "decisions.csv";

    /**
     * Runs the replications and writes every file of a run into {@code dir} (opened before the run, see
     * {@link OutputDir#open}): {@code runs.csv} and {@code decisions.csv} stream while the replications compute, the
     * rest follows from the statistics, and the directory is committed sealed with the manifest {@code manifest} builds
     * from them. Nothing is visible at the target until all is written.
     */
    public static Finished runAndWrite(OutputDir dir, Scenario s, MonteCarlo.Config cfg, IntConsumer progress,
                                       Function<RunStatistics, Map<String, Object>> manifest) {
        return runAndWrite(dir, s, cfg, progress, manifest, null);
    }

    /** As {@link #runAndWrite(OutputDir, Scenario, MonteCarlo.Config, IntConsumer, Function)}; {@code also}, if not null, sees each replication too. */
    public static Finished runAndWrite(OutputDir dir, Scenario s, MonteCarlo.Config cfg, IntConsumer progress,
                                       Function<RunStatistics, Map<String, Object>> manifest, MonteCarlo.Sink also) {
        RunStatistics t = runStreaming(dir, s, cfg, progress, also);
        Map<String, MetricStats> stats = TrajectoryStats.compute(t);
        Summary sum = Summary.of(t, stats);
        return new Finished(write(dir, t, stats, sum, manifest.apply(t)), t, stats, sum);
    }

    /**
     * One shard of a run ({@code run --shard i/N}): the replications of {@code cfg}'s slice, with their rows of
     * runs.csv and decisions.csv and the statistics state ({@value #STATE}) that {@code merge} combines; committed
     * sealed with the manifest {@code manifest} builds.
     */
    public static Path runShard(OutputDir dir, Scenario s, MonteCarlo.Config cfg, IntConsumer progress,
                                Function<RunStatistics, Map<String, Object>> manifest) {
        RunStatistics t = runStreaming(dir, s, cfg, progress, null);
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(dir.file(STATE)), 1 << 16)) {
            t.write(os);
        } catch (IOException | UncheckedIOException e) {
            throw OutputException.writing(dir.target(), e);
        }
        dir.commit(manifest.apply(t));
        return dir.target();
    }

    /** Runs {@code cfg}'s replications, streaming runs.csv and decisions.csv into {@code dir}. */
    private static RunStatistics runStreaming(OutputDir dir, Scenario s, MonteCarlo.Config cfg, IntConsumer progress, MonteCarlo.Sink also) {
        try (RunFiles.Runs runs = new RunFiles.Runs(dir.file(RUNS), s);
             DecisionFiles.Writer decisions = new DecisionFiles.Writer(dir.file(DECISIONS), s)) {
            return MonteCarlo.run(s, cfg, progress, List.of(), (o, d) -> {
                runs.row(o);
                decisions.replication(o.replication(), d);
                if (also != null) also.replication(o, d);
            });
        } catch (UncheckedIOException e) {
            throw OutputException.writing(dir.target(), e);
        }
    }

    /**
     * Writes the files of a run computed from its statistics into {@code dir} (opened before the run, see
     * {@link OutputDir#open}), which already holds its runs.csv and decisions.csv, and commits it, sealed with
     * {@code manifest}. Returns where the results are.
     */
    public static Path write(OutputDir dir, RunStatistics t, Map<String, MetricStats> stats, Summary sum, Map<String, Object> manifest) {
        Scenario s = t.scenario();
        int reps = Math.toIntExact(t.replications());
        try {
            try (Writer w = RunFiles.writer(dir.file("trajectory.csv"))) {
                RunFiles.writeTrajectory(w, s, stats);
            }
            RunFiles.writeJson(dir.file("summary.json"), RunSummary.of(sum, RunSummary.decisions(s, t.decisions())));
            if (s.agents() == Scenario.Agents.DECIDE) blockingChart(s, reps, stats).save(dir.file("blocking.png"), dir.file("blocking.svg"));
            TreatyChart chart = chart(s, reps, t.seed(), stats);
            chart.savePng(dir.file("treaty-likelihood.png"));
            chart.saveSvg(dir.file("treaty-likelihood.svg"));
            HtmlReport.forRun(s, sum, Files.readAllBytes(dir.file("treaty-likelihood.png")), manifest).write(dir.file("report.html"));
        } catch (IOException | UncheckedIOException e) {
            throw OutputException.writing(dir.target(), e);
        }
        dir.commit(manifest);
        return dir.target();
    }

    public static TreatyChart chart(Scenario s, int reps, long seed, Map<String, MetricStats> stats) {
        return new TreatyChart()
                .title("Likelihood of a Japan-Russia peace treaty, " + s.start().getYear() + "-" + s.end().getYear())
                .subtitle(String.format(Locale.ROOT, "TreatySim, scenario '%s': %d Monte Carlo replications, seed %d.",
                        s.name(), reps, seed))
                .span(s.start(), s.end())
                .add(s.name(), stats.get(Metrics.HAZARD), stats.get(Metrics.CUMULATIVE))
                .hazardBand(s.agents() == Scenario.Agents.SCRIPTED)
                .events(s.events(), s.agents() == Scenario.Agents.DECIDE);
    }

    /** The gates of the negotiation, bottom band first, with the words the chart shows. */
    public static final List<org.treatysim.scenario.Var> GATES = List.of(org.treatysim.scenario.Var.GATE_CLOSED, org.treatysim.scenario.Var.GATE_NO_OVERLAP,
            org.treatysim.scenario.Var.GATE_NO_OFFER, org.treatysim.scenario.Var.GATE_REJECTED, org.treatysim.scenario.Var.GATE_THIRD_PARTY,
            org.treatysim.scenario.Var.GATE_RATIFY_JP, org.treatysim.scenario.Var.GATE_RATIFY_RU, org.treatysim.scenario.Var.GATE_SIGNED);
    public static final List<String> GATE_LABELS = List.of("Talks suspended", "No deal both could sign (no overlap)", "No offer made",
            "Offer rejected", "Blocked by a third party (US)", "Signed, not ratified in Japan", "Signed, not ratified in Russia", "Treaty signed");

    /** "What blocks a treaty": each month, the share of replications still without a treaty stopped at each gate. */
    public static StackedAreaChart blockingChart(Scenario s, int reps, Map<String, MetricStats> stats) {
        double[][] shares = new double[GATES.size()][];
        for (int g = 0; g < shares.length; g++) shares[g] = stats.get(GATES.get(g).id).mean();
        List<java.time.YearMonth> months = new java.util.ArrayList<>();
        for (int m = 0; m < s.months(); m++) months.add(s.monthAt(m));
        return new StackedAreaChart("What blocks a treaty, " + s.start().getYear() + "-" + s.end().getYear(), months, GATE_LABELS,
                StackedAreaChart.PALETTE, shares)
                .subtitle(String.format(Locale.ROOT, "Scenario '%s', %d replications: each month, the first gate that stopped a treaty, as a share of the replications with none yet", s.name(), reps));
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
