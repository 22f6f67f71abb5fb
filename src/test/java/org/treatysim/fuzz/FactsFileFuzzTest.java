package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.analysis.facts.FactsFile;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the facts-file loader ({@link FactsFile#load}) and, for files that load, the evaluation of every fact
 * against a small replay of the baseline (as `evaluate` and `calibrate` use them). Seeds:
 * src/test/resources/org/treatysim/fuzz/FactsFileFuzzTestInputs/. Property: load and evaluate, or refuse with
 * ScenarioException; nothing else, no hang, no out-of-memory.
 */
class FactsFileFuzzTest {
    private static final Path FILE = FuzzSupport.emptyDir("facts").resolve("fuzzed-facts.yaml");
    private static final Scenario BASELINE = Scenarios.load(FuzzSupport.ROOT.resolve("scenarios/baseline.yaml"));
    private static final Map<String, MetricStats> STATS = TrajectoryStats.compute(MonteCarlo.run(BASELINE, new MonteCarlo.Config(2, 1, 1, true), null));

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"schema: treatysim/facts-1", "facts:", "- id: ", "statement: ", "sources: ", "weight: ", "test: {type: ",
            "cumulative_below", "window_peak_above", "rises_around", "never_reaches", "near_zero", "collapses_after", "series_within",
            "by: ", "max: ", "window: ", "reference: ", "ratio: ", "baseline_window: ", "after: ", "reference_peak: ", "fraction: ",
            "event_date: ", "before: ", "metric: ", "points: [{date: ", "value: ", "tolerance: ", "1956-01..1960-12", "2025-12",
            "treaty.signed", "treaty.hazard_annual", "JP.favourability_RU", "9999-12", "1e308", "-1"})
    void factsFile(byte[] data) {
        FuzzSupport.write(FILE, data);
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            List<Fact> facts = FactsFile.load(FILE);
            Evaluation.evaluate(facts, BASELINE, STATS);
        });
    }
}
