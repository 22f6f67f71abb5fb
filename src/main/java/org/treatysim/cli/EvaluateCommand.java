package org.treatysim.cli;

import org.treatysim.analysis.facts.FactsFile;
import org.treatysim.analysis.facts.Validation;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.output.EvaluationReport;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.RunFiles;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a replay against the stylized facts of the documented history, with a hold-out and null models.",
                "%nReplays the scenario as `run` does and tests it against facts/stylized-facts.yaml (or --facts): facts measured before the hold-out month (fit), from it on (hold-out, not fitted), across both, and documented series no parameter was fitted to (validation). On the same seeds it scores two null models the agent model must beat on the hold-out: the scripted v0.1 replay (every decision a dated event) and a constant hazard fitted to the fit period. Prints the tables and the comparison, and writes evaluation.json and manifest.json. Give --theory several times to compare bargaining theories."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ScenarioArgument scenario;

    @Option(names = "--facts", paramLabel = "FILE", description = "Stylized facts (default: ${DEFAULT-VALUE}).", defaultValue = "facts/stylized-facts.yaml")
    Path factsFile;

    @Option(names = "--theory", paramLabel = "NAME", description = "Bargaining theory instead of the scenario's (repeatable).")
    List<String> theories;

    @Mixin HoldoutOption holdout = new HoldoutOption();

    @Option(names = "--brief", description = "Headlines only, no per-fact tables.")
    boolean brief;

    @Mixin RunOptions opts;

    /** Results directories of `evaluate`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("evaluate");

    @Override public Integer call() {
        int reps = opts.replications();
        int threads = opts.threads();
        YearMonth hold = holdout.month();
        Scenario base = Scenarios.load(scenario.file);
        if (base.agents() != Scenario.Agents.DECIDE) throw new UsageException(scenario.file + " runs the scripted model (agents: scripted); evaluate scores the agent model beside the scripted null: remove agents: scripted");
        FactsFile.Loaded facts = FactsFile.read(factsFile);
        List<String> names = theories == null || theories.isEmpty() ? List.of(base.bargaining()) : theories;
        for (String t : names) {
            Scenarios.withTheory(base, t); // unknown, or lacking parameters: refused before anything runs
        }
        if (names.stream().distinct().count() != names.size()) throw new UsageException("--theory lists a theory twice");
        Path out = opts.out != null ? opts.out : Path.of("results", base.name() + "-evaluation");
        PrintWriter o = spec.commandLine().getOut();
        try (OutputDir dir = OutputDir.open(out, opts.force, OWNER)) { // refused or unwritable: before the runs
            Instant started = Instant.now();
            Validation.Result r = Validation.run(base, names, facts, new MonteCarlo.Config(reps, opts.seed, threads, true), hold,
                    label -> Progress.start(spec, "evaluate " + base.name() + " (" + label + ")", reps, opts.quiet()));
            for (Validation.Score sc : r.theories()) o.print(EvaluationReport.score(base.name(), sc, r, !brief));
            o.print(EvaluationReport.score(base.name(), r.scripted(), r, !brief));
            o.print(EvaluationReport.score(base.name(), r.constant(), r, false));
            o.print(EvaluationReport.comparison(r));
            if (!base.interventions().isEmpty()) {
                o.println("note: the scripted null replays the scenario's dated events; it takes no interventions, so the "
                        + base.interventions().size() + " intervention(s) of " + base.name() + " act on the agent model only");
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("facts_file", factsFile.toAbsolutePath().normalize().toString());
            extra.put("facts_sha256", Sha256.ofInput(factsFile));
            extra.put("theories", names);
            extra.put("holdout", hold == null ? null : hold.toString());
            Map<String, Object> manifest = Manifest.build("evaluate", spec.commandLine().getParseResult().originalArgs(), base, reps, opts.seed,
                    threads, started, Instant.now(), extra);
            OutputException.guard(dir.target(), () -> {
                RunFiles.writeJson(dir.file("evaluation.json"), EvaluationReport.json(base.name(), factsFile, reps, opts.seed, r));
                return null;
            });
            dir.commit(manifest);
            o.println("results in " + dir.target());
        }
        o.flush();
        return 0;
    }
}
