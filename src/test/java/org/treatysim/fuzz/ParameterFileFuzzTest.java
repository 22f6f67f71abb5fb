package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.scenario.ParameterSet;

import java.nio.file.Path;

/**
 * Fuzzes the parameter-file loader ({@link ParameterSet#load}). Seeds: src/test/resources/org/treatysim/fuzz/
 * ParameterFileFuzzTestInputs/. Property: load, or refuse with ScenarioException; nothing else.
 */
class ParameterFileFuzzTest {
    private static final Path FILE = FuzzSupport.workDir("parameters").resolve("fuzzed-parameters.yaml");

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"schema: treatysim/parameters-1", "parameters:", "value: ", "unit: ", "range: [", "distribution: ",
            "triangular", "uniform", "fixed", "basis: ", "sourced", "judgement", "calibrated", "source: ", "description: ",
            "negotiation.h_max:", "1e308", "-0", ".nan", ".inf"})
    void parameterFile(byte[] data) {
        FuzzSupport.write(FILE, data);
        FuzzSupport.expectLoadOrCleanError(data, () -> ParameterSet.load(FILE));
    }
}
