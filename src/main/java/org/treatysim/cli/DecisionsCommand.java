package org.treatysim.cli;

import org.treatysim.experiment.Scenarios;
import org.treatysim.output.DecisionCatalogue;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = {"Lists the agents' decision rules: who decides, the options a what-if may force or forbid, and each rule's coefficients with the values the scenario gives them.",
                "%nWrites nothing; --markdown prints docs/decisions.md."})
public final class DecisionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario whose parameters to show (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--markdown", description = "Print the catalogue as Markdown (docs/decisions.md).")
    boolean markdown;

    @Override public Integer call() {
        Scenario s = Scenarios.load(scenarioFile);
        spec.commandLine().getOut().print(markdown ? DecisionCatalogue.markdown(s.parameters()) : DecisionCatalogue.text(s.parameters()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
