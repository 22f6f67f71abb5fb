package org.treatysim.bench;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Replications;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Seeds;
import org.treatysim.model.MonthObserver;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Replications per CPU-second of the main thread, for each variant of ReplicationBench. On a shared machine JMH's
 * wall-clock throughput falls with the load of other processes; the CPU time a replication takes does much less,
 * so this is the figure to compare with the 5,000 per core target. Run by bench/run-bench.sh after JMH.
 *   CpuRate [SECONDS-PER-VARIANT] [SCENARIO]
 */
public final class CpuRate {
    private CpuRate() {}

    interface Variant { long run(long round); } // returns replications done

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Scenario s = Scenarios.load(Path.of(args.length > 1 ? args[1] : "scenarios/baseline.yaml"));
        ParameterValues[] draws = new ParameterValues[64];
        for (int i = 0; i < draws.length; i++) draws[i] = ParameterDraw.draw(s.parameters(), Seeds.parameterSeed(1, i));
        MonthObserver noop = (m, v) -> { };
        System.out.println();
        System.out.printf(Locale.ROOT, "Replications per CPU-second of one thread (%s, %d months; %.0f s per variant after %.0f s warm-up):%n",
                s.name(), s.months(), seconds, seconds / 2);
        double sched = measure("model on MASON's schedule, no-op observer", seconds,
                r -> { Replications.model(Seeds.modelSeed(1, r), s, draws[(int) (r & 63)], noop).runToEnd(); return 1; });
        double plain = measure("same phases as a plain Java loop (the floor; headless runs)", seconds,
                r -> { Replications.runHeadless(Replications.model(Seeds.modelSeed(1, r), s, draws[(int) (r & 63)], noop)); return 1; });
        System.out.printf(Locale.ROOT, "  %-62s %10.2f x   (target: at most 2)%n", "plain loop / scheduled", plain / sched);
        double rec = measure("the run path: draw + model + statistics (batches of 512)", seconds,
                r -> { MonteCarlo.run(s, new MonteCarlo.Config(512, r, 1, true), null); return 512; });
        System.out.printf(Locale.ROOT, "  %-62s %10.2f x%n", "run path / plain-loop floor", rec / plain);
        System.out.printf(Locale.ROOT, "  %-62s %10s     %s%n", "target: 5,000 replications per second per core", "", rec >= 5000 ? "MET" : "MISSED");
    }

    static double measure(String label, double seconds, Variant v) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long round = 0;
        long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
        while (System.nanoTime() < warmEnd) v.run(round++);
        long cpu0 = mx.getCurrentThreadCpuTime(), wall0 = System.nanoTime(), reps = 0;
        long end = wall0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) reps += v.run(round++);
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9, wall = (System.nanoTime() - wall0) / 1e9;
        double rate = reps / cpu;
        System.out.printf(Locale.ROOT, "  %-62s %10.0f   (%.0f per wall-second; CPU share %.0f%%)%n", label, rate, reps / wall, 100 * cpu / wall);
        return rate;
    }
}
