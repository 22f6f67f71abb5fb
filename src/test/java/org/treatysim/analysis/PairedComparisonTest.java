package org.treatysim.analysis;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Replications;
import org.treatysim.experiment.Scenarios;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedComparisonTest {
    static final Path KAWANA = Path.of("scenarios/whatif-1998-kawana-accepted.yaml");

    static PairedComparison.Result paired(Scenario b, Scenario w, MonteCarlo.Config cfg) {
        return PairedComparison.of(MonteCarlo.runPaired(List.of(b, w), cfg, null).differences().get(0), cfg.replications(), cfg.seed());
    }

    @Test void aScenarioComparedWithItselfDiffersByExactlyZero() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        PairedComparison.Result r = paired(s, s, new MonteCarlo.Config(40, 7, 2, true));
        for (int m = 0; m < r.months(); m++) {
            assertEquals(0.0, r.cumulative().mean()[m]);
            assertEquals(0.0, r.cumulative().low()[m]);
            assertEquals(0.0, r.cumulative().high()[m]);
            assertEquals(40, r.cumulative().n()[m]);
        }
    }

    @Test void pairingNarrowsTheIntervalAgainstIndependentRuns() {
        Scenario b = Scenarios.load(Path.of("scenarios/baseline.yaml")), w = Scenarios.load(KAWANA);
        int n = 300;
        PairedComparison.Result r = paired(b, w, new MonteCarlo.Config(n, 11, 2, true));
        int i = r.indexOf(YearMonth.of(2001, 12));
        double paired = r.cumulative().halfWidth(i);
        // The same what-if run on independent random numbers (another master seed): the textbook two-sample interval.
        double p1 = share(MonteCarlo.run(b, new MonteCarlo.Config(n, 11, 2, true), null), b.stepOf(YearMonth.of(2001, 12)));
        double p2 = share(MonteCarlo.run(w, new MonteCarlo.Config(n, 12, 2, true), null), w.stepOf(YearMonth.of(2001, 12)));
        double independent = PairedComparison.Z95 * Math.sqrt(p1 * (1 - p1) / n + p2 * (1 - p2) / n);
        assertTrue(paired < independent, "paired half-width " + paired + " vs independent " + independent);
        assertTrue(paired < r.cumulative().unpairedHalfWidth()[i], "paired " + paired + " vs unpaired on the same runs " + r.cumulative().unpairedHalfWidth()[i]);
        // normal interval: mean +/- 1.96 sd/sqrt(n)
        assertEquals(1.959963984540054, PairedComparison.Z95, 1e-12);
        assertEquals(r.cumulative().mean()[i], (r.cumulative().low()[i] + r.cumulative().high()[i]) / 2, 1e-12);
    }

    /**
     * The streamed sums give what the per-replication differences give: each replication of both scenarios is run
     * again on its own, and mean and standard deviation of the paired differences are computed from the values.
     */
    @Test void hazardIsPairedOnlyOverReplicationsUnsignedInBothAndMatchesThePerReplicationValues() {
        Scenario b = Scenarios.load(Path.of("scenarios/baseline.yaml")), w = Scenarios.load(KAWANA);
        int n = 100;
        PairedComparison.Result r = paired(b, w, new MonteCarlo.Config(n, 3, 2, true));
        YearMonth[] months = {YearMonth.of(1998, 12), YearMonth.of(2010, 1), YearMonth.of(2025, 12)};
        double[][] hb = new double[n][], hw = new double[n][];
        for (int rep = 0; rep < n; rep++) {
            hb[rep] = hazards(b, rep, months);
            hw[rep] = hazards(w, rep, months);
        }
        for (int j = 0; j < months.length; j++) {
            int both = 0;
            double sum = 0, sq = 0;
            for (int rep = 0; rep < n; rep++) {
                if (Double.isNaN(hb[rep][j]) || Double.isNaN(hw[rep][j])) continue;
                both++;
                double d = hw[rep][j] - hb[rep][j];
                sum += d;
                sq += d * d;
            }
            int i = r.indexOf(months[j]);
            assertEquals(both, r.hazard().n()[i], months[j].toString());
            double mean = sum / both, sd = Math.sqrt((sq - both * mean * mean) / (both - 1));
            assertEquals(mean, r.hazard().mean()[i], 1e-9, months[j].toString());
            assertEquals(PairedComparison.Z95 * sd / Math.sqrt(both), r.hazard().halfWidth(i), 1e-9, months[j].toString());
        }
        assertTrue(r.hazard().n()[r.indexOf(YearMonth.of(2025, 12))] < n, "some replications signed by 2025 and drop out of the hazard pairing");
    }

    @Test void theComparisonDoesNotDependOnTheThreadCount() {
        Scenario b = Scenarios.load(Path.of("scenarios/baseline.yaml")), w = Scenarios.load(KAWANA);
        PairedComparison.Result one = paired(b, w, new MonteCarlo.Config(50, 5, 1, true)), three = paired(b, w, new MonteCarlo.Config(50, 5, 3, true));
        assertArrayEquals(one.cumulative().mean(), three.cumulative().mean());
        assertArrayEquals(one.cumulative().low(), three.cumulative().low());
        assertArrayEquals(one.hazard().mean(), three.hazard().mean());
        assertArrayEquals(one.hazard().unpairedHalfWidth(), three.hazard().unpairedHalfWidth());
    }

    private static double[] hazards(Scenario s, int rep, YearMonth[] months) {
        double[] out = new double[months.length];
        int[] steps = new int[months.length];
        for (int j = 0; j < months.length; j++) steps[j] = s.stepOf(months[j]);
        TreatyModel m = Replications.model(s, 3, rep, true, (month, v) -> {
            for (int j = 0; j < steps.length; j++) if (steps[j] == month) out[j] = v[Var.TREATY_HAZARD_ANNUAL.ordinal()];
        });
        Replications.runHeadless(m);
        return out;
    }

    private static double share(org.treatysim.experiment.RunStatistics t, int month) {
        return (double) t.signedBy(month) / t.replications();
    }
}
