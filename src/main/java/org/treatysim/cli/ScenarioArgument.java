package org.treatysim.cli;

import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The optional SCENARIO argument of the commands that replay one scenario (run, story, evaluate, calibrate). */
public final class ScenarioArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    Path file;
}
