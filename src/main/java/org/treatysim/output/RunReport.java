package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Summary;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.Trajectories;
import org.treatysim.scenario.Scenario;

import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes every file of a `run` into a results directory, all or nothing (report.html: {@link HtmlReport#forRun}). */
public final class RunReport {
    private RunReport() {}

    /** Results directories of `run`. */
    public static final OutputDir.Owner OWNER = OutputDir.Owner.results("run");

    /**
     * Writes every file of a run into {@code dir} (opened before the run, see {@link OutputDir#open}) and commits it,
     * sealed with {@code manifest}. Returns where the results are.
     */
    public static Path write(OutputDir dir, Trajectories t, Map<String, MetricStats> stats, Summary sum, Map<String, Object> manifest) {
        Scenario s = t.scenario();
        try {
            try (Writer w = RunFiles.writer(dir.file("trajectory.csv"))) {
                RunFiles.writeTrajectory(w, s, stats);
            }
            try (Writer w = RunFiles.writer(dir.file("runs.csv"))) {
                RunFiles.writeRuns(w, t);
            }
            RunFiles.writeJson(dir.file("summary.json"), RunFiles.summaryJson(sum));
            TreatyChart chart = chart(s, t.replications(), t.seed(), stats);
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
                .subtitle(String.format(Locale.ROOT, "TreatySim, scenario '%s': %d Monte Carlo replications, seed %d. Lines mark major events (green: toward a treaty, brown: away).",
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
