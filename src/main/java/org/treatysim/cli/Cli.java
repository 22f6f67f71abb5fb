package org.treatysim.cli;

import org.treatysim.output.OutputDir;
import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine;

/** Builds the command line with its error handling: bad input exits 2 with one clear message, no stack trace. */
public final class Cli {
    public static final int EXIT_OK = 0, EXIT_SOFTWARE = 1, EXIT_USAGE = 2;

    private Cli() {}

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg;
            int code;
            if (ex instanceof ScenarioException || ex instanceof OutputDir.ExistsException || ex instanceof IllegalArgumentException
                    || ex instanceof CommandLine.ParameterException) {
                msg = ex.getMessage();
                code = EXIT_USAGE;
            } else {
                msg = "internal error: " + ex;
                code = EXIT_SOFTWARE;
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println(cmd.getColorScheme().errorText("treatysim " + cmd.getCommandName() + ": " + msg));
            cmd.getErr().flush();
            return code;
        });
        return cl;
    }
}
