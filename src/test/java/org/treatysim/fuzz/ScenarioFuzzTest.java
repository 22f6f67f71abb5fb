package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.YamlDocument;

import java.nio.file.Path;

/**
 * Fuzzes the scenario loader. In `mvn verify` (regression mode) it replays the seed inputs under
 * src/test/resources/org/treatysim/fuzz/ScenarioFuzzTestInputs/; with JAZZER_FUZZ=1 it mutates them
 * (docs/hardening.md). Property: load, or refuse with ScenarioException; no other exception, no hang, no OOM.
 */
class ScenarioFuzzTest {
    private static final Path DIR = FuzzSupport.workDir("scenario");
    private static final Path FILE = DIR.resolve("fuzzed.yaml");

    /** A scenario file, written beside a copy of baseline.yaml and parameters.yaml, loaded as `run` loads it. */
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"schema: treatysim/scenario-1", "name: ", "extends: baseline.yaml", "parameters_file: parameters.yaml",
            "span: {start: 1956-01, end: 2025-12}", "events:", "remove_events:", "modify_events:", "effects:", "add_effects:",
            "- {op: set, var: RU.max_offer, value: 2}", "op: ", "var: ", "value: ", "$", "ratchet", "lift_ratchet", "leader",
            "impulse", "channel", "baseline", "shift", "scale", "JP.min_accept", "actors: [SU, JP]", "date: 1956-10",
            "direction: +", "source: x", "title: t", "id: a", "parameters:", "rationale: r", "range: [0, 1]", "&a", "*a", "!!", "<<: "})
    void scenarioFile(byte[] data) {
        FuzzSupport.write(FILE, data);
        FuzzSupport.expectLoadOrCleanError(data, () -> Scenarios.load(FILE));
    }

    /** The same bytes through the YAML/JSON reader alone, with every node's location read back. */
    @FuzzTest(maxDuration = "5m")
    void yamlDocument(byte[] data) {
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            YamlDocument doc = YamlDocument.parse(FILE, data);
            doc.rootNode().path();
            doc.location("/events/0/effects/0");
        });
    }
}
