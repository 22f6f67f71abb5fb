package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.experiment.SweepSpec;

import java.nio.file.Path;

/**
 * Fuzzes the sweep-file loader ({@link SweepSpec#load}), which also loads the scenario it names. Seeds:
 * src/test/resources/org/treatysim/fuzz/SweepFuzzTestInputs/. Property: load, or refuse with ScenarioException;
 * nothing else, no hang, no out-of-memory. The work directory holds copies of the baseline and parameter files,
 * so fuzzed sweeps can name {@code baseline.yaml}; no run is started.
 */
class SweepFuzzTest {
    private static final Path FILE = FuzzSupport.workDir("sweep").resolve("fuzzed-sweep.yaml");

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"schema: treatysim/sweep-1", "scenario: baseline.yaml", "design: {type: ", "grid", "lhs", "sobol",
            "morris", "levels: ", "n: ", "r: ", "replications: ", "seed: ", "parameters:", "negotiation.h_max:",
            "{range: [", "metrics: [", "p_treaty_by:", "peak_hazard:", "mean_hazard:", "mean:RU.max_offer:", "..",
            "1956-01", "2025-12", "common_random_numbers: true", "1e308", "-1"})
    void sweepFile(byte[] data) {
        FuzzSupport.write(FILE, data);
        FuzzSupport.expectLoadOrCleanError(data, () -> SweepSpec.load(FILE));
    }
}
