package org.treatysim.cli;

import org.treatysim.analysis.FormerDecisionTiming;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.output.FormerDecisionTable;
import org.treatysim.io.UsageException;
import org.treatysim.output.DecisionCatalogue;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = {"Lists the agents' decision rules: who decides, the options a what-if may force or forbid, and each rule's coefficients with the values the scenario gives them.",
                "%nWith --timing: replays the scenario and sets each former decision event (a dated event the agents now decide) beside the months the agents take it (docs/former-decisions.md).",
                "%nWrites nothing; --markdown prints Markdown (docs/decisions.md, or with --timing docs/former-decisions.md)."})
public final class DecisionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario whose parameters to show (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--markdown", description = "Print the catalogue as Markdown (docs/decisions.md).")
    boolean markdown;

    @Option(names = "--timing", description = "Replay the scenario and time each former decision event against its historical month.")
    boolean timing;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", description = "Replications of the replay for --timing (default: ${DEFAULT-VALUE}).", defaultValue = "300")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed of the replay for --timing (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Mixin ThreadsOption threads;

    @Override public Integer call() {
        Scenario s = Scenarios.load(scenarioFile);
        if (timing) {
            if (replications < 1 || replications > 100_000) throw new UsageException("--replications for --timing must be between 1 and 100000, got " + replications);
            MonteCarlo.Config cfg = new MonteCarlo.Config(replications, seed, threads.threads(), true);
            List<FormerDecisionTiming.Row> rows = FormerDecisionTiming.of(s, cfg);
            String md = FormerDecisionTable.markdown(s, cfg, rows);
            spec.commandLine().getOut().print(markdown ? md : md.replace("`", ""));
            spec.commandLine().getOut().flush();
            return 0;
        }
        spec.commandLine().getOut().print(markdown ? DecisionCatalogue.markdown(s.parameters()) : DecisionCatalogue.text(s.parameters()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
