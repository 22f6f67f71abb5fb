package org.treatysim.cli;

import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.output.OutputException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Builds the command line with its error handling. The user's problems (a {@link ScenarioException}: a bad file, with
 * where; a {@link UsageException}: a bad option, an output that must not or cannot be written, results that fail their
 * checksums; picocli's own option errors) exit with code 2 and one clear message,
 * no stack trace. Anything else is a bug in TreatySim: exit code 1, a short message, and the stack trace in a log
 * file whose path the message gives.
 */
public final class Cli {
    public static final int EXIT_OK = 0, EXIT_SOFTWARE = 1, EXIT_USAGE = 2;

    private Cli() {}

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg;
            int code;
            if (ex instanceof ScenarioException || ex instanceof UsageException || ex instanceof CommandLine.ParameterException) {
                msg = ex.getMessage();
                code = EXIT_USAGE;
            } else if (OutputException.isEnvironmental(ex)) { // a disk or permission problem met outside the output checks
                msg = "a file could not be read or written: " + OutputException.explain(ex);
                code = EXIT_USAGE;
            } else {
                msg = "internal error (" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())) + "). "
                        + "This is a bug in TreatySim, not a problem with your input. " + crashLog(ex, cmd.getCommandName(), parsed.originalArgs().toString());
                code = EXIT_SOFTWARE;
            }
            cmd.getErr().println(cmd.getColorScheme().errorText("treatysim " + cmd.getCommandName() + ": " + msg));
            cmd.getErr().flush();
            return code;
        });
        return cl;
    }

    private static String firstLine(String s) {
        String l = s.lines().findFirst().orElse("");
        return l.length() > 200 ? l.substring(0, 197) + "..." : l;
    }

    /**
     * Writes the stack trace, the command line and the versions to a log in the system's temporary directory;
     * returns a sentence saying where (or, if no log can be written, the trace's first lines).
     */
    static String crashLog(Throwable ex, String command, String args) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        String text = "treatysim " + org.treatysim.output.Manifest.version() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + ")\n" + Instant.now() + "\ncommand: " + command + " " + args + "\n\n" + trace;
        try {
            Path log = Files.createTempFile("treatysim-crash-", ".log");
            Files.writeString(log, text, StandardCharsets.UTF_8);
            return "The stack trace is in " + log + "; please attach that file to a bug report.";
        } catch (IOException | RuntimeException e) {
            return "No log could be written (" + e.getMessage() + "); the stack trace begins:\n" + trace.toString().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("");
        }
    }
}
