package org.treatysim.cli;

import picocli.CommandLine;

/** Entry point of the {@code treatysim} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.commandLine().execute(args));
    }
}
