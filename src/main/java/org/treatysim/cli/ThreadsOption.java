package org.treatysim.cli;

import org.treatysim.io.UsageException;
import picocli.CommandLine.Option;

/** The {@code --threads} option of every command that runs replications: how many, checked, defaulting to all cores. */
public final class ThreadsOption {
    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    /** The worker threads to use: the option's value, or all cores; 1 to 1024. */
    public int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) throw new UsageException("--threads must be between 1 and 1024, got " + t);
        return t;
    }
}
