package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Seeds;
import org.treatysim.model.TreatyModel;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RunReport;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same seed, same bytes: trajectory.csv, runs.csv, decisions.csv, summary.json and the SVG charts are byte-identical across
 * thread counts (1, 2, 4) and repeated runs, and differ for another seed (so the comparison can fail).
 */
class DeterminismTest {
    static final List<String> FILES = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "treaty-likelihood.svg", "blocking.svg");
    static final int REPS = 70; // not a multiple of the batch size, so the last batch is partial
    static Scenario baseline;

    @BeforeAll static void load() {
        baseline = Scenarios.load(Path.of("scenarios/baseline.yaml"));
    }

    /** Writes a run's files as `run` does, decisions.csv streamed while the replications compute. */
    static Path write(Path dir, Scenario s, int reps, long seed, int threads) {
        try (OutputDir o = OutputDir.open(dir, false, RunReport.OWNER)) {
            return RunReport.runAndWrite(o, s, new MonteCarlo.Config(reps, seed, threads, true), null,
                    t -> new java.util.LinkedHashMap<>(Map.of("tool", "treatysim", "command", "run"))).dir();
        }
    }

    @Test void outputsAreByteIdenticalAcrossThreadCountsAndRepeats(@TempDir Path tmp) throws IOException {
        Path ref = write(tmp.resolve("t1"), baseline, REPS, 42, 1);
        List<Path> others = new ArrayList<>();
        others.add(write(tmp.resolve("t2"), baseline, REPS, 42, 2));
        others.add(write(tmp.resolve("t4"), baseline, REPS, 42, 4));
        others.add(write(tmp.resolve("t1-again"), baseline, REPS, 42, 1));
        others.add(write(tmp.resolve("t4-again"), baseline, REPS, 42, 4));
        for (String f : FILES) {
            byte[] want = Files.readAllBytes(ref.resolve(f));
            assertTrue(want.length > 100, f + " is written");
            for (Path o : others) assertArrayEquals(want, Files.readAllBytes(o.resolve(f)), f + " differs in " + o.getFileName());
        }
        Path other = write(tmp.resolve("seed43"), baseline, REPS, 43, 2);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(ref.resolve("runs.csv")), Files.readAllBytes(other.resolve("runs.csv"))),
                "another seed gives other runs");
    }

    @Test void aReplicationDoesNotDependOnHowManyRunAlongside() {
        List<MonteCarlo.Outcome> small = new ArrayList<>(), large = new ArrayList<>();
        List<List<org.treatysim.experiment.DecisionRecord>> ds = new ArrayList<>(), dl = new ArrayList<>();
        MonteCarlo.run(baseline, new MonteCarlo.Config(5, 7, 1, true), null, List.of(), (o, d) -> { small.add(o); ds.add(d); });
        MonteCarlo.run(baseline, new MonteCarlo.Config(37, 7, 3, true), null, List.of(), (o, d) -> { large.add(o); dl.add(d); });
        assertEquals(37, large.size());
        for (int r = 0; r < 37; r++) assertEquals(r, large.get(r).replication(), "outcomes arrive in replication order");
        for (int r = 0; r < 5; r++) {
            assertEquals(small.get(r), large.get(r));
            assertEquals(ds.get(r), dl.get(r));
        }
        assertTrue(dl.stream().mapToInt(List::size).sum() > 37, "the agents decide something");
    }

    /** The benchmark's floor runs the same phases without MASON's schedule; it must compute the same history. */
    @Test void thePlainPhaseLoopMatchesTheScheduledRun() {
        for (int rep = 0; rep < 6; rep++) {
            var values = ParameterDraw.draw(baseline.parameters(), Seeds.parameterSeed(3, rep));
            List<double[]> a = new ArrayList<>(), b = new ArrayList<>();
            TreatyModel m1 = new TreatyModel(Seeds.modelSeed(3, rep), baseline, values, (month, v) -> a.add(v.clone())).runToEnd();
            TreatyModel m2 = new TreatyModel(Seeds.modelSeed(3, rep), baseline, values, (month, v) -> b.add(v.clone())).runPhasesDirectly();
            assertEquals(baseline.months(), a.size());
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "month " + i + " of replication " + rep);
            assertEquals(m1.signedStep(), m2.signedStep());
            assertEquals(Double.doubleToLongBits(m1.signedIslands()), Double.doubleToLongBits(m2.signedIslands()));
        }
        // And the state really moves, so the comparison above compares something.
        List<double[]> c = new ArrayList<>();
        new TreatyModel(1, baseline, ParameterDraw.bestValues(baseline.parameters()), (m, v) -> c.add(v.clone())).runPhasesDirectly();
        assertNotEquals(c.get(0)[Var.JP_MIN_ACCEPT.ordinal()], c.get(c.size() - 1)[Var.JP_MIN_ACCEPT.ordinal()]);
    }
}
