package org.treatysim.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: no progress bar (run, compare, evaluate, calibrate, sweep). */
public final class QuietOption {
    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;
}
