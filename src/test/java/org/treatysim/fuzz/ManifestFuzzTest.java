package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.experiment.Scenarios;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RecordedRun;
import org.treatysim.output.Seal;
import org.treatysim.output.SweepJournal;
import org.treatysim.output.SweepManifest;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;

/**
 * Fuzzes the readers of manifests: a run's manifest.json as `reproduce` reads it (and checks it against the
 * baseline) and as the output-directory policy verifies it before `--force`; a sweep's sweep.json as `merge`,
 * `sensitivity` and `--resume` read it. Seeds: src/test/resources/org/treatysim/fuzz/ManifestFuzzTestInputs/.
 * Property: read, or refuse with ScenarioException; the policy's verdict never throws.
 */
class ManifestFuzzTest {
    private static final Path DIR = FuzzSupport.emptyDir("manifest");
    private static final Scenario BASELINE = Scenarios.load(FuzzSupport.ROOT.resolve("scenarios/baseline.yaml"));

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"\"tool\" : \"treatysim\"", "\"command\" : \"run\"", "\"scenario_path\" : ", "\"seed\" : ", "\"replications\" : ",
            "\"sha256\" : {", "\"span\" : {", "\"start\" : \"1956-01\"", "\"end\" : \"2025-12\"", "\"bargaining\" : \"two-level\"",
            "\"parameters\" : [", "\"name\" : \"negotiation.h_max\"", "\"value\" : ", "\"range\" : [", "\"files\" : {",
            "\"manifest_sha256\" : ", "NaN", "1e999", "-9223372036854775808"})
    void runManifest(byte[] data) {
        Path f = FuzzSupport.write(DIR.resolve(Seal.MANIFEST), data);
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            OutputDir.Owner.results("run").problem(DIR); // a verdict, never an exception
            Seal.read(f);
        });
        FuzzSupport.expectLoadOrCleanError(data, () -> RecordedRun.read(f).agreesWith(BASELINE));
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"\"tool\" : \"treatysim\"", "\"format\" : \"treatysim/sweep-results-1\"", "\"design\" : {", "\"type\" : \"sobol\"",
            "\"type\" : \"grid\"", "\"levels\" : [", "\"points\" : ", "\"n\" : ", "\"r\" : ", "\"seed\" : ", "\"replications\" : ",
            "\"metrics\" : [", "\"parameters\" : [", "\"low\" : ", "\"high\" : ", "\"shard\" : {", "\"index\" : ", "\"count\" : ",
            "\"first_point\" : ", "\"end_point\" : ", "2147483647", "-1"})
    void sweepManifest(byte[] data) {
        FuzzSupport.write(DIR.resolve("sweep.json"), data);
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            SweepJournal.OWNER.problem(DIR); // a verdict, never an exception
            SweepManifest.read(DIR);
        });
    }
}
