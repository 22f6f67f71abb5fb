package org.treatysim.cli;

import org.treatysim.experiment.Scenarios;
import org.treatysim.io.UsageException;
import org.treatysim.output.Story;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Tells one replication's history as dated sentences: the shocks, and what the agents decided and why.",
                "%nReplication K with seed S is replication K of `treatysim run --seed S` (its row in runs.csv and its rows in decisions.csv)."})
public final class StoryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ScenarioArgument scenario;

    @Option(names = {"-r", "--replication"}, paramLabel = "K", defaultValue = "0", description = "Replication to tell (default: ${DEFAULT-VALUE}).")
    int replication;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Master seed of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--decisions-only", description = "Leave out the shocks.")
    boolean decisionsOnly;

    @Override public Integer call() {
        Scenario s = Scenarios.load(scenario.file);
        if (s.agents() != Scenario.Agents.DECIDE) throw new UsageException(scenario.file + " runs the scripted model (agents: scripted), whose agents decide nothing: there is no story to tell");
        if (replication < 0 || replication >= RunOptions.MAX_REPLICATIONS) throw new UsageException("--replication must be between 0 and " + (RunOptions.MAX_REPLICATIONS - 1) + ", got " + replication);
        Story.Told t = Story.tell(s, seed, replication);
        if (decisionsOnly) t = new Story.Told(t.scenario(), t.seed(), t.replication(), t.lines().stream().filter(l -> !l.shock()).toList(), t.ending());
        spec.commandLine().getOut().print(t.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
