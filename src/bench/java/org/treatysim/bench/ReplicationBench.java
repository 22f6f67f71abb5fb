package org.treatysim.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Replications;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Seeds;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.model.MonthObserver;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Replications per second of the full 1956-2025 baseline (840 months). Every score is in replications per second
 * (one benchmark op = one replication; batched benchmarks divide by their batch with OperationsPerInvocation).
 * <ul>
 *   <li>{@code modelScheduled}: one TreatyModel run on MASON's schedule, no-op observer, pre-drawn parameters;</li>
 *   <li>{@code modelPlainLoop}: the same phases called in a plain for loop, no Schedule: the floor, and what headless
 *       runs do ({@link org.treatysim.experiment.Replications#runHeadless});</li>
 *   <li>{@code replicationRun}: the `run` path per replication: parameter draw, model, decisions tallied, statistics
 *       (MonteCarlo.run on one thread, {@value #BATCH} replications per call, so the statistics' setup is amortised
 *       as in a run of that size);</li>
 *   <li>{@code monteCarlo} with threads=1,2: Monte Carlo scaling ({@value #MC_REPS} replications per call);</li>
 *   <li>{@code parameterDraw}: one replication's parameter draw alone.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class ReplicationBench {
    static final int DRAWS = 64;
    static final int BATCH = 512;

    @Param({"scenarios/baseline.yaml"})
    public String scenarioFile;

    Scenario scenario;
    ParameterValues[] draws;
    long rep;
    final MonthObserver noop = (month, values) -> { };

    @Setup(Level.Trial) public void load() {
        scenario = Scenarios.load(Path.of(scenarioFile));
        draws = new ParameterValues[DRAWS];
        for (int i = 0; i < DRAWS; i++) draws[i] = ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(1, i));
    }

    @Benchmark public int modelScheduled() {
        long r = rep++;
        return Replications.model(Seeds.modelSeed(1, r), scenario, draws[(int) (r % DRAWS)], noop).runToEnd().signedStep();
    }

    @Benchmark public int modelPlainLoop() {
        long r = rep++;
        return Replications.runHeadless(Replications.model(Seeds.modelSeed(1, r), scenario, draws[(int) (r % DRAWS)], noop)).signedStep();
    }

    @Benchmark @OperationsPerInvocation(BATCH) public RunStatistics replicationRun() {
        return MonteCarlo.run(scenario, new MonteCarlo.Config(BATCH, rep++, 1, true), null);
    }

    @Benchmark public void parameterDraw(Blackhole bh) {
        bh.consume(ParameterDraw.draw(scenario.parameters(), Seeds.parameterSeed(1, rep++)));
    }

    /** Monte Carlo scaling: the same replications on 1 or 2 worker threads. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"}) public int threads;
    }

    static final int MC_REPS = 1024;

    @Benchmark @OperationsPerInvocation(MC_REPS) public RunStatistics monteCarlo(Threads t) {
        return MonteCarlo.run(scenario, new MonteCarlo.Config(MC_REPS, 5, t.threads, true), null);
    }
}
