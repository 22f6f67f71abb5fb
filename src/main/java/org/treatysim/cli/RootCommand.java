package org.treatysim.cli;

import picocli.CommandLine.Command;

@Command(name = "treatysim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulation of the Japan-Russia peace-treaty dispute over the southern Kuril Islands, 1956-2025.",
        subcommands = {RunCommand.class, StoryCommand.class, DecisionsCommand.class, CompareCommand.class, ScenariosCommand.class, ValidateCommand.class, EvaluateCommand.class, CalibrateCommand.class, BargainCommand.class, SweepCommand.class, MergeCommand.class, SensitivityCommand.class, GuiCommand.class, ServeCommand.class, ReproduceCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
