package org.treatysim.cli;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.analysis.facts.FactsFile;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Trajectories;
import org.treatysim.model.BargainingTheories;
import org.treatysim.output.EvaluationReport;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.RunFiles;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Sha256;
import org.treatysim.scenario.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a replay against the stylized facts of the documented history.",
                "%nReplays the scenario as `run` does and tests it against facts/stylized-facts.yaml (or --facts): prints fact, measured value, threshold and hit/miss, and writes evaluation.json and manifest.json. Give --theory several times to compare bargaining theories on the same events and random numbers."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--facts", paramLabel = "FILE", description = "Stylized facts (default: ${DEFAULT-VALUE}).", defaultValue = "facts/stylized-facts.yaml")
    Path factsFile;

    @Option(names = "--theory", paramLabel = "NAME", description = "Bargaining theory instead of the scenario's (repeatable).")
    List<String> theories;

    @Mixin RunOptions opts;

    /** Results directories of `evaluate`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("evaluate");

    @Override public Integer call() {
        int reps = opts.replications();
        int threads = opts.threads();
        Scenario base = Scenarios.load(scenarioFile);
        List<Fact> facts = FactsFile.load(factsFile);
        List<String> names = theories == null || theories.isEmpty() ? List.of(base.bargaining()) : theories;
        for (String t : names) {
            if (!BargainingTheories.names().contains(t)) throw new UsageException("unknown --theory " + t + "; known: " + String.join(", ", BargainingTheories.names()));
        }
        if (names.stream().distinct().count() != names.size()) throw new UsageException("--theory lists a theory twice");
        Path out = opts.out != null ? opts.out : Path.of("results", base.name() + "-evaluation");
        PrintWriter o = spec.commandLine().getOut();
        try (OutputDir dir = OutputDir.open(out, opts.force, OWNER)) { // refused or unwritable: before the runs
            Instant started = Instant.now();
            Map<String, List<Evaluation.Row>> byTheory = new LinkedHashMap<>();
            for (String t : names) {
                Scenario s = base.withBargaining(t);
                Trajectories tr;
                try (RunCommand.Progress p = RunCommand.Progress.start("evaluate " + s.name() + " (" + t + ")", reps, opts.quiet)) {
                    tr = MonteCarlo.run(s, new MonteCarlo.Config(reps, opts.seed, threads, true), p);
                }
                Map<String, MetricStats> stats = TrajectoryStats.compute(tr);
                List<Evaluation.Row> rows = Evaluation.evaluate(facts, s, stats);
                byTheory.put(t, rows);
                o.print(EvaluationReport.table(s.name(), t, rows));
                o.println();
            }
            if (byTheory.size() > 1) o.print(EvaluationReport.matrix(byTheory));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("facts_file", factsFile.toAbsolutePath().normalize().toString());
            extra.put("facts_sha256", Sha256.ofInput(factsFile));
            extra.put("theories", new ArrayList<>(byTheory.keySet()));
            Map<String, Object> manifest = Manifest.build("evaluate", spec.commandLine().getParseResult().originalArgs(), base, reps, opts.seed,
                    threads, started, Instant.now(), extra);
            OutputException.guard(dir.target(), () -> {
                RunFiles.writeJson(dir.file("evaluation.json"), EvaluationReport.json(base.name(), factsFile, reps, opts.seed, byTheory));
                return null;
            });
            dir.commit(manifest);
            o.println("results in " + dir.target());
        }
        o.flush();
        return 0;
    }
}
