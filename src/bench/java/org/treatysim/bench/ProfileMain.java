package org.treatysim.bench;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;

/**
 * Runs `run`'s replication loop (MonteCarlo on one thread, batches of 256, statistics included) for a number of
 * seconds, for a profiler such as JFR to sample (bench/profile.sh). Prints replications per second at the end, as a
 * rough check only.
 */
public final class ProfileMain {
    private ProfileMain() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        Scenario s = Scenarios.load(Path.of(args.length > 1 ? args[1] : "scenarios/baseline.yaml"));
        long end = System.nanoTime() + (long) (seconds * 1e9), t0 = System.nanoTime();
        long reps = 0;
        for (long seed = 1; System.nanoTime() < end; seed++) {
            MonteCarlo.run(s, new MonteCarlo.Config(256, seed, 1, true), null);
            reps += 256;
        }
        System.out.printf(java.util.Locale.ROOT, "%d replications in %.1f s: %.0f per second (one thread, profiler attached)%n",
                reps, (System.nanoTime() - t0) / 1e9, reps / ((System.nanoTime() - t0) / 1e9));
    }
}
