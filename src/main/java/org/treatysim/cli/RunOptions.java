package org.treatysim.cli;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.io.UsageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that run replications. */
public final class RunOptions {
    @Option(names = {"-n", "--replications"}, paramLabel = "N", description = "Monte Carlo replications (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    public long replications; // long, so that absurd values get the range message below rather than a parse error

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed; the same seed gives byte-identical results (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    public long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: a folder under results/ named after the scenario and the command; printed at the end).")
    public Path out;

    @Option(names = {"--force"}, description = "Replace results that this command wrote in --out and nobody changed since (never anything else).")
    public boolean force;

    @Mixin QuietOption quietOption = new QuietOption();

    /** The statistics count replications in 31 bits (memory does not grow with them; see docs/performance.md). */
    public static final int MAX_REPLICATIONS = MonteCarlo.MAX_REPLICATIONS;

    public boolean quiet() { return quietOption.quiet; }

    public int threads() {
        return threads.threads();
    }

    public int replications() {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new UsageException("--replications must be between 1 and " + MAX_REPLICATIONS + ", got " + replications
                    + "; for more, run several seeds");
        }
        return (int) replications;
    }
}
