package org.treatysim;

import org.treatysim.cli.Cli;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Shared helpers for tests: the repository's scenarios and in-process CLI runs. */
public final class TestSupport {
    public static final Path BASELINE = Path.of("scenarios", "baseline.yaml");

    private TestSupport() {}

    public static Scenario baseline() { return Scenarios.load(BASELINE); }

    /** Result of running the CLI in-process. */
    public record CliResult(int exit, String out, String err) {}

    public static CliResult cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
