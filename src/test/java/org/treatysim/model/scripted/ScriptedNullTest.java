package org.treatysim.model.scripted;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The scripted null model is v0.1's replay, unchanged: `agents: scripted` on the baseline (every event, former decisions
 * included, applied as dated effects) reproduces v0.1's mean trajectories of 1000 replications, seed 1, month by month
 * (to v0.1's six digits; the last may move by one since means are exact sums of doubles, not of floats as in v0.1).
 * The reference file was written by v0.1 (commit c87470c) before the agent model existed.
 */
class ScriptedNullTest {
    @Test void theScriptedBaselineReproducesVersionZeroPointOne() throws Exception {
        Scenario s = TestSupport.baseline().withAgents(Scenario.Agents.SCRIPTED);
        Map<String, MetricStats> stats = TrajectoryStats.compute(MonteCarlo.run(s, new MonteCarlo.Config(1000, 1, 2, true), null));
        int rows = 0, same = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/org/treatysim/model/v01-baseline-means.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("date,")) continue;
                String[] f = line.split(",");
                double got = stats.get(f[1]).mean()[s.stepOf(java.time.YearMonth.parse(f[0]))];
                // v0.1 wrote its CSV with six significant digits, averaging each value rounded to a float; means are now
                // exact sums of the doubles, so the sixth digit may move by one: the same value to within that digit.
                if (f.length <= 2) {
                    assertEquals("", org.treatysim.io.Decimals.format(got), f[1] + " at " + f[0]);
                } else {
                    double want = Double.parseDouble(f[2]);
                    double digit = want == 0 ? 1e-12 : Math.max(1e-12, Math.pow(10, Math.floor(Math.log10(Math.abs(want))) - 5)); // sixth digit, or the twelfth decimal
                    assertEquals(want, got, digit, f[1] + " at " + f[0]);
                    if (f[2].equals(org.treatysim.io.Decimals.format(got))) same++;
                }
                rows++;
            }
        }
        assertEquals(4 * 840, rows);
        assertTrue(same > 0.95 * rows, "almost every mean has v0.1's six digits exactly: " + same + " of " + rows);
        assertEquals(0.228, stats.get(Metrics.CUMULATIVE).mean()[s.months() - 1], 1e-12, "v0.1's P(treaty by 2025-12)");
    }

    @Test void theScriptedModelTakesNoDecisionsAndNoInterventions() {
        Scenario s = TestSupport.baseline().withAgents(Scenario.Agents.SCRIPTED);
        var t = MonteCarlo.run(s, new MonteCarlo.Config(20, 1, 1, true), null);
        assertEquals(0, t.decisions().entries().size(), "the scripted agents decide nothing: their decisions are the dated events");
        assertTrue(s.interventions().isEmpty());
        assertTrue(s.appliedEvents().size() > TestSupport.baseline().appliedEvents().size(), "former decision events apply only in the scripted model");
    }
}
