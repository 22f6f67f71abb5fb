package org.treatysim.analysis;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.Trajectories;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedComparisonTest {
    static final Path KAWANA = Path.of("scenarios/whatif-1998-kawana-accepted.yaml");

    @Test void aScenarioComparedWithItselfDiffersByExactlyZero() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        MonteCarlo.Config cfg = new MonteCarlo.Config(40, 7, 2, true);
        PairedComparison.Result r = PairedComparison.compare(MonteCarlo.run(s, cfg, null), MonteCarlo.run(s, cfg, null));
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
        Trajectories tb = MonteCarlo.run(b, new MonteCarlo.Config(n, 11, 2, true), null);
        Trajectories tw = MonteCarlo.run(w, new MonteCarlo.Config(n, 11, 2, true), null);
        PairedComparison.Result r = PairedComparison.compare(tb, tw);
        int i = r.indexOf(YearMonth.of(2001, 12));
        double paired = r.cumulative().halfWidth(i);
        // The same what-if run on independent random numbers (another master seed): the textbook two-sample interval.
        Trajectories twIndep = MonteCarlo.run(w, new MonteCarlo.Config(n, 12, 2, true), null);
        double p1 = share(tb, b.stepOf(YearMonth.of(2001, 12))), p2 = share(twIndep, w.stepOf(YearMonth.of(2001, 12)));
        double independent = PairedComparison.Z95 * Math.sqrt(p1 * (1 - p1) / n + p2 * (1 - p2) / n);
        assertTrue(paired < independent, "paired half-width " + paired + " vs independent " + independent);
        assertTrue(paired < r.cumulative().unpairedHalfWidth()[i], "paired " + paired + " vs unpaired on the same runs " + r.cumulative().unpairedHalfWidth()[i]);
        // normal interval: mean +/- 1.96 sd/sqrt(n)
        assertEquals(1.959963984540054, PairedComparison.Z95, 1e-12);
        assertEquals(r.cumulative().mean()[i], (r.cumulative().low()[i] + r.cumulative().high()[i]) / 2, 1e-12);
    }

    @Test void hazardIsPairedOnlyOverReplicationsUnsignedInBoth() {
        Scenario b = Scenarios.load(Path.of("scenarios/baseline.yaml")), w = Scenarios.load(KAWANA);
        MonteCarlo.Config cfg = new MonteCarlo.Config(100, 3, 2, true);
        Trajectories tb = MonteCarlo.run(b, cfg, null), tw = MonteCarlo.run(w, cfg, null);
        PairedComparison.Result r = PairedComparison.compare(tb, tw);
        int k = java.util.Arrays.asList(tb.metrics()).indexOf(Var.TREATY_HAZARD_ANNUAL);
        for (YearMonth ym : new YearMonth[] {YearMonth.of(1998, 12), YearMonth.of(2010, 1), YearMonth.of(2025, 12)}) {
            int m = b.stepOf(ym), both = 0;
            double sum = 0;
            for (int rep = 0; rep < 100; rep++) {
                double hb = tb.value(k, m, rep), hw = tw.value(k, m, rep);
                if (!Double.isNaN(hb) && !Double.isNaN(hw)) { both++; sum += hw - hb; }
            }
            assertEquals(both, r.hazard().n()[r.indexOf(ym)], ym.toString());
            assertEquals(sum / both, r.hazard().mean()[r.indexOf(ym)], 1e-9, ym.toString());
        }
        assertTrue(r.hazard().n()[r.indexOf(YearMonth.of(2025, 12))] < 100, "some replications signed by 2025 and drop out of the hazard pairing");
    }

    @Test void refusesRunsWithDifferentSeeds() {
        Scenario b = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        Trajectories x = MonteCarlo.run(b, new MonteCarlo.Config(4, 1, 1, true), null), y = MonteCarlo.run(b, new MonteCarlo.Config(4, 2, 1, true), null);
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.compare(x, y));
    }

    private static double share(Trajectories t, int month) {
        int k = java.util.Arrays.asList(t.metrics()).indexOf(Var.TREATY_SIGNED), s = 0;
        for (int r = 0; r < t.replications(); r++) if (t.value(k, month, r) > 0.5) s++;
        return (double) s / t.replications();
    }
}
